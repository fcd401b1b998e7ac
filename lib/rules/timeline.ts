import type { DeadlineSource } from '../model/deadline';
import type { ChargebackCase, DisputeCase, PaymentProvider } from '../model/dispute';
import type { DisputeStatus } from '../model/dispute-status';
import type { JournalEntry } from '../model/journal';
import type { Order, PageTimer, PageTimerKind } from '../model/order';
import type { Problem } from '../model/problem';
import type { Instant, LocalDate, LocalDateTime } from '../model/time';
import {
  BUYER_PROTECTION_MAX_DAYS,
  CANCEL_AFTER_PROTECTION_IS_FINAL,
  CANCELLED_DISPUTE_RESTARTS_WINDOW,
  CARD_CHARGEBACK_WINDOW_DAYS,
  CONFIRM_RECEIPT_ENDS_PROTECTION,
  DISPUTE_OPENS_AFTER_SHIPPING_DAYS,
  DISPUTE_OPENS_IMMEDIATELY_BELOW_DELIVERY_DAYS,
  DISPUTE_WINDOW_DAYS,
  ESCALATION_AUTO_AFTER_DAYS,
  ESCALATION_POSSIBLE_AFTER_DAYS,
  PAGE_VALUE_WINS,
  PAYPAL_DISPUTE_WINDOW_DAYS,
  PAYPAL_ESCALATE_TO_CLAIM_DAYS,
  PLATFORM_DECISION_DAYS,
  PROTECTION_AFTER_DELIVERY_DAYS,
  REFUND_ARRIVAL_WORKING_DAYS,
  RETURN_SHIP_WITHIN_DAYS,
  SELLER_DISPUTE_RESPONSE_DAYS,
} from './catalog';
import { type Moment, pageRuleWindow } from './page-rules';
import { chargebackOf, defaultProvider } from './provider-case';
import { dayRuleValue, type RuleSettings } from './settings';
import {
  addBusinessDaysInZone,
  addDaysInZone,
  addLocalDays,
  assertTimeZone,
  endOfLocalDay,
  hasTimeOfDay,
  localDateOf,
  localDateOfInstant,
  localDateTimeToInstant,
  startOfLocalDay,
} from './zoned-time';

/**
 * A moment the engine knows, where it comes from and which rule produced it. A whole local day (`on`)
 * is open until its end for a deadline (`at` = the day's last instant) and counts from its start for
 * an opening (`at` = its first instant): docs/RULES.md "Time".
 */
export interface Dated {
  at: Instant;
  on?: LocalDate;
  source: DeadlineSource;
  ruleId: string;
  /** The page's own words for it (a countdown as read, a policy sentence). */
  statedAs?: string;
  /** Where a page-stated rule won: the catalog's value for the same deadline. */
  alternative?: Dated;
}

/**
 * Every date that matters for one order, page-stated or estimated. The deadline engine turns the
 * relevant ones into Deadlines; the advisor reasons on all of them.
 */
export interface Timeline {
  paidAt?: Instant;
  shippedAt?: Instant;
  deliveredAt?: Instant;
  confirmedAt?: Instant;
  deliveryEstimate?: Dated;
  shippingDue?: Dated;
  disputeOpens?: Dated;
  /** Also when the order completes automatically (one moment, ORDER_COMPLETES_AT_PROTECTION_END). */
  protectionEnds?: Dated;
  disputeWindowCloses?: Dated;
  sellerResponseDue?: Dated;
  buyerResponseDue?: Dated;
  escalationPossible?: Dated;
  escalationDue?: Dated;
  decisionExpected?: Dated;
  returnShipBy?: Dated;
  refundExpectedBy?: Dated;
  /** The payment provider's window: open until it is used (a chargeback or PayPal dispute filed). */
  chargebackWindowCloses?: Dated & { provider: PaymentProvider };
  chargebackEscalationDue?: Dated;
  /** The case with the payment provider, when one was filed. */
  chargeback?: ChargebackCase;
}

