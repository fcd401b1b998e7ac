import { z } from 'zod';
import { lazy } from '../lazy';
import { offerSchema, paymentProviderSchema, resolutionSchema } from './dispute';
import { moneySchema } from './money';
import { orderProblemReasonSchema } from './problem';
import { instantSchema } from './time';

/**
 * What the buyer did and what happened, over time, per order. Storage persists these;
 * lib/rules/dispute-from-journal.ts folds them into a DisputeCase for the advisor.
 */
export const journalKindSchema = lazy(() =>
  z.enum([
    'contacted-seller',
    'seller-replied',
    'extension-requested',
    'protection-extended',
    'dispute-opened',
    'evidence-added',
    'offer-received',
    'offer-accepted',
    'offer-rejected',
    'counter-offer-sent',
    'seller-rejected',
    'escalated',
    'decision',
    'return-shipped',
    'refund-received',
    'dispute-cancelled',
    'dispute-closed',
    'complaint-filed',
    'chargeback-filed',
    'chargeback-escalated',
    'feedback-left',
    'note',
  ]),
);
export type JournalKind = z.infer<ReturnType<typeof journalKindSchema>>;

export const journalEntrySchema = lazy(() =>
  z.object({
    id: z.string().min(1),
    orderId: z.string(),
    at: instantSchema(),
    kind: journalKindSchema(),
    text: z.string().max(5000).optional(),
    amount: z.optional(moneySchema()),
    /** dispute-opened: the reason chosen. */
    reason: orderProblemReasonSchema().optional(),
    /** dispute-opened: the resolution asked; offer-received / counter-offer-sent: the one proposed. */
    resolution: resolutionSchema().optional(),
    /** offer-received (return-and-refund): who pays the return postage. */
    returnPostagePaidBy: offerSchema().shape.returnPostagePaidBy,
    /** decision: the ruling. */
    outcome: z.enum(['buyer-favour', 'partial', 'seller-favour']).optional(),
    /** decision: a return is required; offer-accepted: the accepted offer needs a return. */
    returnRequired: z.boolean().optional(),
    /** decision: the page offered an appeal. */
    appealable: z.boolean().optional(),
    /**
     * chargeback-filed / chargeback-escalated: with whom. Absent: the payment method of the settings
     * (PayPal or card), a card when that is unknown.
     */
    provider: paymentProviderSchema().optional(),
    /**
     * Who wrote the entry: the buyer (absent = buyer, as before), or Buyer Guard from what a page showed
     * (a dispute page's status, offer or decision), kept as an automatic entry.
     */
    source: z.enum(['buyer', 'page']).optional(),
  }),
);
export type JournalEntry = z.infer<ReturnType<typeof journalEntrySchema>>;

/**
 * The order a journal is folded in: by time, and entries at the same instant by id. Read order differs
 * between a page and the database (and between an ingest and a later refresh), so time alone would let
 * the same journal give two different cases.
 */
export function byJournalOrder(a: Pick<JournalEntry, 'at' | 'id'>, b: Pick<JournalEntry, 'at' | 'id'>): number {
  return a.at - b.at || (a.id < b.id ? -1 : a.id > b.id ? 1 : 0);
}
