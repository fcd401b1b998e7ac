import type { Deadline } from '../../model/deadline';
import type { ChargebackCase, DisputeCase, Offer } from '../../model/dispute';
import { byJournalOrder, type JournalEntry } from '../../model/journal';
import type { Order } from '../../model/order';
import type { Problem } from '../../model/problem';
import { isOrderProblem, type OrderProblemReason } from '../../model/problem-reasons';
import type { Instant } from '../../model/time';
import type { Advice, AdviceAction } from '../advice';
import { type BuyerWords, buyerWords } from '../buyer-words';
import { type ComplaintChoice, complaintFor } from '../complaints';
import { computeDeadlines, disputeRouteFinished } from '../deadlines';
import { disputeCaseOf } from '../dispute-case';
import { DISPUTE_FORM_REASONS } from '../dispute-reasons';
import { missingEvidence } from '../evidence-requirements';
import { type RefundSuggestion, suggestRefund } from '../refund';
import type { RuleSettings } from '../settings';
import { type Dated, deriveTimeline, isDisputeActive, type Timeline } from '../timeline';
import { silentTracking, type TrackingSilence } from '../tracking-silence';
import { pendingOffer, type Warning, type WarningContext, warningFor } from '../warnings';

export interface AdviceInput {
  order: Order;
  /** The dispute as folded already; absent: folded from `journal` and the page's dispute facts. */
  dispute?: DisputeCase;
  problem?: Problem;
  now: Instant;
  timeZone: string;
  settings?: RuleSettings;
  /** The buyer's journal for this order (contacted seller, extension requested…), any order, page entries included. */
  journal?: readonly JournalEntry[];
  /**
   * Checklist item ids already covered by evidence files. Absent: unknown (evidence is then offered as
   * an alternative, never demanded); present: missing required items become a step of their own.
   */
  evidenceItemIds?: readonly string[];
  /**
   * The buyer's locale (BCP 47): the language of titles, reasons and warnings (English by default) and
   * of dates (the browser's by default) and money in them.
   */
  locale?: string;
}

/** Everything the branches look at, computed once. */
export interface Situation {
  input: AdviceInput;
  order: Order;
  dispute?: DisputeCase;
  problem?: Problem;
  orderReason?: OrderProblemReason;
  now: Instant;
  timeZone: string;
  locale?: string;
  /** The buyer's language: messages and money. */
  words: BuyerWords;
  t: Timeline;
  /** The deadline list of the same order (computeDeadlines): the advice's dates are taken from it. */
  deadlines: Deadline[];
  refund?: RefundSuggestion;
  complaint?: ComplaintChoice;
  contactedSellerAt?: Instant;
  sellerReplied: boolean;
  extensionRequestedAt?: Instant;
  extended: boolean;
  missing?: ReturnType<typeof missingEvidence>;
  received: boolean;
  /** The case with the payment provider, with or without an AliExpress dispute. */
  chargeback?: ChargebackCase;
  /** Tracking has not moved for TRACKING_SILENT_DAYS or more while the parcel is on its way. */
  silence?: TrackingSilence;
}

/** What a branch answers; `finish` adds the headline, the safety nets, the alternatives and the standing warnings. */
export type Draft = Omit<
  Advice,
  'alternatives' | 'warnings' | 'safetyNets' | 'headline' | 'deadline' | 'untilSource'
> & {
  warnings?: Warning[];
  exclude?: AdviceAction[];
  untilSource?: Advice['untilSource'];
};
export type Branch = (s: Situation) => Draft | undefined;