export interface TimelineInput {
  order: Order;
  dispute?: DisputeCase;
  /** Decides which of the page's stated rules applies (a defect has a longer window on some pages). */
  problem?: Problem;
  /** The buyer's journal: a payment-provider case recorded without an AliExpress dispute. */
  journal?: readonly JournalEntry[];
  timeZone: string;
  settings?: RuleSettings;
}

/** Disputes the seller or the platform still has to settle. */
export const ACTIVE_DISPUTE_STATUSES: ReadonlySet<DisputeStatus> = new Set<DisputeStatus>([
  'opened',
  'seller-responded',
  'seller-accepted',
  'seller-rejected',
  'counter-offer',
  'escalated',
]);
/** The seller answered but nothing is agreed: the negotiation that escalates automatically. */
export const NEGOTIATING_STATUSES: ReadonlySet<DisputeStatus> = new Set<DisputeStatus>([
  'seller-responded',
  'seller-rejected',
  'counter-offer',
]);

export function isDisputeActive(dispute: DisputeCase | undefined): boolean {
  return dispute !== undefined && ACTIVE_DISPUTE_STATUSES.has(dispute.status);
}

/**
 * A running dispute whose opening Buyer Guard does not know (only a page showed it, or the buyer
 * recorded an offer without "I opened a dispute"): nothing is estimated from its opening; only what
 * the page states counts.
 */
export function openingUnknown(dispute: DisputeCase | undefined): boolean {
  return isDisputeActive(dispute) && dispute?.openedAt === undefined;
}

/** Timers that state a moment something becomes possible: a stated day counts from its start. */
const OPENING_TIMERS: ReadonlySet<PageTimerKind> = new Set<PageTimerKind>(['dispute-opens', 'escalation-possible']);

/**
 * The page's own reading of a timer kind. A stated day ("before Dec 3", "Dec 3") is the whole day: a
 * deadline is open until its end, an opening counts from its start. With several readings (a countdown
 * on My Orders, a day on the detail page) the earliest moment wins.
 */
export function pageTimer(order: Order, kinds: PageTimerKind | readonly PageTimerKind[], timeZone: string) {
  const wanted = typeof kinds === 'string' ? [kinds] : kinds;
  return (order.timers ?? [])
    .filter((timer): timer is PageTimer => wanted.includes(timer.kind))
    .map((timer) => timerDated(timer, timeZone))
    .filter((dated): dated is Dated => dated !== undefined)
    .reduce<Dated | undefined>((best, dated) => (best === undefined || dated.at < best.at ? dated : best), undefined);
}

function timerDated(timer: PageTimer, timeZone: string): Dated | undefined {
  const page = { source: 'page' as const, ruleId: PAGE_VALUE_WINS.id, statedAs: timer.raw.slice(0, 500) };
  if (timer.endsAt !== undefined) return { at: timer.endsAt, ...page };
  if (timer.endsOn === undefined) return undefined;
  const at = OPENING_TIMERS.has(timer.kind)
    ? startOfLocalDay(timer.endsOn, timeZone)
    : endOfLocalDay(timer.endsOn, timeZone);
  return { at, on: timer.endsOn, ...page };
}

function earliest(...candidates: (Dated | undefined)[]): Dated | undefined {
  return candidates
    .filter((candidate): candidate is Dated => candidate !== undefined)
    .reduce<Dated | undefined>(
      (best, candidate) => (best === undefined || candidate.at < best.at ? candidate : best),
      undefined,
    );
}

/** A page's local date-time as a moment: to the minute when it has a time, else the whole day. */
function momentOf(value: LocalDateTime | undefined, timeZone: string): Moment | undefined {
  if (value === undefined) return undefined;
  if (hasTimeOfDay(value)) return { at: localDateTimeToInstant(value, timeZone) };
  const on = localDateOf(value);
  return { at: startOfLocalDay(on, timeZone), on };
}

function deliveredMomentOf(order: Order, timeZone: string): Moment | undefined {
  if (order.deliveredOn !== undefined) return momentOf(order.deliveredOn, timeZone);
  const event = (order.tracking?.events ?? []).find((candidate) => candidate.stage === 'delivered');
  if (event?.at !== undefined) return { at: event.at };
  return momentOf(event?.time, timeZone);
}

