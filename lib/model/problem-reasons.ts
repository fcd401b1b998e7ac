/**
 * Problem reasons as plain lists (no Zod): lib/model/problem.ts builds its schemas from them, and the
 * rules engine reads them without pulling Zod into the content script.
 * Order problems map onto the dispute form's reasons (lib/rules/dispute-reasons.ts); payment problems
 * and account questions go to customer service; seller misconduct goes to a complaint (report).
 */
export const ORDER_PROBLEM_REASONS = [
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
] as const;
export type OrderProblemReason = (typeof ORDER_PROBLEM_REASONS)[number];

export const PAYMENT_PROBLEM_REASONS = [
  'payment-error',
  'money-not-credited',
  'refund-not-received',
  'order-cancelled',
] as const;

export const SELLER_MISCONDUCT_REASONS = [
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
] as const;

export const ACCOUNT_PROBLEM_REASONS = ['account-question'] as const;

export type ProblemReason =
  | OrderProblemReason
  | (typeof PAYMENT_PROBLEM_REASONS)[number]
  | (typeof SELLER_MISCONDUCT_REASONS)[number]
  | (typeof ACCOUNT_PROBLEM_REASONS)[number];

export type ProblemGroup = 'order' | 'payment' | 'misconduct' | 'account';

export function problemGroupOf(reason: ProblemReason): ProblemGroup {
  if ((ORDER_PROBLEM_REASONS as readonly string[]).includes(reason)) return 'order';
  if ((PAYMENT_PROBLEM_REASONS as readonly string[]).includes(reason)) return 'payment';
  if ((SELLER_MISCONDUCT_REASONS as readonly string[]).includes(reason)) return 'misconduct';
  return 'account';
}

export function isOrderProblem(reason: ProblemReason): reason is OrderProblemReason {
  return problemGroupOf(reason) === 'order';
}
