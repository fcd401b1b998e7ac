import { z } from 'zod';
import { instantSchema } from './time';

/**
 * What went wrong, in the buyer's terms (shared/rules/aliexpress.md, "Reasons a buyer needs help").
 * Order problems map onto the dispute form's reasons (lib/rules/dispute-reasons.ts); payment problems
 * and account questions go to customer service; seller misconduct goes to a complaint (report).
 */
export const orderProblemReasonSchema = z.enum([
  /** Not arrived: late beyond the estimate, or tracking says delivered and nothing came. */
  'not-received',
  'damaged',
  /** A different model/product than ordered. */
  'wrong-item',
  /** Part of the order is missing (the form's "Quantity problem"). */
  'missing-items',
  'quality-problem',
  /** Defective: the form has no "defective" option, "Does not work properly" is the one to pick. */
  'does-not-work',
  'not-as-described',
  'counterfeit',
  /** Size, colour or style not as ordered. */
  'size-colour-mismatch',
  /** Incomplete or empty package. */
  'empty-package',
  /** A different (worse) shipping method than the one chosen and paid for. */
  'different-shipping-method',
]);
export type OrderProblemReason = z.infer<typeof orderProblemReasonSchema>;

export const paymentProblemReasonSchema = z.enum([
  'payment-error',
  'money-not-credited',
  'refund-not-received',
  'order-cancelled',
]);
export type PaymentProblemReason = z.infer<typeof paymentProblemReasonSchema>;

export const sellerMisconductReasonSchema = z.enum([
  'pay-outside-platform',
  'confirm-before-arrival',
  'threats-or-rudeness',
  'spam',
  'phishing',
  /** Price inflated (listed high to fake a discount, or raised after the order). */
  'inflated-price',
  /** Quantity changed by the seller after the order. */
  'changed-quantity',
  /** Shipping cost changed, or charged differently from the listing. */
  'changed-shipping-cost',
  'fake-tracking',
]);
export type SellerMisconductReason = z.infer<typeof sellerMisconductReasonSchema>;

export const accountProblemReasonSchema = z.enum(['account-question']);
export type AccountProblemReason = z.infer<typeof accountProblemReasonSchema>;

export const problemReasonSchema = z.enum([
  ...orderProblemReasonSchema.options,
  ...paymentProblemReasonSchema.options,
  ...sellerMisconductReasonSchema.options,
  ...accountProblemReasonSchema.options,
]);
export type ProblemReason = z.infer<typeof problemReasonSchema>;

export type ProblemGroup = 'order' | 'payment' | 'misconduct' | 'account';

export function problemGroupOf(reason: ProblemReason): ProblemGroup {
  if ((orderProblemReasonSchema.options as readonly string[]).includes(reason)) return 'order';
  if ((paymentProblemReasonSchema.options as readonly string[]).includes(reason)) return 'payment';
  if ((sellerMisconductReasonSchema.options as readonly string[]).includes(reason)) return 'misconduct';
  return 'account';
}

export function isOrderProblem(reason: ProblemReason): reason is OrderProblemReason {
  return problemGroupOf(reason) === 'order';
}

/**
 * `unusable`: the item cannot serve its purpose (full refund is fair); `minor`: usable with a
 * defect (a partial refund is what the platform realistically grants).
 */
export const problemSeveritySchema = z.enum(['unusable', 'minor']);
export type ProblemSeverity = z.infer<typeof problemSeveritySchema>;

/** The buyer's problem with one order, as they describe it in the guide. */
export const problemSchema = z.object({
  reason: problemReasonSchema,
  /** Other problems with the same order, listed after the main one in texts. */
  secondary: z.array(problemReasonSchema).optional(),
  severity: problemSeveritySchema.optional(),
  /** The buyer's own words, English or not. */
  details: z.string().max(5000).optional(),
  /** When the problem appeared (refund issued, item unpacked, seller's message…). */
  since: instantSchema.optional(),
  /** For missing items: how many units are missing (of the order's quantity). */
  missingQuantity: z.number().int().positive().optional(),
});
export type Problem = z.infer<typeof problemSchema>;
