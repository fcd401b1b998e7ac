import type { DisputeCase } from '../../model/dispute';
import type { Order } from '../../model/order';
import type { Problem } from '../../model/problem';
import { formatMoney } from '../format';
import type { RefundSuggestion } from '../refund';
import { bulletList, factLines, orderFacts, orderReference, paragraphs } from './facts';
import { capitalise, PROBLEM_PHRASES } from './problem-phrases';

export interface ChargebackSummaryInput {
  order: Order;
  problem: Problem;
  provider: 'paypal' | 'card';
  timeZone: string;
  dispute?: DisputeCase;
  refund?: RefundSuggestion;
  evidence?: readonly string[];
}

const OUTCOME_WORDS = {
  'buyer-favour': 'in my favour, but the refund has not arrived',
  partial: 'with a partial refund only',
  'seller-favour': 'in the seller’s favour',
} as const;

/** A summary for the bank's chargeback form or a PayPal dispute: the purchase, the problem, what was tried on the platform. */
export function composeChargebackSummary(input: ChargebackSummaryInput): string {
  const { order, problem, provider, timeZone, dispute, refund, evidence = [] } = input;
  const facts = orderFacts(order, dispute, timeZone);
  const merchant = `AliExpress${order.store ? `, seller "${order.store.name}"` : ''}`;
  const platformSteps =
    dispute === undefined
      ? 'I could not resolve this through the marketplace’s dispute process.'
      : `I opened a dispute on the marketplace${dispute.decision ? `; it was decided ${OUTCOME_WORDS[dispute.decision.outcome]}` : ''}.`;
  const asked =
    refund === undefined
      ? order.total === undefined
        ? 'I ask for a refund of this payment.'
        : `I ask for a refund of ${formatMoney(order.total)}.`
      : `I ask for a ${refund.resolution === 'full-refund' ? 'full' : 'partial'} refund${refund.amount ? ` of ${formatMoney(refund.amount)}` : ''}.`;
  return paragraphs(
    `${provider === 'paypal' ? 'PayPal dispute' : 'Card chargeback request'}: purchase from ${merchant}, ${orderReference(order)}${order.total ? `, ${formatMoney(order.total)}` : ''}.`,
    `Problem: ${capitalise(PROBLEM_PHRASES[problem.reason])}.${problem.details ? ` ${problem.details.trim()}` : ''}`,
    facts.length > 0 && ['Timeline:', ...factLines(facts, timeZone)],
    platformSteps,
    evidence.length > 0 && ['Evidence attached:', ...bulletList(evidence)],
    asked,
  );
}