/**
 * N days after a moment, as a rule estimates it. From a moment known to the minute: the same local
 * wall-clock time N days later (DST-safe). From a moment known only as a day: the whole day N days
 * later — open until its end for a deadline, from its start for an opening. So a window is never
 * closed early because the page did not give an hour.
 */
function after(
  from: Moment | Dated,
  days: number,
  ruleId: string,
  timeZone: string,
  edge: 'end' | 'start' = 'end',
): Dated {
  if (from.on !== undefined) {
    const on = addLocalDays(from.on, days);
    const at = edge === 'end' ? endOfLocalDay(on, timeZone) : startOfLocalDay(on, timeZone);
    return { at, on, source: 'estimate', ruleId };
  }
  return { at: addDaysInZone(from.at, days, timeZone), source: 'estimate', ruleId };
}

/** A moment as a deadline that closes with it (a whole day stays open until its end). */
function closingAt(moment: Moment, ruleId: string, timeZone: string): Dated {
  return moment.on === undefined
    ? { at: moment.at, source: 'estimate', ruleId }
    : { at: endOfLocalDay(moment.on, timeZone), on: moment.on, source: 'estimate', ruleId };
}

/** When the seller first answered the dispute (status change or offer), if known. */
export function negotiationStartOf(dispute: DisputeCase): Instant | undefined {
  const changes = (dispute.statusHistory ?? []).filter((change) => NEGOTIATING_STATUSES.has(change.status));
  const offers = (dispute.offers ?? []).filter((offer) => offer.from === 'seller');
  const times = [...changes.map((change) => change.at), ...offers.map((offer) => offer.at)].filter(
    (at): at is Instant => at !== undefined,
  );
  return times.length > 0 ? Math.min(...times) : undefined;
}

