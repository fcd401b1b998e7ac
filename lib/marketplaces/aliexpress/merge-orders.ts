import type { Order, OrderItem, PageTimer, Tracking, TrackingEvent } from '../../model/order';
import type { Diagnostics } from '../../model/reading';
import { isoInstant } from '../../model/time';
import { foldText } from './text';

type Disagreement = Diagnostics['disagreements'][number];

/**
 * One order from two readings of the same page: the page's JSON and its DOM. The JSON comes
 * first for ids, amounts, dates and times (it is the data the page renders from); the DOM for
 * what the buyer reads (status wording, store, buttons, dispute) and for anything the JSON
 * lacks. Where both state a compared fact and differ, the JSON value is kept and the
 * difference recorded — except a deadline, where the JSON never beats what the page shows (mergeTimers).
 */
export function mergeOrder(dom: Order | undefined, json: Order | undefined, disagreements: Disagreement[]): Order {
  if (!dom) return json as Order;
  if (!json) return dom;
  const orderId = json.orderId;
  const disagree = (field: string, domValue: string | undefined, jsonValue: string | undefined) => {
    if (domValue !== undefined && jsonValue !== undefined && domValue !== jsonValue) {
      disagreements.push({ orderId, field, dom: domValue, json: jsonValue });
    }
  };
  const money = (value: Order['total']) => (value ? `${value.amount} ${value.currency}` : undefined);
  disagree('total', money(dom.total), money(json.total));
  disagree('orderedOn', dom.orderedOn, json.orderedOn);
  disagree('status', dom.status, json.status);
  disagree('store.name', dom.store?.name, json.store?.name);
  disagree('tracking.number', dom.tracking?.number, json.tracking?.number);

  const merged: Order = { ...dom, ...json };
  // The DOM's wording and what the buyer sees on screen.
  for (const key of ['statusText', 'status', 'store', 'actions', 'detailUrl', 'trackingUrl', 'dispute'] as const) {
    if (dom[key] !== undefined) Object.assign(merged, { [key]: dom[key] });
  }
  // The page's dispute wording wins; the JSON adds what the page does not show (the case id, the reason).
  if (dom.dispute && json.dispute) merged.dispute = { ...json.dispute, ...dom.dispute };
  const items = mergeItems(dom.items, json.items);
  if (items) merged.items = items;
  const tracking = mergeTracking(dom.tracking, json.tracking);
  if (tracking) merged.tracking = tracking;
  const parcels = mergeParcels(dom.parcels, json.parcels);
  if (parcels) merged.parcels = parcels;
  const timers = mergeTimers(orderId, dom.timers, json.timers, disagreements);
  if (timers) merged.timers = timers;
  const rules = [...(json.pageRules ?? [])];
  for (const rule of dom.pageRules ?? [])
    if (!rules.some((r) => r.kind === rule.kind && r.anchor === rule.anchor && r.days === rule.days)) rules.push(rule);
  if (rules.length) merged.pageRules = rules;
  return merged;
}

function mergeItems(dom: OrderItem[] | undefined, json: OrderItem[] | undefined): OrderItem[] | undefined {
  if (!json?.length) return dom;
  if (!dom?.length) return json;
  return json.map((item, index) => {
    const twin =
      dom.find((candidate) => item.productId !== undefined && candidate.productId === item.productId) ??
      (dom.length === json.length ? dom[index] : undefined);
    return twin ? { ...twin, ...item, title: twin.title, ...(twin.sku ? { sku: twin.sku } : {}) } : item;
  });
}

function mergeEvents(dom: TrackingEvent[] | undefined, json: TrackingEvent[] | undefined): TrackingEvent[] | undefined {
  if (!json?.length) return dom;
  if (!dom?.length) return json;
  return json.map((event) => {
    const twin = dom.find((candidate) => foldText(candidate.description) === foldText(event.description));
    // The JSON's code says what the event is (tracking-codes.ts); an update is an update whatever its title.
    return twin ? { ...twin, ...event, ...(twin.time ? { time: twin.time } : {}) } : event;
  });
}

