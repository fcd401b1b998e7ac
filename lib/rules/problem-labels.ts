import type { ProblemGroup, ProblemReason } from '../model/problem-reasons';
import {
  ACCOUNT_PROBLEM_REASONS,
  ORDER_PROBLEM_REASONS,
  PAYMENT_PROBLEM_REASONS,
  SELLER_MISCONDUCT_REASONS,
} from '../model/problem-reasons';

/** What the buyer picks from, in their words (the texts use PROBLEM_PHRASES; the form labels are in dispute-reasons.ts). */
export const PROBLEM_LABELS: Readonly<Record<ProblemReason, string>> = {
  'not-received': 'Not received (late, or “delivered” but nothing came)',
  damaged: 'Arrived damaged',
  'wrong-item': 'Wrong item',
  'missing-items': 'Some items missing',
  'quality-problem': 'Poor quality',
  'does-not-work': 'Does not work / defective',
  'not-as-described': 'Not as described',
  counterfeit: 'Counterfeit / fake',
  'size-colour-mismatch': 'Wrong size, colour or style',
  'empty-package': 'Empty or incomplete package',
  'different-shipping-method': 'Sent with a worse shipping method',
  'payment-error': 'Payment failed or charged wrongly',
  'money-not-credited': 'Paid, but the order shows unpaid',
  'refund-not-received': 'Refund not received',
  'order-cancelled': 'Cancelled, no refund',
  'pay-outside-platform': 'Seller asks to pay outside AliExpress',
  'confirm-before-arrival': 'Seller asks to confirm receipt early',
  'threats-or-rudeness': 'Seller threatens or is rude',
  spam: 'Seller sends spam',
  phishing: 'Seller sent a phishing link',
  'inflated-price': 'Inflated price',
  'changed-quantity': 'Seller changed the quantity',
  'changed-shipping-cost': 'Shipping cost differs from the listing',
  'fake-tracking': 'Fake tracking number',
  'account-question': 'A question about my account',
};

export const PROBLEM_GROUPS: readonly { group: ProblemGroup; label: string; reasons: readonly ProblemReason[] }[] = [
  { group: 'order', label: 'Problem with the order', reasons: ORDER_PROBLEM_REASONS },
  { group: 'payment', label: 'Payment or refund', reasons: PAYMENT_PROBLEM_REASONS },
  { group: 'misconduct', label: 'Seller misconduct', reasons: SELLER_MISCONDUCT_REASONS },
  { group: 'account', label: 'Account', reasons: ACCOUNT_PROBLEM_REASONS },
];
