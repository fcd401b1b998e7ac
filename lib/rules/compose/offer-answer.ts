import type { Offer } from '../../model/dispute';
import type { Order } from '../../model/order';
import type { OrderProblemReason, Problem } from '../../model/problem';
import { RETURN_POSTAGE_UP_TO_USD } from '../catalog';
import { formatMoney } from '../format';
import type { RefundSuggestion } from '../refund';
import { resolutionLine } from './dispute-description';
import { bulletList, offerWords, orderReference, paragraphs } from './facts';
import { capitalise, PROBLEM_PHRASES } from './problem-phrases';

export interface OfferAnswerInput {
  order: Order;
  problem: Problem & { reason: OrderProblemReason };
  /** The proposal on the table (the seller's or the platform's). */
  offer: Offer;
  refund: RefundSuggestion;
  evidence?: readonly string[];
}

/** Why the proposal does not settle the problem, in one sentence the reviewer can check. */
function whyNot(offer: Offer, refund: RefundSuggestion): string {
  switch (offer.resolution) {
    case 'resend':
      return 'Sending the item again does not resolve the problem with this order, and accepting it would close the dispute before anything has arrived.';
    case 'return-and-refund':
      return `Returning the item at my cost (postage can reach about ${RETURN_POSTAGE_UP_TO_USD.value} USD) would take most of the refund.`;
    case 'partial-refund':
      return offer.amount === undefined
        ? 'The proposal does not state an amount that covers the problem.'
        : `${formatMoney(offer.amount)} does not cover the problem described below.`;
    case 'full-refund':
      return 'The refund must be the full price paid.';
    default:
      return refund.resolution === 'full-refund'
        ? 'The proposal does not refund the order.'
        : 'The proposal does not cover the problem described below.';
  }
}

/**
 * The buyer's answer to a proposal they refuse or counter (dispute page → reject or counter, reason):
 * what is refused and why, the problem first, the evidence, and what is asked instead. A draft.
 */
export function composeOfferAnswer({ order, problem, offer, refund, evidence = [] }: OfferAnswerInput): string {
  return paragraphs(
    `I do not accept the ${offer.from === 'platform' ? 'platform’s' : 'seller’s'} proposal (${offerWords(offer)}) for ${orderReference(order)}.`,
    whyNot(offer, refund),
    `The problem: ${capitalise(PROBLEM_PHRASES[problem.reason])}.${problem.details ? ` ${problem.details.trim()}` : ''}`,
    evidence.length > 0 && ['The evidence in the dispute:', ...bulletList(evidence)],
    `What I ask instead: ${resolutionLine(refund)}`,
  );
}
