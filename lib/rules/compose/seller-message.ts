import type { Order } from '../../model/order';
import type { Problem } from '../../model/problem';
import { formatMoney } from '../format';
import type { RefundSuggestion } from '../refund';
import { bulletList, orderReference, paragraphs } from './facts';
import { capitalise, PROBLEM_PHRASES } from './problem-phrases';

export type SellerRequest =
  | { kind: 'refund'; refund: RefundSuggestion }
  | { kind: 'extend-protection'; days?: number }
  | { kind: 'tracking-update' };

export interface SellerMessageInput {
  order: Order;
  problem: Problem;
  request: SellerRequest;
  /** What the buyer attaches (captions of evidence files). */
  evidence?: readonly string[];
}

function askFor(request: SellerRequest): string {
  switch (request.kind) {
    case 'refund': {
      const amount = request.refund.amount === undefined ? '' : ` of ${formatMoney(request.refund.amount)}`;
      return request.refund.resolution === 'full-refund'
        ? `Could you please offer a full refund${amount} for this order?`
        : // The reasoning goes to the seller only when it rests on the buyer's own answer about the item.
          `Could you please offer a partial refund${amount}?${request.refund.severityAssumed ? '' : ` ${request.refund.rationale}`}`;
    }
    case 'extend-protection':
      return `The parcel is still on its way. Could you please approve the extension of the buyer protection period${request.days === undefined ? '' : ` by ${request.days} days`} that I requested from the order page?`;
    case 'tracking-update':
      return 'Could you please check with the carrier where the parcel is and let me know?';
  }
}

/**
 * A polite, concise first message to the seller (order page "Contact seller"): order number, what
 * happened, what the buyer asks, what is attached. A draft: the buyer edits it before sending.
 */
export function composeSellerMessage({ order, problem, request, evidence = [] }: SellerMessageInput): string {
  const secondary = (problem.secondary ?? []).map((reason) => capitalise(PROBLEM_PHRASES[reason]));
  return paragraphs(
    'Hello,',
    `I am writing about ${orderReference(order)}. ${capitalise(PROBLEM_PHRASES[problem.reason])}.${problem.details ? ` ${problem.details.trim()}` : ''}`,
    secondary.length > 0 && ['Also:', ...bulletList(secondary)],
    askFor(request),
    evidence.length > 0 && ['I have attached:', ...bulletList(evidence)],
    'Thank you, I look forward to your reply.',
  );
}
