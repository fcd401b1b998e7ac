import type { Deadline, DeadlineKind, Urgency } from '../model/deadline';
import type { DisputeCase } from '../model/dispute';
import type { Order } from '../model/order';
import type { Problem } from '../model/problem';
import { problemGroupOf } from '../model/problem-reasons';
import type { Instant } from '../model/time';
import type { RuleSettings } from './settings';
import {
  type Dated,
  deriveTimeline,
  isDisputeActive,
  NEGOTIATING_STATUSES,
  pageOnlyDispute,
  pageTimer,
  type Timeline,
} from './timeline';
import { compareDeadlines, MILESTONE_KINDS, milestoneUrgency, urgencyOf } from './urgency';

export interface DeadlineInput {
  order: Order;
  dispute?: DisputeCase;
  /** The buyer's problem, if they reported one: it decides whether a passed window is "overdue". */
  problem?: Problem;
  now: Instant;
  /** The buyer's IANA time zone (Intl.DateTimeFormat().resolvedOptions().timeZone); page dates are local to it. */
  timeZone: string;
  settings?: RuleSettings;
}

/** Each deadline kind in words, while ahead and once passed (also the options page's list). */
export const DEADLINE_LABELS: Readonly<Record<DeadlineKind, readonly [upcoming: string, passed: string]>> = {
  'dispute-opens': ['Dispute can be opened', 'Dispute available'],
  'buyer-protection-ends': ['Buyer protection ends', 'Buyer protection ended'],
  'dispute-window-closes': ['Last moment to open a dispute', 'Dispute window closed'],
  'auto-confirm': ['Order confirms automatically', 'Order confirmed automatically'],
  'seller-response-due': ['Seller must respond to the dispute', 'Seller’s time to respond ran out'],
  'buyer-response-due': ['Answer the seller’s proposal', 'Time to answer the proposal ran out'],
  'escalation-possible': ['You can escalate the dispute', 'Escalation possible'],
  'escalation-due': ['Platform steps in if no agreement', 'Platform should have stepped in'],
  'return-ship-by': ['Ship the return', 'Return shipping window closed'],
  'chargeback-window-closes': ['Chargeback window closes', 'Chargeback window closed'],
  'chargeback-escalation-due': ['Escalate the PayPal dispute to a claim', 'PayPal dispute closed (not escalated)'],
};

/**
 * Every deadline that matters for one order now, most urgent first: its instant, the rule that produced it,
 * whether the page stated it, and its urgency. Pure: same input, same output.
 *
 * What is left out: deadlines that no longer apply (the seller's reply window once the seller answered,
 * the dispute window while a dispute runs, a chargeback window when nothing is wrong). A passed deadline
 * whose role is taken over by a later one (protection end → dispute window) is kept for the timeline with
 * urgency "none"; one that the buyer still needed is "overdue".
 */
export function computeDeadlines(input: DeadlineInput): Deadline[] {
  const timeline = deriveTimeline(input);
  const entries = relevantDates(input, timeline);
  return entries
    .map(([kind, dated, passedUrgency]) => toDeadline(input, kind, dated, passedUrgency))
    .sort(compareDeadlines);
}

type Entry = [kind: DeadlineKind, dated: Dated, passedUrgency: Urgency];

function relevantDates(input: DeadlineInput, t: Timeline): Entry[] {
  const { order, dispute, problem } = input;
  const entries: Entry[] = [];
  const add = (kind: DeadlineKind, dated: Dated | undefined, passedUrgency: Urgency = 'overdue') => {
    if (dated !== undefined) entries.push([kind, dated, passedUrgency]);
  };
  const activeDispute = isDisputeActive(dispute);
  const pageDispute = pageOnlyDispute(order, dispute);
  const hasProblem = problem !== undefined && problemGroupOf(problem.reason) !== 'account';
  const finished = order.status === 'closed' || order.status === 'awaiting-payment';

  if (pageDispute) {
    // Only the page's own countdowns: without the opening date there is nothing to estimate from.
    add('seller-response-due', pageTimer(order, 'seller-response-due', input.timeZone), 'none');
    add('buyer-response-due', t.buyerResponseDue);
  }
  if (!finished && !activeDispute && !pageDispute) {
    add('dispute-opens', t.disputeOpens);
    // Superseded by the dispute window once passed.
    add('buyer-protection-ends', t.protectionEnds, 'none');
    add('auto-confirm', t.autoConfirm, 'none');
    add('dispute-window-closes', t.disputeWindowCloses, hasProblem ? 'overdue' : 'none');
  }
  if (activeDispute && dispute !== undefined) {
    if (dispute.status === 'opened') add('seller-response-due', t.sellerResponseDue, 'none');
    if (dispute.status !== 'escalated' && dispute.status !== 'seller-accepted') {
      add('escalation-possible', t.escalationPossible);
    }
    if (NEGOTIATING_STATUSES.has(dispute.status)) add('escalation-due', t.escalationDue);
    add('buyer-response-due', t.buyerResponseDue);
  }
  if (dispute?.returnShippedAt === undefined) add('return-ship-by', t.returnShipBy);
  const lostOrUnpaid =
    dispute?.decision?.outcome === 'seller-favour' || (hasProblem && dispute?.refundReceivedAt === undefined);
  if (dispute?.chargeback === undefined && lostOrUnpaid) add('chargeback-window-closes', t.chargebackWindowCloses);
  add('chargeback-escalation-due', t.chargebackEscalationDue);
  return entries;
}

function toDeadline(input: DeadlineInput, kind: DeadlineKind, dated: Dated, passedUrgency: Urgency): Deadline {
  const passed = dated.at < input.now;
  const urgency = MILESTONE_KINDS.has(kind)
    ? milestoneUrgency(dated.at, input.now)
    : passed
      ? passedUrgency
      : cappedUrgency(input, kind, urgencyOf(dated.at, input.now));
  const [upcomingLabel, passedLabel] = DEADLINE_LABELS[kind];
  return {
    orderId: input.order.orderId,
    kind,
    dueAt: dated.at,
    source: dated.source,
    ruleId: dated.ruleId,
    urgency,
    label: passed ? passedLabel : upcomingLabel,
  };
}

/**
 * A completed order nobody has a problem with still shows its dispute window, but never louder than
 * "upcoming": the buyer confirmed receipt and has no reason to act.
 */
function cappedUrgency({ order, problem }: DeadlineInput, kind: DeadlineKind, urgency: Urgency): Urgency {
  const quiet = kind === 'dispute-window-closes' && order.status === 'completed' && problem === undefined;
  return quiet && (urgency === 'urgent' || urgency === 'soon') ? 'upcoming' : urgency;
}