export function deriveTimeline(input: TimelineInput): Timeline {
  const { order, dispute, problem, timeZone, settings } = input;
  assertTimeZone(timeZone);
  const days = (rule: Parameters<typeof dayRuleValue>[0]) => dayRuleValue(rule, settings);
  const moment = (value: LocalDateTime | undefined) => momentOf(value, timeZone);

  const ordered = moment(order.orderedOn);
  const paid = moment(order.paidOn) ?? ordered;
  const shipped = moment(order.shippedOn);
  const delivered = deliveredMomentOf(order, timeZone);
  const confirmed = moment(order.confirmedOn);
  const deliveryEstimate = pageTimer(order, 'delivery-estimate', timeZone);
  const shippingDue = pageTimer(order, 'shipping-due', timeZone);

  const disputeOpens =
    pageTimer(order, 'dispute-opens', timeZone) ??
    estimateDisputeOpens(shipped, deliveryEstimate, timeZone, days(DISPUTE_OPENS_AFTER_SHIPPING_DAYS));

  // The page's countdown to protection's end and its "confirms automatically in …" are one moment.
  const pageProtection = pageTimer(order, ['buyer-protection-ends', 'auto-confirm'], timeZone);
  const protectionByShipping =
    shipped === undefined
      ? undefined
      : after(shipped, days(BUYER_PROTECTION_MAX_DAYS), BUYER_PROTECTION_MAX_DAYS.id, timeZone);
  const protectionByDelivery =
    delivered === undefined || confirmed !== undefined
      ? undefined
      : after(delivered, days(PROTECTION_AFTER_DELIVERY_DAYS), PROTECTION_AFTER_DELIVERY_DAYS.id, timeZone);
  const protectionByConfirmation =
    confirmed === undefined ? undefined : closingAt(confirmed, CONFIRM_RECEIPT_ENDS_PROTECTION.id, timeZone);
  // A confirmation is a fact: it ends protection then, whatever an estimate said (an estimate that ran
  // out before it was wrong — the seller extended, say); only the page's own earlier end beats it.
  const protection =
    protectionByConfirmation === undefined
      ? (pageProtection ?? earliest(protectionByShipping, protectionByDelivery))
      : earliest(pageProtection, protectionByConfirmation);

  // Cancelled while protected: the cancel day becomes the completion date (CANCELLED_DISPUTE_RESTARTS_WINDOW).
  const cancelledAt = dispute?.status === 'cancelled' ? dispute.cancelledAt : undefined;
  const cancelledWhileProtected =
    cancelledAt !== undefined && (protection === undefined || cancelledAt < protection.at);
  const protectionEnds = cancelledWhileProtected
    ? { at: cancelledAt, source: 'estimate' as const, ruleId: CANCELLED_DISPUTE_RESTARTS_WINDOW.id }
    : protection;

  const completed =
    confirmed ?? (order.status === 'completed' && pageProtection !== undefined ? pageProtection : undefined);
  const pageRule = pageRuleWindow(
    order,
    problem,
    { ordered, paid, shipped, delivered, confirmed, ...(completed && { completed }) },
    timeZone,
  );

  const chargeback = chargebackOf(input);
  const timeline: Timeline = {
    paidAt: paid?.at,
    shippedAt: shipped?.at,
    deliveredAt: delivered?.at,
    confirmedAt: confirmed?.at,
    deliveryEstimate,
    shippingDue,
    disputeOpens,
    protectionEnds,
    disputeWindowCloses: disputeWindow({
      protection,
      cancelledAt,
      cancelledWhileProtected,
      pageWindow: pageTimer(order, 'dispute-window-closes', timeZone),
      pageRule: pageRule && { ...pageRule, source: 'page-rule' },
      timeZone,
    }),
    buyerResponseDue: pageTimer(order, 'buyer-response-due', timeZone),
    returnShipBy:
      pageTimer(order, 'return-ship-by', timeZone) ??
      (dispute?.returnAgreedAt === undefined
        ? undefined
        : after({ at: dispute.returnAgreedAt }, RETURN_SHIP_WITHIN_DAYS.value, RETURN_SHIP_WITHIN_DAYS.id, timeZone)),
    ...chargebackDates(paid, chargeback, timeZone, settings),
    ...(chargeback && { chargeback }),
  };
  if (dispute !== undefined) Object.assign(timeline, disputeDates(order, dispute, timeZone, days));
  return timeline;
}

function estimateDisputeOpens(
  shipped: Moment | undefined,
  deliveryEstimate: Dated | undefined,
  timeZone: string,
  afterDays: number,
): Dated | undefined {
  if (shipped === undefined) return undefined;
  const promisedMs = deliveryEstimate === undefined ? undefined : deliveryEstimate.at - shipped.at;
  if (promisedMs !== undefined && promisedMs < DISPUTE_OPENS_IMMEDIATELY_BELOW_DELIVERY_DAYS.value * 86_400_000) {
    return { ...shipped, source: 'estimate', ruleId: DISPUTE_OPENS_IMMEDIATELY_BELOW_DELIVERY_DAYS.id };
  }
  // "From the 11th day after shipping": day 1 is the day after the shipping day, so the whole day
  // shipping + 11, from its start.
  const shippedDay = shipped.on ?? localDateOfInstant(shipped.at, timeZone);
  const opensOn = addLocalDays(shippedDay, afterDays);
  return {
    at: startOfLocalDay(opensOn, timeZone),
    on: opensOn,
    source: 'estimate',
    ruleId: DISPUTE_OPENS_AFTER_SHIPPING_DAYS.id,
  };
}

/**
 * The last moment to open a dispute. A cancelled dispute decides first: cancelled while protected, the
 * cancel day + 15 (CANCELLED_DISPUTE_RESTARTS_WINDOW); cancelled after protection ended, none at all
 * (CANCEL_AFTER_PROTECTION_IS_FINAL). Otherwise a last day the page states, then a rule the page states
 * (the catalog value listed as its alternative), then 15 days after protection ended (by time or by
 * "Confirm received").
 */
