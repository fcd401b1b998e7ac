import type { Order, OrderItem, PageTimer, Tracking, TrackingEvent } from '../../model/order';
import type { Diagnostics } from '../../model/reading';
import { foldText } from './text';

type Disagreement = Diagnostics['disagreements'][number];

/**
 * One order from two readings of the same page: the page's JSON and its DOM. The JSON comes
 * first for ids, amounts, dates and times (it is the data the page renders from); the DOM for
 * what the buyer reads (status wording, store, buttons, dispute) and for anything the JSON
 * lacks. Where both state a compared fact and differ, the JSON value is kept and the
 * difference recorded.
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
    const twin = timers.find((candidate) => candidate.kind === timer.kind);
    if (!twin) timers.push(timer);
    else if (twin.endsOn && timer.endsOn && twin.endsOn !== timer.endsOn) {
      disagreements.push({ orderId, field: `timers.${timer.kind}`, dom: timer.endsOn, json: twin.endsOn });
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
