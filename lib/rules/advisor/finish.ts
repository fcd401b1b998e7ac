import type { Deadline } from '../../model/deadline';
import { problemGroupOf } from '../../model/problem-reasons';
import type { Advice, AdviceAction, AdviceOption } from '../advice';
import { complaintCategoryText } from '../complaints';
import { deadlineRole } from '../deadline-names';
import { isDisputeActive, NEGOTIATING_STATUSES } from '../timeline';
import type { Warning } from '../warnings';
import { SELLER_CHAT_REPLY } from './before-dispute';
import {
  chargebackOpen,
  type Draft,
  disputeAvailable,
  offerToAnswer,
  reached,
  type Situation,
  warn,
} from './situation';
import { day, refundText } from './wording';

/** Actions whose moment is "by": they take the headline as their date. */
const WAITING: ReadonlySet<AdviceAction> = new Set<AdviceAction>(['wait', 'none', 'leave-feedback']);

/**
 * Completes a branch's answer: the deadline that matters first (headline) and the later safety nets,
 * all taken from the order's own deadline list; the routes still open; and the warnings that stand
 * before a step the buyer cannot take back (accepting, cancelling, confirming receipt), shown before
 * the step, not after it is logged.
 */
export function finish(s: Situation, draft: Draft): Advice {
  const { exclude = [], warnings = [], until: draftUntil, untilSource: _source, waitUntil, ...advice } = draft;
  const ahead = s.deadlines
    .filter((d) => deadlineRole(d.kind) === 'closes' && d.dueAt >= s.now)
    .sort((a, b) => a.dueAt - b.dueAt);
  // The payment provider's window is the route only when the advice takes it; otherwise it is a safety net.
  const providerWindow = (d: Deadline) => d.kind === 'chargeback-window-closes' && draft.action !== 'chargeback';
  const headline = ahead.find((d) => !providerWindow(d));
  const safetyNets = ahead.filter((d) => d !== headline);
  const listed = (at: number | undefined) =>
    at === undefined ? undefined : s.deadlines.find((d) => d.dueAt === at && d.dueAt >= s.now);
  const waiting = WAITING.has(draft.action);
  // A wait never runs past the first date that makes things worse, the provider's window included.
  const first = ahead[0];
  const bounded = (at: number | undefined) => at !== undefined && (first === undefined || at <= first.dueAt);
  const waitsFor = listed(draftUntil);
  const deadline: Deadline | undefined = waiting
    ? waitsFor && bounded(waitsFor.dueAt)
      ? waitsFor
      : undefined
    : (headline ?? waitsFor);
  const lookAgain = waiting && !bounded(waitUntil) ? undefined : waitUntil;
  const skip = new Set<AdviceAction>([advice.action, ...exclude]);
  const alternatives = alternativesFor(s).filter((option) => !skip.has(option.action));
  return {
    ...advice,
    ...(deadline && { until: deadline.dueAt, untilSource: deadline.source, deadline }),
    ...(headline && { headline }),
    safetyNets,
    ...(lookAgain !== undefined && { waitUntil: lookAgain }),
    alternatives,
    warnings: standingWarnings(s, warnings),
  };
}

/** The branch's warnings, then those that stand whatever the step: one per irreversible step. */
function standingWarnings(s: Situation, warnings: readonly Warning[]): Warning[] {
  const all = [...warnings];
  const add = (make: () => Warning) => {
    const warning = make();
    if (!all.some((w) => w.step === warning.step)) all.push(warning);
  };
  const offer = offerToAnswer(s);
  if (offer !== undefined) add(() => warn(s, 'accept-offer', offer));
  if (isDisputeActive(s.dispute)) add(() => warn(s, 'cancel-dispute'));
  // A reported problem on an order not confirmed yet: confirming would end protection (CONFIRM_RECEIPT_ENDS_PROTECTION).
  const problemReported = s.problem !== undefined && problemGroupOf(s.problem.reason) !== 'account';
  const unconfirmed = s.t.confirmedAt === undefined && s.order.status !== 'completed' && s.order.status !== 'closed';
  if ((problemReported && unconfirmed) || s.problem?.reason === 'confirm-before-arrival') {
    add(() => warn(s, 'confirm-receipt'));
  }
  return all;
}

