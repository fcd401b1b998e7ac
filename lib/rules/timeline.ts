import type { DisputeCase } from '../model/dispute';
import type { DisputeStatus } from '../model/dispute-status';
import type { Order, PageTimer, PageTimerKind } from '../model/order';
import type { Instant } from '../model/time';
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
  ORDER_COMPLETES_AT_PROTECTION_END,
  PAGE_VALUE_WINS,
  PAYPAL_DISPUTE_WINDOW_DAYS,
  PAYPAL_ESCALATE_TO_CLAIM_DAYS,
  PLATFORM_DECISION_DAYS,
  PROTECTION_AFTER_DELIVERY_DAYS,
  REFUND_ARRIVAL_WORKING_DAYS,
  RETURN_SHIP_WITHIN_DAYS,
  SELLER_DISPUTE_RESPONSE_DAYS,
} from './catalog';
import { dayRuleValue, type RuleSettings } from './settings';
import {
  addBusinessDaysInZone,
  addDaysInZone,
  addLocalDays,
  assertTimeZone,
  endOfLocalDay,
  localDateOf,
  localDateTimeToInstant,
  startOfLocalDay,
} from './zoned-time';

/** A moment the engine knows, where it comes from and which rule produced it. */
export interface Dated {
  at: Instant;
  source: 'page' | 'estimate';
  ruleId: string;
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
  protectionEnds?: Dated;
  autoConfirm?: Dated;
  disputeWindowCloses?: Dated;
  sellerResponseDue?: Dated;
  buyerResponseDue?: Dated;
  escalationPossible?: Dated;
  escalationDue?: Dated;
  decisionExpected?: Dated;
  returnShipBy?: Dated;
  refundExpectedBy?: Dated;
  chargebackWindowCloses?: Dated & { provider: 'paypal' | 'card' };
  chargebackEscalationDue?: Dated;
}

export interface TimelineInput {
  order: Order;
  dispute?: DisputeCase;
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
 * The order page shows a running dispute that the buyer's journal does not know (opened before
 * Buyer Guard was installed, or on another device). Its opening date is unknown, so nothing is
 * estimated from it; only what the page states counts.
 */
export function pageOnlyDispute(order: Order, dispute: DisputeCase | undefined): boolean {
  const status = order.dispute?.status;
  return dispute === undefined && status !== undefined && ACTIVE_DISPUTE_STATUSES.has(status);
}

/** Timers that state a moment something becomes possible: a stated day counts from its start. */
const OPENING_TIMERS: ReadonlySet<PageTimerKind> = new Set<PageTimerKind>(['dispute-opens']);

/**
 * The page's own reading of a timer kind. A countdown (endsAt) beats a stated day; a stated day is the
 * end of that local day for a deadline and its start for an opening. With several readings the earliest wins.
 */
export function pageTimer(order: Order, kind: PageTimerKind, timeZone: string): Dated | undefined {
  const instants = (order.timers ?? [])
    .filter((timer): timer is PageTimer => timer.kind === kind)
    .map((timer) => timerInstant(timer, timeZone))
    .filter((at): at is Instant => at !== undefined);
  if (instants.length === 0) return undefined;
  return { at: Math.min(...instants), source: 'page', ruleId: PAGE_VALUE_WINS.id };
}

function timerInstant(timer: PageTimer, timeZone: string): Instant | undefined {
  if (timer.endsAt !== undefined) return timer.endsAt;
  if (timer.endsOn === undefined) return undefined;
  return OPENING_TIMERS.has(timer.kind)
    ? startOfLocalDay(timer.endsOn, timeZone)
    : endOfLocalDay(timer.endsOn, timeZone);
}

function estimate(at: Instant, ruleId: string): Dated {
  return { at, source: 'estimate', ruleId };
}

function earliest(...candidates: (Dated | undefined)[]): Dated | undefined {
  return candidates
    .filter((candidate): candidate is Dated => candidate !== undefined)
    .reduce<Dated | undefined>(
      (best, candidate) => (best === undefined || candidate.at < best.at ? candidate : best),
      undefined,
    );
}

function deliveredAtOf(order: Order, timeZone: string): Instant | undefined {
  if (order.deliveredOn !== undefined) return localDateTimeToInstant(order.deliveredOn, timeZone);
  const event = (order.tracking?.events ?? []).find((candidate) => candidate.stage === 'delivered');
  if (event?.at !== undefined) return event.at;
  return event?.time !== undefined ? localDateTimeToInstant(event.time, timeZone) : undefined;
}

