import type { ProblemReason } from '../../model/problem';

/** Short English phrase per problem, as the texts state it ("the item arrived damaged"). */
export const PROBLEM_PHRASES: Readonly<Record<ProblemReason, string>> = {
  'not-received': 'the order has not been received',
  damaged: 'the item arrived damaged',
  'not-as-described': 'the item is not as described in the listing',
  'quality-problem': 'the item has a quality problem',
  'missing-items': 'part of the order is missing',
  'wrong-item': 'I received a different item than the one I ordered',
  'does-not-work': 'the item does not work properly',
  counterfeit: 'the item appears to be counterfeit',
  'size-colour-mismatch': 'the size, colour or style is not the one I ordered',
  'empty-package': 'the package arrived incomplete or empty',
  'different-shipping-method': 'the order was sent with a different shipping method than the one I chose and paid for',
  'payment-error': 'the payment for this order failed or was charged incorrectly',
  'money-not-credited': 'my payment was taken but the order does not show it as paid',
  'refund-not-received': 'the refund for this order has not reached my account',
  'order-cancelled': 'the order was cancelled and I have not been refunded',
  'pay-outside-platform': 'the seller asked me to pay outside AliExpress',
  'confirm-before-arrival': 'the seller asked me to confirm receipt before the item arrived',
  'threats-or-rudeness': 'the seller sent me threatening or rude messages',
  spam: 'the seller keeps sending me spam messages',
  phishing: 'the seller sent me a phishing message or link',
  'inflated-price': 'the price was inflated',
  'changed-quantity': 'the seller changed the quantity after I ordered',
  'changed-shipping-cost': 'the shipping cost differs from the one listed',
  'fake-tracking': 'the tracking number provided is not valid for this parcel',
  'account-question': 'I have a question about my account',
};

export function capitalise(text: string): string {
  return text.charAt(0).toUpperCase() + text.slice(1);
}
