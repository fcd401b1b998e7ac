import type { Deadline, DeadlineKind, Urgency } from '../model/deadline';
import type { DisputeCase } from '../model/dispute';
import type { JournalEntry } from '../model/journal';
import type { Order } from '../model/order';
import type { Problem } from '../model/problem';
import { problemGroupOf } from '../model/problem-reasons';
import type { Instant } from '../model/time';
import { deadlineName } from './deadline-names';
import { disputeCaseOf } from './dispute-case';
import type { RuleSettings } from './settings';
import { type Dated, deriveTimeline, isDisputeActive, NEGOTIATING_STATUSES, type Timeline } from './timeline';
import { compareDeadlines, MILESTONE_KINDS, milestoneUrgency, urgencyOf } from './urgency';

export interface DeadlineInput {
  order: Order;
  /** The dispute as folded already; absent: folded from `journal` and the page's dispute facts. */
  dispute?: DisputeCase;
  /** The buyer's problem, if they reported one: it decides whether a passed window is "overdue". */
  problem?: Problem;
  /** The buyer's journal (any order; page-written entries included): the dispute and a payment-provider case. */
  journal?: readonly JournalEntry[];
  now: Instant;
  /** The buyer's IANA time zone (Intl.DateTimeFormat().resolvedOptions().timeZone); page dates are local to it. */
  timeZone: string;
  settings?: RuleSettings;
}

/**
 * Every deadline that matters for one order now, most urgent first: its moment (an instant or a whole
 * day), the rule that produced it, whether the page stated it, and its urgency. Pure: same input, same
 * output.
 *
 * What is left out: deadlines that no longer apply (the seller's reply window once the seller answered,
 * the dispute window while a dispute runs or once the route is closed for good, a chargeback window
 * when nothing is wrong or once a chargeback is filed). A passed deadline whose role is taken over by a
 * later one (protection end → dispute window) is kept with urgency "none"; one the buyer still needed
 * is "overdue".
 */
export function computeDeadlines(input: DeadlineInput): Deadline[] {
  const dispute = disputeCaseOf(input);
  const resolved = { ...input, dispute };
  const timeline = deriveTimeline(resolved);
  return relevantDates(resolved, timeline)
    .map(([kind, dated, passedUrgency]) => toDeadline(resolved, timeline, kind, dated, passedUrgency))
    .sort(compareDeadlines);
}

type Entry = [kind: DeadlineKind, dated: Dated, passedUrgency: Urgency];

/** The platform dispute route is over for good: a ruling, or a proposal the buyer accepted (it closes the dispute). */
export function disputeRouteFinished(dispute: DisputeCase | undefined): boolean {
  if (dispute === undefined) return false;
  if (dispute.status === 'decided') return true;
  return dispute.status === 'closed' && (dispute.offers ?? []).some((offer) => offer.response === 'accepted');
}

function relevantDates(input: DeadlineInput, t: Timeline): Entry[] {
  const { order, dispute, problem } = input;
  const entries: Entry[] = [];
  const add = (kind: DeadlineKind, dated: Dated | undefined, passedUrgency: Urgency = 'overdue') => {
    if (dated !== undefined) entries.push([kind, dated, passedUrgency]);
  };
  const activeDispute = isDisputeActive(dispute);
  const hasProblem = problem !== undefined && problemGroupOf(problem.reason) !== 'account';
  const finished = order.status === 'closed' || order.status === 'awaiting-payment';

  if (!finished && !activeDispute && !disputeRouteFinished(dispute)) {
    // An opening after the route has closed means nothing (a page rule can close it early).
    const closes = t.disputeWindowCloses?.at;
    if (closes === undefined || t.disputeOpens === undefined || t.disputeOpens.at < closes) {
      add('dispute-opens', t.disputeOpens);
    }
    // Superseded by the dispute window once passed.
    add('buyer-protection-ends', t.protectionEnds, 'none');
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
  if (t.chargeback === undefined && lostOrUnpaid) add('chargeback-window-closes', t.chargebackWindowCloses);
  add('chargeback-escalation-due', t.chargebackEscalationDue);
  return entries;
}

function toDeadline(
  input: DeadlineInput,
  t: Timeline,
  kind: DeadlineKind,
  dated: Dated,
  passedUrgency: Urgency,
): Deadline {
  const passed = dated.at < input.now;
  const urgency = MILESTONE_KINDS.has(kind)
    ? milestoneUrgency(dated.at, input.now)
    : passed
      ? passedUrgency
      : cappedUrgency(input, kind, urgencyOf(dated.at, input.now));
  const provider = kind === 'chargeback-window-closes' ? t.chargebackWindowCloses?.provider : undefined;
  const { alternative } = dated;
  return {
    orderId: input.order.orderId,
    kind,
    dueAt: dated.at,
    ...(dated.on !== undefined && { dueOn: dated.on }),
    source: dated.source,
    ruleId: dated.ruleId,
    ...(dated.statedAs !== undefined && { statedAs: dated.statedAs }),
    ...(alternative !== undefined && {
      alternative: {
        dueAt: alternative.at,
        ...(alternative.on !== undefined && { dueOn: alternative.on }),
        ruleId: alternative.ruleId,
      },
    }),
    urgency,
    label: deadlineName(kind, provider),
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
