import type { DisputeCase, Offer } from '../model/dispute';
import type { DisputeStatus } from '../model/dispute-status';
import type { JournalEntry } from '../model/journal';
import type { DisputeOnPage, Order } from '../model/order';
import { isOrderProblem, type Problem } from '../model/problem';
import type { OrderProblemReason } from '../model/problem-reasons';
import { disputeFromJournal } from './dispute-from-journal';
import { defaultProvider } from './provider-case';
import type { RuleSettings } from './settings';
import { localDateTimeToInstant } from './zoned-time';

/**
 * The case follows the page: what the buyer recorded (the journal, in any order) and what the pages
 * showed (the dispute's status, the proposal on the table, escalation, the ruling: `order.dispute`) make
 * one dispute case. A page that is further along than the journal moves the case on; it never moves it
 * back (a step the buyer recorded after the page was read stays).
 */
export interface DisputeCaseInput {
  order: Order;
  /** A case already built (tests, callers that fold it themselves): the page's facts are still added. */
  dispute?: DisputeCase;
  journal?: readonly JournalEntry[];
  problem?: Problem;
  timeZone: string;
  settings?: RuleSettings;
}

/** How far a dispute has gone: a page may move a case forward, never back. */
const PROGRESS: Readonly<Record<DisputeStatus, number>> = {
  none: 0,
  opened: 1,
  'seller-responded': 2,
  'seller-rejected': 2,
  'counter-offer': 2,
  'seller-accepted': 3,
  escalated: 4,
  decided: 5,
  closed: 5,
  cancelled: 5,
};

export function disputeCaseOf(input: DisputeCaseInput): DisputeCase | undefined {
  const { order, problem, settings } = input;
  const reason = problem !== undefined && isOrderProblem(problem.reason) ? problem.reason : undefined;
  const fromJournal =
    input.dispute ??
    disputeFromJournal(input.journal ?? [], {
      ...(reason && { reason }),
      provider: defaultProvider(settings),
    });
  return withPageFacts(fromJournal, order, input.timeZone, reason);
}

function hasFacts(page: DisputeOnPage | undefined): page is DisputeOnPage {
  if (page === undefined) return false;
  const status = page.status;
  return (
    (status !== undefined && status !== 'none') ||
    page.offer !== undefined ||
    page.decision !== undefined ||
    page.escalation === 'escalated'
  );
}

/** Adds what the page shows to the case (idempotent: applying it twice changes nothing more). */
export function withPageFacts(
  dispute: DisputeCase | undefined,
  order: Order,
  timeZone: string,
  reason: OrderProblemReason | undefined,
): DisputeCase | undefined {
  const page = order.dispute;
  if (!hasFacts(page)) return dispute;
  const openedAt = page.openedOn === undefined ? undefined : localDateTimeToInstant(page.openedOn, timeZone);
  let next: DisputeCase = dispute ?? {
    orderId: order.orderId,
    reason: page.reason ?? reason ?? 'not-as-described',
    status: 'opened',
  };
  next = {
    ...next,
    ...(next.openedAt === undefined && openedAt !== undefined && { openedAt }),
    ...(next.requestedResolution === undefined &&
      page.requestedResolution && {
        requestedResolution: page.requestedResolution,
      }),
    ...(next.refundRequested === undefined && page.refundAmount && { refundRequested: page.refundAmount }),
  };
  if (page.offer !== undefined) next = withOffer(next, page.offer);
  if (page.escalation === 'escalated') next = advanced(next, 'escalated');
  if (page.decision !== undefined && next.decision === undefined) {
    const { outcome, refund, returnRequired, appealable } = page.decision;
    next = advanced(
      {
        ...next,
        decision: {
          outcome,
          ...(refund && { refund }),
          ...(returnRequired !== undefined && { returnRequired }),
          ...(appealable !== undefined && { appealable }),
        },
      },
      'decided',
    );
  }
  if (page.status !== undefined && page.status !== 'none') next = advanced(next, page.status);
  return next;
}

function advanced(dispute: DisputeCase, status: DisputeStatus): DisputeCase {
  return PROGRESS[status] > PROGRESS[dispute.status] ? { ...dispute, status } : dispute;
}

/**
 * The proposal the page shows, unless the case already has it (answered or not): the same side, the
 * same resolution and amount. A new one is pending and puts the case in negotiation.
 */
function withOffer(dispute: DisputeCase, shown: NonNullable<DisputeOnPage['offer']>): DisputeCase {
  const same = (offer: Offer) =>
    offer.from === shown.from &&
    offer.resolution === shown.resolution &&
    offer.amount?.amount === shown.amount?.amount &&
    offer.amount?.currency === shown.amount?.currency;
  if ((dispute.offers ?? []).some(same)) return dispute;
  const offer: Offer = {
    from: shown.from,
    resolution: shown.resolution,
    ...(shown.amount && { amount: shown.amount }),
    ...(shown.returnPostagePaidBy && { returnPostagePaidBy: shown.returnPostagePaidBy }),
    text: shown.raw.slice(0, 5000),
  };
  return advanced({ ...dispute, offers: [...(dispute.offers ?? []), offer] }, 'counter-offer');
}