function mergeTracking(dom: Tracking | undefined, json: Tracking | undefined): Tracking | undefined {
  if (!dom || !json) return json ?? dom;
  const events = mergeEvents(dom.events, json.events);
  return { ...dom, ...json, ...(events ? { events } : {}) };
}

/** Packages matched by tracking number (else by position when both list as many). */
function mergeParcels(dom: Tracking[] | undefined, json: Tracking[] | undefined): Tracking[] | undefined {
  if (!json?.length) return dom;
  if (!dom?.length) return json;
  return json.map((parcel, index) => {
    const twin =
      dom.find((candidate) => parcel.number !== undefined && candidate.number === parcel.number) ??
      (dom.length === json.length ? dom[index] : undefined);
    return mergeTracking(twin, parcel) ?? parcel;
  });
}

const DAY_MS = 86_400_000;

/** When a timer ends, as a sortable instant (a stated day at UTC midnight: a rough value, for comparing only). */
function roughEnd(timer: PageTimer): number | undefined {
  if (timer.endsAt !== undefined) return timer.endsAt;
  return timer.endsOn ? Date.parse(`${timer.endsOn}T00:00:00Z`) : undefined;
}

function shownEnd(timer: PageTimer): string {
  return timer.endsOn ?? (timer.endsAt !== undefined ? (isoInstant(timer.endsAt) ?? String(timer.endsAt)) : '');
}

/**
 * A deadline both the page and its JSON state: the page's scripts are trusted no further than what the
 * page shows, so the JSON never moves a deadline later than the page says (a page script feeding the
 * observer 80 days where the card says 12). The earlier of the two is kept — the one the buyer sees, or
 * the JSON's when that is earlier (the safe side) — and a difference of more than a day (beyond a
 * countdown the page rounds to days) is recorded, so the buyer is told. A stated day and a countdown
 * are not compared to the hour: the page's is kept.
 */
function mergeTimers(
  orderId: string,
  dom: PageTimer[] | undefined,
  json: PageTimer[] | undefined,
  disagreements: Disagreement[],
): PageTimer[] | undefined {
  if (!json?.length) return dom;
  if (!dom?.length) return json;
  const timers = [...json];
  for (const timer of dom) {
    const at = timers.findIndex((candidate) => candidate.kind === timer.kind);
    const twin = timers[at];
    if (!twin) {
      timers.push(timer);
      continue;
    }
    const [pageEnd, jsonEnd] = [roughEnd(timer), roughEnd(twin)];
    if (pageEnd === undefined || jsonEnd === undefined) {
      timers[at] = timer;
      continue;
    }
    const sameForm = (timer.endsAt !== undefined) === (twin.endsAt !== undefined);
    timers[at] = !sameForm || pageEnd <= jsonEnd ? timer : twin;
    const tolerance = sameForm ? DAY_MS : 2 * DAY_MS;
    if (Math.abs(pageEnd - jsonEnd) > tolerance || (timer.endsOn && twin.endsOn && timer.endsOn !== twin.endsOn)) {
      disagreements.push({ orderId, field: `timers.${timer.kind}`, dom: shownEnd(timer), json: shownEnd(twin) });
    }
  }
  return timers;
}

/** The orders of both readings: DOM order first (the page's order), then orders only the JSON has. */
export function mergeOrders(dom: readonly Order[], json: readonly Order[]) {
  const disagreements: Disagreement[] = [];
  const jsonById = new Map<string, Order>();
  for (const order of json) {
    const earlier = jsonById.get(order.orderId);
    jsonById.set(order.orderId, earlier ? mergeOrder(order, earlier, []) : order);
  }
  const orders = dom.map((order) => mergeOrder(order, jsonById.get(order.orderId), disagreements));
  const seen = new Set(dom.map((order) => order.orderId));
  for (const [orderId, order] of jsonById) if (!seen.has(orderId)) orders.push(order);
  return { orders, disagreements };
}