function disputeWindow(input: {
  protection: Dated | undefined;
  cancelledAt: Instant | undefined;
  cancelledWhileProtected: boolean;
  pageWindow: Dated | undefined;
  pageRule: Dated | undefined;
  timeZone: string;
}): Dated | undefined {
  const { protection, cancelledAt, cancelledWhileProtected, pageWindow, pageRule, timeZone } = input;
  if (cancelledAt !== undefined) {
    if (!cancelledWhileProtected)
      return { at: cancelledAt, source: 'estimate', ruleId: CANCEL_AFTER_PROTECTION_IS_FINAL.id };
    const cancelDay = localDateOfInstant(cancelledAt, timeZone);
    return after(
      { at: cancelledAt, on: cancelDay },
      CANCELLED_DISPUTE_RESTARTS_WINDOW.value,
      CANCELLED_DISPUTE_RESTARTS_WINDOW.id,
      timeZone,
    );
  }
  if (pageWindow !== undefined) return pageWindow;
  const catalog =
    protection === undefined
      ? undefined
      : after(protection, DISPUTE_WINDOW_DAYS.value, DISPUTE_WINDOW_DAYS.id, timeZone);
  if (pageRule !== undefined) return catalog === undefined ? pageRule : { ...pageRule, alternative: catalog };
  return catalog;
}

function disputeDates(
  order: Order,
  dispute: DisputeCase,
  timeZone: string,
  days: (rule: typeof SELLER_DISPUTE_RESPONSE_DAYS) => number,
): Partial<Timeline> {
  const plus = (from: Instant | undefined, count: number, ruleId: string, edge: 'end' | 'start' = 'end') =>
    from === undefined ? undefined : after({ at: from }, count, ruleId, timeZone, edge);
  const negotiationStart = negotiationStartOf(dispute) ?? dispute.openedAt;
  const refundFrom = dispute.decision?.outcome !== 'seller-favour' ? dispute.decision?.at : undefined;
  return {
    sellerResponseDue:
      pageTimer(order, 'seller-response-due', timeZone) ??
      plus(dispute.openedAt, days(SELLER_DISPUTE_RESPONSE_DAYS), SELLER_DISPUTE_RESPONSE_DAYS.id),
    escalationPossible:
      pageTimer(order, 'escalation-possible', timeZone) ??
      plus(dispute.openedAt, days(ESCALATION_POSSIBLE_AFTER_DAYS), ESCALATION_POSSIBLE_AFTER_DAYS.id, 'start'),
    escalationDue: plus(negotiationStart, days(ESCALATION_AUTO_AFTER_DAYS), ESCALATION_AUTO_AFTER_DAYS.id),
    decisionExpected: plus(dispute.escalatedAt, days(PLATFORM_DECISION_DAYS), PLATFORM_DECISION_DAYS.id),
    refundExpectedBy:
      refundFrom === undefined
        ? undefined
        : {
            at: addBusinessDaysInZone(refundFrom, REFUND_ARRIVAL_WORKING_DAYS.value.max, timeZone),
            source: 'estimate',
            ruleId: REFUND_ARRIVAL_WORKING_DAYS.id,
          },
  };
}

function chargebackDates(
  paid: Moment | undefined,
  filed: ChargebackCase | undefined,
  timeZone: string,
  settings: RuleSettings | undefined,
): Pick<Timeline, 'chargebackWindowCloses' | 'chargebackEscalationDue'> {
  const provider = filed?.provider ?? defaultProvider(settings);
  const rule = provider === 'paypal' ? PAYPAL_DISPUTE_WINDOW_DAYS : CARD_CHARGEBACK_WINDOW_DAYS;
  return {
    chargebackWindowCloses:
      paid === undefined ? undefined : { ...after(paid, rule.value, rule.id, timeZone), provider },
    chargebackEscalationDue:
      filed?.provider === 'paypal' && filed.escalatedAt === undefined
        ? after({ at: filed.filedAt }, PAYPAL_ESCALATE_TO_CLAIM_DAYS.value, PAYPAL_ESCALATE_TO_CLAIM_DAYS.id, timeZone)
        : undefined,
  };
}