/** Routes still open for this order, whatever the main advice is; each with the listed deadline it must be taken by. */
function alternativesFor(s: Situation): AdviceOption[] {
  const options: AdviceOption[] = [];
  const d = s.dispute;
  const orderProblem = s.orderReason !== undefined;
  const listed = (kind: Deadline['kind']) => s.deadlines.find((d) => d.kind === kind && d.dueAt >= s.now);
  const window = s.t.disputeWindowCloses;
  if (orderProblem && disputeAvailable(s)) {
    const closes = listed('dispute-window-closes');
    options.push({
      action: 'open-dispute',
      title: s.words.t('advice.option.open-dispute.title'),
      why: window
        ? s.words.t('advice.option.open-dispute.until', { date: day(s, window) })
        : s.words.t('advice.option.open-dispute.now'),
      ...(closes && { until: closes.dueAt }),
    });
  }
  if (orderProblem && !isDisputeActive(d) && d?.status !== 'decided' && s.contactedSellerAt === undefined) {
    options.push({
      action: 'contact-seller',
      title: s.words.t('advice.option.contact-seller.title'),
      why: s.words.t('advice.option.contact-seller.why', { range: SELLER_CHAT_REPLY }),
    });
  }
  if (
    d !== undefined &&
    NEGOTIATING_STATUSES.has(d.status) &&
    (reached(s, s.t.escalationPossible) || s.order.dispute?.escalation === 'available')
  ) {
    options.push({
      action: 'escalate',
      title: s.words.t('advice.option.escalate.title'),
      why: s.words.t('advice.option.escalate.why'),
    });
  }
  if (offerToAnswer(s) !== undefined) {
    options.push(
      {
        action: 'counter-offer',
        title: s.words.t('advice.option.counter-offer.title'),
        why: s.words.t('advice.option.counter-offer.why', { refund: refundText(s, s.refund) }),
      },
      {
        action: 'accept-offer',
        title: s.words.t('advice.option.accept-offer.title'),
        why: s.words.t('advice.option.accept-offer.why'),
      },
    );
  }
  const escalateClaim = s.t.chargebackEscalationDue;
  if (isDisputeActive(d) && escalateClaim !== undefined && listed('chargeback-escalation-due') !== undefined) {
    options.push({
      action: 'escalate',
      title: s.words.t('advice.option.escalate-claim.title'),
      why: s.words.t('advice.option.escalate-claim.why', { date: day(s, escalateClaim) }),
      until: escalateClaim.at,
    });
  }
  if (s.problem !== undefined && s.missing === undefined && s.received && (orderProblem || s.complaint !== undefined)) {
    options.push({
      action: 'add-evidence',
      title: s.words.t('advice.option.add-evidence.title'),
      why: s.words.t('advice.option.add-evidence.why'),
    });
  }
  if (s.complaint !== undefined) {
    options.push({
      action: 'report-seller',
      title: s.words.t('advice.option.report-seller.title'),
      why: s.words.t('advice.option.report-seller.why', { category: complaintCategoryText(s.complaint, s.locale) }),
    });
  }
  const closes = s.t.chargebackWindowCloses;
  if (s.problem !== undefined && problemGroupOf(s.problem.reason) !== 'account' && chargebackOpen(s) && closes) {
    options.push({
      action: 'chargeback',
      title: s.words.t(
        closes.provider === 'paypal' ? 'advice.option.chargeback.title.paypal' : 'advice.option.chargeback.title.card',
      ),
      why: s.words.t('advice.option.chargeback.why', { date: day(s, closes) }),
      until: closes.at,
    });
  }
  if (s.order.status === 'completed' || s.order.status === 'delivered' || d?.status === 'decided') {
    options.push({
      action: 'leave-feedback',
      title: s.words.t('advice.option.leave-feedback.title'),
      why: s.words.t('advice.option.leave-feedback.why'),
    });
  }
  return dedupe(options);
}

/** One option per action (the first, the most specific, wins). */
function dedupe(options: AdviceOption[]): AdviceOption[] {
  const seen = new Set<AdviceAction>();
  return options.filter((option) => !seen.has(option.action) && seen.add(option.action));
}