/** When the seller first answered the dispute (status change or offer), if known. */
export function negotiationStartOf(dispute: DisputeCase): Instant | undefined {
  const changes = (dispute.statusHistory ?? []).filter((change) => NEGOTIATING_STATUSES.has(change.status));
  const offers = (dispute.offers ?? []).filter((offer) => offer.from === 'seller');
  const times = [...changes.map((change) => change.at), ...offers.map((offer) => offer.at)];
  return times.length > 0 ? Math.min(...times) : undefined;
}

export function deriveTimeline({ order, dispute, timeZone, settings }: TimelineInput): Timeline {
  assertTimeZone(timeZone);
  const days = (rule: Parameters<typeof dayRuleValue>[0]) => dayRuleValue(rule, settings);
  const at = (value: string | undefined) => (value === undefined ? undefined : localDateTimeToInstant(value, timeZone));

  const paidAt = at(order.paidOn) ?? at(order.orderedOn);
  const shippedAt = at(order.shippedOn);
  const deliveredAt = deliveredAtOf(order, timeZone);
  const confirmedAt = at(order.confirmedOn);
  const deliveryEstimate = pageTimer(order, 'delivery-estimate', timeZone);
  const shippingDue = pageTimer(order, 'shipping-due', timeZone);

  const disputeOpens =
    pageTimer(order, 'dispute-opens', timeZone) ??
    estimateDisputeOpens(order, shippedAt, deliveryEstimate, timeZone, days);

  const protectionByShipping =
    shippedAt === undefined
      ? undefined
      : estimate(addDaysInZone(shippedAt, days(BUYER_PROTECTION_MAX_DAYS), timeZone), BUYER_PROTECTION_MAX_DAYS.id);
  const protectionByDelivery =
    deliveredAt === undefined || confirmedAt !== undefined
      ? undefined
      : estimate(
          addDaysInZone(deliveredAt, days(PROTECTION_AFTER_DELIVERY_DAYS), timeZone),
          PROTECTION_AFTER_DELIVERY_DAYS.id,
        );
  const protectionByConfirmation =
    confirmedAt === undefined ? undefined : estimate(confirmedAt, CONFIRM_RECEIPT_ENDS_PROTECTION.id);
  const protectionEnds = earliest(
    pageTimer(order, 'buyer-protection-ends', timeZone) ?? earliest(protectionByShipping, protectionByDelivery),
    protectionByConfirmation,
  );

  const autoConfirm =
    confirmedAt !== undefined
      ? undefined
      : (pageTimer(order, 'auto-confirm', timeZone) ??
        (protectionEnds === undefined ? undefined : estimate(protectionEnds.at, ORDER_COMPLETES_AT_PROTECTION_END.id)));

  const timeline: Timeline = {
    paidAt,
    shippedAt,
    deliveredAt,
    confirmedAt,
    deliveryEstimate,
    shippingDue,
    disputeOpens,
    protectionEnds,
    autoConfirm,
    disputeWindowCloses: disputeWindow(protectionEnds, autoConfirm, dispute, timeZone),
    buyerResponseDue: pageTimer(order, 'buyer-response-due', timeZone),
    returnShipBy:
      pageTimer(order, 'return-ship-by', timeZone) ??
      (dispute?.returnAgreedAt === undefined
        ? undefined
        : estimate(
            addDaysInZone(dispute.returnAgreedAt, RETURN_SHIP_WITHIN_DAYS.value, timeZone),
            RETURN_SHIP_WITHIN_DAYS.id,
          )),
    ...chargebackDates(paidAt, dispute, timeZone, settings),
  };
  if (dispute !== undefined) Object.assign(timeline, disputeDates(order, dispute, timeZone, days));
  return timeline;
}

function estimateDisputeOpens(
  order: Order,
  shippedAt: Instant | undefined,
  deliveryEstimate: Dated | undefined,
  timeZone: string,
  days: (rule: typeof DISPUTE_OPENS_AFTER_SHIPPING_DAYS) => number,
): Dated | undefined {
  if (shippedAt === undefined || order.shippedOn === undefined) return undefined;
  const promisedMs = deliveryEstimate === undefined ? undefined : deliveryEstimate.at - shippedAt;
  if (promisedMs !== undefined && promisedMs < DISPUTE_OPENS_IMMEDIATELY_BELOW_DELIVERY_DAYS.value * 86_400_000) {
    return estimate(shippedAt, DISPUTE_OPENS_IMMEDIATELY_BELOW_DELIVERY_DAYS.id);
  }
  const shippedDay = localDateOf(order.shippedOn);
  const opensOn = addLocalDays(shippedDay, days(DISPUTE_OPENS_AFTER_SHIPPING_DAYS));
  return estimate(startOfLocalDay(opensOn, timeZone), DISPUTE_OPENS_AFTER_SHIPPING_DAYS.id);
}

