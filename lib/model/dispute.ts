import { z } from 'zod';
import { lazy } from '../lazy';
import { disputeStatusSchema } from './dispute-status';
import { moneySchema } from './money';
import { orderProblemReasonSchema } from './problem';
import { RESOLUTIONS } from './resolutions';
import { instantSchema } from './time';

/**
 * A dispute case on one order: what the buyer asked, what the seller offered, where it stands.
 * Built from dispute pages and from the buyer's journal (lib/rules/dispute-from-journal.ts).
 * All times are instants; a page's local date-time becomes one through lib/rules/zoned-time.ts.
 */

/** What one side proposes (lib/model/resolutions.ts). */
export const resolutionSchema = lazy(() => z.enum(RESOLUTIONS));
export type Resolution = z.infer<ReturnType<typeof resolutionSchema>>;

export const offerResponseSchema = lazy(() => z.enum(['pending', 'accepted', 'rejected', 'countered', 'expired']));
export type OfferResponse = z.infer<ReturnType<typeof offerResponseSchema>>;

export const offerSchema = lazy(() =>
  z.object({
    from: z.enum(['buyer', 'seller', 'platform']),
    /** Absent when only a page showed the offer: when it was made is not known. */
    at: z.optional(instantSchema()),
    resolution: resolutionSchema(),
    amount: z.optional(moneySchema()),
    /** For return-and-refund: who pays the return postage (it can cost up to ~50 USD). */
    returnPostagePaidBy: z.enum(['buyer', 'seller']).optional(),
    text: z.string().max(5000).optional(),
    /** Absent means pending. */
    response: offerResponseSchema().optional(),
  }),
);
export type Offer = z.infer<ReturnType<typeof offerSchema>>;

export const disputeDecisionSchema = lazy(() =>
  z.object({
    /** Absent when only a page showed the ruling. */
    at: z.optional(instantSchema()),
    outcome: z.enum(['buyer-favour', 'partial', 'seller-favour']),
    refund: z.optional(moneySchema()),
    /** The buyer must return the item to get the refund. */
    returnRequired: z.boolean().optional(),
    /** The page offered an appeal (recent UI). */
    appealable: z.boolean().optional(),
  }),
);
export type DisputeDecision = z.infer<ReturnType<typeof disputeDecisionSchema>>;

export const statusChangeSchema = lazy(() =>
  z.object({
    status: disputeStatusSchema(),
    at: instantSchema(),
    note: z.string().max(2000).optional(),
  }),
);
export type StatusChange = z.infer<ReturnType<typeof statusChangeSchema>>;

/** A parallel case with the payment provider (PayPal dispute/claim, card chargeback). */
export const paymentProviderSchema = lazy(() => z.enum(['paypal', 'card']));
export type PaymentProvider = z.infer<ReturnType<typeof paymentProviderSchema>>;

export const chargebackCaseSchema = lazy(() =>
  z.object({
    provider: paymentProviderSchema(),
    filedAt: instantSchema(),
    /** PayPal: the dispute was escalated to a claim. */
    escalatedAt: z.optional(instantSchema()),
  }),
);
export type ChargebackCase = z.infer<ReturnType<typeof chargebackCaseSchema>>;

export const disputeCaseSchema = lazy(() =>
  z.object({
    orderId: z.string(),
    reason: orderProblemReasonSchema(),
    secondaryReasons: z.array(orderProblemReasonSchema()).optional(),
    /**
     * Absent when the opening is not known: a dispute only a page showed, or an offer recorded without
     * "I opened a dispute". Nothing is then estimated from it; the page's countdowns still count.
     */
    openedAt: z.optional(instantSchema()),
    status: disputeStatusSchema(),
    /** Oldest first. */
    statusHistory: z.array(statusChangeSchema()).optional(),
    requestedResolution: resolutionSchema().optional(),
    refundRequested: z.optional(moneySchema()),
    /** Oldest first; the last pending seller offer is the one to answer. */
    offers: z.array(offerSchema()).optional(),
    escalatedAt: z.optional(instantSchema()),
    decision: disputeDecisionSchema().optional(),
    /** A return was agreed (by offer or decision): the buyer must ship it within the return window. */
    returnAgreedAt: z.optional(instantSchema()),
    returnShippedAt: z.optional(instantSchema()),
    refundReceivedAt: z.optional(instantSchema()),
    cancelledAt: z.optional(instantSchema()),
    closedAt: z.optional(instantSchema()),
    chargeback: chargebackCaseSchema().optional(),
  }),
);
export type DisputeCase = z.infer<ReturnType<typeof disputeCaseSchema>>;
