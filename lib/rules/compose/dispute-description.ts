import type { DisputeCase } from '../../model/dispute';
import type { Order } from '../../model/order';
import type { OrderProblemReason, Problem } from '../../model/problem';
import { DISPUTE_FORM_REASONS } from '../dispute-reasons';
import { formatMoney } from '../format';
import type { RefundSuggestion } from '../refund';
import { bulletList, type Fact, factLines, orderFacts, orderReference, paragraphs } from './facts';
import { capitalise, PROBLEM_PHRASES } from './problem-phrases';

export interface DisputeDescriptionInput {
  order: Order;
  problem: Problem & { reason: OrderProblemReason };
  refund: RefundSuggestion;
  timeZone: string;
  evidence?: readonly string[];
  /** Facts the buyer adds (seller chat, carrier answers…), merged with the order's own. */
  extraFacts?: readonly Fact[];
}

export function resolutionLine(refund: RefundSuggestion): string {
  const amount = refund.amount === undefined ? '' : ` of ${formatMoney(refund.amount)}`;
  // The platform reads the reasoning only when it rests on what the buyer said about the item.
  const why = refund.severityAssumed ? '' : ` ${refund.rationale}`;
  return `${refund.resolution === 'full-refund' ? 'Full refund' : 'Partial refund'}${amount}.${why}`;
}

/**
 * The text for the dispute form: the main problem first, secondary problems as a list, facts with
 * dates, the evidence, and the resolution asked (DISPUTE_LOSS_REASONS: a badly described problem and a
 * refund asked too high are why disputes are lost).
 */
export function composeDisputeDescription(input: DisputeDescriptionInput): string {
  const { order, problem, refund, timeZone, evidence = [], extraFacts = [] } = input;
  const secondary = (problem.secondary ?? []).map((reason) => capitalise(PROBLEM_PHRASES[reason]));
  const facts = [...orderFacts(order, undefined, timeZone), ...extraFacts].sort((a, b) => a.at - b.at);
  return paragraphs(
    `Reason: ${DISPUTE_FORM_REASONS[problem.reason].formLabel}`,
    `Main problem: ${capitalise(PROBLEM_PHRASES[problem.reason])} (${orderReference(order)}).${problem.details ? ` ${problem.details.trim()}` : ''}`,
    secondary.length > 0 && ['Other problems:', ...bulletList(secondary)],
    facts.length > 0 && ['Facts:', ...factLines(facts, timeZone)],
    evidence.length > 0 && ['Evidence attached:', ...bulletList(evidence)],
    `Requested resolution: ${resolutionLine(refund)}`,
  );
}

export interface EscalationStatementInput {
  order: Order;
  dispute: DisputeCase;
  problem: Problem & { reason: OrderProblemReason };
  refund: RefundSuggestion;
  timeZone: string;
  evidence?: readonly string[];
}

function whyNoAgreement(dispute: DisputeCase): string {
  const lastSellerOffer = [...(dispute.offers ?? [])].reverse().find((offer) => offer.from === 'seller');
  if (dispute.status === 'seller-rejected') {
    return 'The seller rejected the dispute without evidence that addresses the problem.';
  }
  if (lastSellerOffer === undefined) return 'The seller has not proposed a solution.';
  if (lastSellerOffer.resolution === 'resend') {
    return 'The seller only offers to send the item again, which does not resolve the problem with this order.';
  }
  return 'The seller’s proposal does not cover the problem described above.';
}

/** What the buyer tells the platform when escalating: the case in short, why there is no agreement, what is asked. */
export function composeEscalationStatement(input: EscalationStatementInput): string {
  const { order, dispute, problem, refund, timeZone, evidence = [] } = input;
  return paragraphs(
    `I ask the platform to review the dispute for ${orderReference(order)}.`,
    `Main problem: ${capitalise(PROBLEM_PHRASES[problem.reason])}.${problem.details ? ` ${problem.details.trim()}` : ''}`,
    ['What happened:', ...factLines(orderFacts(order, dispute, timeZone), timeZone)],
    `Why there is no agreement: ${whyNoAgreement(dispute)}`,
    evidence.length > 0 && ['Evidence attached:', ...bulletList(evidence)],
    `Requested resolution: ${resolutionLine(refund)}`,
  );
}