/**
 * The last moment to open a dispute: 15 days after protection ended (by time or by "Confirm received").
 * A dispute cancelled while protection was active restarts it from the cancel day; one cancelled after
 * protection ended leaves no window at all.
 */
function disputeWindow(
  protectionEnds: Dated | undefined,
  autoConfirm: Dated | undefined,
  dispute: DisputeCase | undefined,
  timeZone: string,
): Dated | undefined {
  const completion = earliest(protectionEnds, autoConfirm);
  const cancelledAt = dispute?.status === 'cancelled' ? dispute.cancelledAt : undefined;
  if (cancelledAt !== undefined && completion !== undefined) {
    if (cancelledAt >= completion.at) return estimate(cancelledAt, CANCEL_AFTER_PROTECTION_IS_FINAL.id);
    return estimate(
      addDaysInZone(cancelledAt, DISPUTE_WINDOW_DAYS.value, timeZone),
      CANCELLED_DISPUTE_RESTARTS_WINDOW.id,
    );
  }
  if (completion === undefined) return undefined;
  return estimate(addDaysInZone(completion.at, DISPUTE_WINDOW_DAYS.value, timeZone), DISPUTE_WINDOW_DAYS.id);
}

function disputeDates(
  order: Order,
  dispute: DisputeCase,
  timeZone: string,
  days: (rule: typeof SELLER_DISPUTE_RESPONSE_DAYS) => number,
): Partial<Timeline> {
  const plus = (from: Instant, count: number) => addDaysInZone(from, count, timeZone);
  const negotiationStart = negotiationStartOf(dispute) ?? dispute.openedAt;
  const refundFrom = dispute.decision?.outcome !== 'seller-favour' ? dispute.decision?.at : undefined;
  return {
    sellerResponseDue:
      pageTimer(order, 'seller-response-due', timeZone) ??
      estimate(plus(dispute.openedAt, days(SELLER_DISPUTE_RESPONSE_DAYS)), SELLER_DISPUTE_RESPONSE_DAYS.id),
    escalationPossible: estimate(
      plus(dispute.openedAt, days(ESCALATION_POSSIBLE_AFTER_DAYS)),
      ESCALATION_POSSIBLE_AFTER_DAYS.id,
    ),
    escalationDue: estimate(plus(negotiationStart, days(ESCALATION_AUTO_AFTER_DAYS)), ESCALATION_AUTO_AFTER_DAYS.id),
    decisionExpected:
      dispute.escalatedAt === undefined
        ? undefined
        : estimate(plus(dispute.escalatedAt, days(PLATFORM_DECISION_DAYS)), PLATFORM_DECISION_DAYS.id),
    refundExpectedBy:
      refundFrom === undefined
        ? undefined
        : estimate(
            addBusinessDaysInZone(refundFrom, REFUND_ARRIVAL_WORKING_DAYS.value.max, timeZone),
            REFUND_ARRIVAL_WORKING_DAYS.id,
          ),
  };
}

function chargebackDates(
  paidAt: Instant | undefined,
  dispute: DisputeCase | undefined,
  timeZone: string,
  settings: RuleSettings | undefined,
): Pick<Timeline, 'chargebackWindowCloses' | 'chargebackEscalationDue'> {
  const filed = dispute?.chargeback;
  const provider = filed?.provider ?? (settings?.paymentMethod === 'paypal' ? 'paypal' : 'card');
  const rule = provider === 'paypal' ? PAYPAL_DISPUTE_WINDOW_DAYS : CARD_CHARGEBACK_WINDOW_DAYS;
  return {
    chargebackWindowCloses:
      paidAt === undefined
        ? undefined
        : { ...estimate(addDaysInZone(paidAt, rule.value, timeZone), rule.id), provider },
    chargebackEscalationDue:
      filed?.provider === 'paypal' && filed.escalatedAt === undefined
        ? estimate(
            addDaysInZone(filed.filedAt, PAYPAL_ESCALATE_TO_CLAIM_DAYS.value, timeZone),
            PAYPAL_ESCALATE_TO_CLAIM_DAYS.id,
          )
        : undefined,
  };
}