export function situationOf(input: AdviceInput): Situation {
  const { order, problem, now, timeZone, settings } = input;
  const dispute = disputeCaseOf(input);
  const resolved = { ...input, dispute };
  const t = deriveTimeline(resolved);
  const journal = [...(input.journal ?? [])].sort(byJournalOrder);
  const last = (kind: JournalEntry['kind']) => journal.filter((entry) => entry.kind === kind).at(-1)?.at;
  const contactedSellerAt = last('contacted-seller');
  const repliedAt = last('seller-replied');
  const extensionRequestedAt = last('extension-requested');
  const extendedAt = last('protection-extended');
  const orderReason = problem !== undefined && isOrderProblem(problem.reason) ? problem.reason : undefined;
  const received = orderReason === undefined ? true : DISPUTE_FORM_REASONS[orderReason].itemReceived;
  const silence = silentTracking(order, now, timeZone);
  return {
    input: resolved,
    order,
    dispute,
    problem,
    orderReason,
    now,
    timeZone,
    ...(input.locale !== undefined && { locale: input.locale }),
    words: buyerWords(input.locale),
    t,
    deadlines: computeDeadlines(resolved),
    // The buyer's form of money (English by default); the platform's texts ask without a locale.
    refund: problem === undefined ? undefined : suggestRefund(order, problem, input.locale ?? 'en'),
    complaint: problem === undefined ? undefined : complaintFor(problem.reason, settings?.complaintList, input.locale),
    contactedSellerAt,
    sellerReplied: contactedSellerAt !== undefined && repliedAt !== undefined && repliedAt >= contactedSellerAt,
    extensionRequestedAt,
    extended: extensionRequestedAt !== undefined && extendedAt !== undefined && extendedAt >= extensionRequestedAt,
    missing:
      problem === undefined || input.evidenceItemIds === undefined || !received
        ? undefined
        : missingEvidence(problem.reason, input.evidenceItemIds, input.locale),
    received,
    ...(t.chargeback && { chargeback: t.chargeback }),
    ...(silence && { silence }),
  };
}

export const HOUR_MS = 3_600_000;
export const DAY_MS = 24 * HOUR_MS;

/** Ahead of now and at most `ms` away. */
export const within = (s: Situation, dated: Dated | undefined, ms: number) =>
  dated !== undefined && dated.at >= s.now && dated.at - s.now <= ms;
/** Its last instant is behind us (a whole day is passed only once it is over). */
export const passed = (s: Situation, dated: Dated | undefined) => dated !== undefined && dated.at < s.now;
/** An opening that has come (a whole day from its start). */
export const reached = (s: Situation, dated: Dated | undefined) => dated !== undefined && dated.at <= s.now;

/** The payment provider's window is open and unused: on the order's deadline list and ahead. */
export function chargebackOpen(s: Situation): boolean {
  return (
    s.chargeback === undefined && s.deadlines.some((d) => d.kind === 'chargeback-window-closes' && d.dueAt >= s.now)
  );
}

/**
 * The parcel moves normally within the promised delivery time, which ends before protection does.
 * Tracking silent for weeks is not normal progress (TRACKING_SILENT_DAYS).
 */
export function inTransitNormally(s: Situation): boolean {
  const lastStage = s.order.tracking?.events?.at(-1)?.stage;
  const promised = s.t.deliveryEstimate;
  return (
    s.order.status === 'shipped' &&
    s.silence === undefined &&
    s.t.deliveredAt === undefined &&
    lastStage !== 'exception' &&
    lastStage !== 'returning' &&
    promised !== undefined &&
    s.now <= promised.at &&
    (s.t.protectionEnds === undefined || promised.at <= s.t.protectionEnds.at)
  );
}

/** A dispute can be opened now: nothing running or settled for good, the opening reached, the window not over. */
export function disputeAvailable(s: Situation): boolean {
  return (
    s.orderReason !== undefined &&
    !isDisputeActive(s.dispute) &&
    !disputeRouteFinished(s.dispute) &&
    (s.t.disputeOpens === undefined || reached(s, s.t.disputeOpens)) &&
    (s.t.disputeWindowCloses === undefined || s.now <= s.t.disputeWindowCloses.at)
  );
}

/** The proposal the buyer has to answer: the latest pending one from the seller or the platform. */
export function offerToAnswer(s: Situation): Offer | undefined {
  if (!isDisputeActive(s.dispute)) return undefined;
  const offer = pendingOffer(s.dispute);
  // An offer made before the dispute was escalated was not agreed: the platform decides now.
  const escalatedAt = s.dispute?.escalatedAt;
  if (offer?.from === 'seller' && escalatedAt !== undefined && offer.at !== undefined && offer.at < escalatedAt) {
    return undefined;
  }
  return offer;
}

export function warn(s: Situation, step: Parameters<typeof warningFor>[0], offer?: Offer): Warning {
  const context: WarningContext = { ...s.input, ...(offer ? { offer } : {}) };
  return warningFor(step, context);
}
