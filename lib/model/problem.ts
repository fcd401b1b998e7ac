import { z } from 'zod';
import { lazy } from '../lazy';
import {
  ACCOUNT_PROBLEM_REASONS,
  ORDER_PROBLEM_REASONS,
  PAYMENT_PROBLEM_REASONS,
  SELLER_MISCONDUCT_REASONS,
} from './problem-reasons';
import { instantSchema } from './time';

/**
 * What went wrong, in the buyer's terms (shared/rules/aliexpress.md, "Reasons a buyer needs help").
 * The reason lists live in ./problem-reasons.ts (no Zod) so the rules engine can use them in the
 * content script without bundling Zod.
 */
export const orderProblemReasonSchema = lazy(() => z.enum(ORDER_PROBLEM_REASONS));
export type OrderProblemReason = z.infer<ReturnType<typeof orderProblemReasonSchema>>;

export const paymentProblemReasonSchema = lazy(() => z.enum(PAYMENT_PROBLEM_REASONS));
export type PaymentProblemReason = z.infer<ReturnType<typeof paymentProblemReasonSchema>>;

export const sellerMisconductReasonSchema = lazy(() => z.enum(SELLER_MISCONDUCT_REASONS));
export type SellerMisconductReason = z.infer<ReturnType<typeof sellerMisconductReasonSchema>>;

export const accountProblemReasonSchema = lazy(() => z.enum(ACCOUNT_PROBLEM_REASONS));
export type AccountProblemReason = z.infer<ReturnType<typeof accountProblemReasonSchema>>;

export const problemReasonSchema = lazy(() =>
  z.enum([
    ...ORDER_PROBLEM_REASONS,
    ...PAYMENT_PROBLEM_REASONS,
    ...SELLER_MISCONDUCT_REASONS,
    ...ACCOUNT_PROBLEM_REASONS,
  ]),
);
export type ProblemReason = z.infer<ReturnType<typeof problemReasonSchema>>;

export { isOrderProblem, type ProblemGroup, problemGroupOf } from './problem-reasons';

/**
 * `unusable`: the item cannot serve its purpose (full refund is fair); `minor`: usable with a
 * defect (a partial refund is what the platform realistically grants).
 */
export const problemSeveritySchema = lazy(() => z.enum(['unusable', 'minor']));
export type ProblemSeverity = z.infer<ReturnType<typeof problemSeveritySchema>>;

/** The buyer's problem with one order, as they describe it in the guide. */
export const problemSchema = lazy(() =>
  z.object({
    reason: problemReasonSchema(),
    /** Other problems with the same order, listed after the main one in texts. */
    secondary: z.array(problemReasonSchema()).optional(),
    severity: problemSeveritySchema().optional(),
    /** The buyer's own words, English or not. */
    details: z.string().max(5000).optional(),
    /** When the problem appeared (refund issued, item unpacked, seller's message…). */
    since: z.optional(instantSchema()),
    /** For missing items: how many units are missing (of the order's quantity). */
    missingQuantity: z.number().int().positive().optional(),
  }),
);
export type Problem = z.infer<ReturnType<typeof problemSchema>>;
