import type { Order } from '../../model/order';
import type { PageKind, PageReading, ReadFailureReason } from '../../model/reading';
import type { Steps } from '../steps';
import type { Language } from './languages';
import { mergeOrders } from './merge-orders';
import { shownOrderIds } from './order-id-shown';

export interface ReaderContext {
  url: string;
  now: number;
  /** Languages in the order month names and labels are tried for this page. */
  languages: readonly string[];
  /** What a reader noticed it could not read, beyond absent fields ("…: button "X" not recognised"). */
  notes: string[];
  /**
   * Read the JSON's orders even when the page does not show them: only for captures an operator feeds to
   * `npm run read-page` (responses saved apart from their page). The extension never sets it: on a live
   * page, an order only the JSON has counts only when the page shows its number.
   */
  trustCapturedJson?: boolean;
}

/** A reading in steps (../steps.ts): it may pause between order cards. */
export type ReadingSteps = Steps<PageReading>;

/** How a reader is asked to read (ReaderContext.trustCapturedJson). */
export interface ReadOptions {
  trustCapturedJson?: boolean;
}

/** A reader's context for one page. */
export function readerContext(url: string, now: number, languages: readonly string[], options: ReadOptions = {}) {
  return {
    url,
    now,
    languages,
    notes: [],
    ...(options.trustCapturedJson && { trustCapturedJson: true }),
  } satisfies ReaderContext as ReaderContext;
}

/** Fields each page kind shows for every order; one that stays unread is named in diagnostics.missing. */
const EXPECTED_FIELDS: Record<PageKind, ReadonlyArray<keyof Order>> = {
  'order-list': ['orderedOn', 'status', 'store', 'items', 'total', 'actions'],
  'order-detail': ['orderedOn', 'status', 'store', 'items', 'total', 'actions'],
  tracking: ['tracking'],
  dispute: ['dispute'],
};

export function pageFailure(
  pageKind: PageKind | undefined,
  url: string,
  now: number,
  reason: ReadFailureReason,
  message: string,
): PageReading {
  return { ok: false, ...(pageKind ? { pageKind } : {}), url, readAt: now, reason, message };
}

function missingFields(order: Order, pageKind: PageKind): string[] {
  const missing = EXPECTED_FIELDS[pageKind]
    .filter((field) => order[field] === undefined)
    .map((field) => `${order.orderId}: ${field}`);
  order.items?.forEach((item, index) => {
    if (item.quantity === undefined) missing.push(`${order.orderId}: items.${index}.quantity`);
    if (item.unitPrice === undefined) missing.push(`${order.orderId}: items.${index}.unitPrice`);
  });
  const parcels = order.parcels ?? (order.tracking ? [order.tracking] : []);
  parcels.forEach((parcel, index) => {
    const at = order.parcels ? `parcels.${index}` : 'tracking';
    if (pageKind !== 'tracking') return;
    for (const field of ['number', 'carrier', 'events'] as const)
      if (parcel[field] === undefined) missing.push(`${order.orderId}: ${at}.${field}`);
    parcel.events?.forEach((event, eventIndex) => {
      if (event.time === undefined && event.at === undefined)
        missing.push(`${order.orderId}: ${at}.events.${eventIndex}.time`);
    });
  });
  return missing;
}

/**
 * The JSON's orders the page shows: read by the DOM reader too, or with their number written whole in
 * text the page renders (order-id-shown.ts). Buyer Guard never tracks an order the buyer cannot see on
 * the page: the page's data may hold orders of another tab or an earlier load, and a page script could
 * otherwise plant orders the buyer never had. The others are named in the notes.
 */
function jsonOrdersShown(
  document: Document,
  domOrders: readonly Order[],
  jsonOrders: readonly Order[],
  notes: string[],
) {
  const read = new Set(domOrders.map((order) => order.orderId));
  const others = jsonOrders.filter((order) => !read.has(order.orderId)).map((order) => order.orderId);
  const shown = others.length ? shownOrderIds(document, others) : new Set<string>();
  return jsonOrders.filter((order) => {
    if (read.has(order.orderId) || shown.has(order.orderId)) return true;
    notes.push(`${order.orderId}: in the page's data but not shown on the page (not read)`);
    return false;
  });
}

/**
 * A delivery estimate says when a parcel should come; once the order is delivered or completed it says
 * nothing any more (a completed order's detail page still prints "Estimated delivery date: …"), so it is
 * not kept as a timer.
 */
function withoutPassedEstimate(order: Order): Order {
  const settled = order.status === 'delivered' || order.status === 'completed' || order.deliveredOn !== undefined;
  if (!settled || !order.timers?.some((timer) => timer.kind === 'delivery-estimate')) return order;
  const timers = order.timers.filter((timer) => timer.kind !== 'delivery-estimate');
  const { timers: _dropped, ...rest } = order;
  return timers.length ? { ...rest, timers } : rest;
}

/**
 * Merges the DOM and JSON readings of a page and reports what stayed unread. An order only the JSON
 * has is kept only when `document` shows its number (see jsonOrdersShown).
 */
export function finishReading(input: {
  document: Document;
  pageKind: PageKind;
  language: Language | undefined;
  context: ReaderContext;
  domOrders: readonly Order[];
  jsonOrders: readonly Order[];
}): PageReading {
  const { pageKind, language, context, domOrders } = input;
  const jsonOrders = context.trustCapturedJson
    ? input.jsonOrders
    : jsonOrdersShown(input.document, domOrders, input.jsonOrders, context.notes);
  const { orders: merged, disagreements } = mergeOrders(domOrders, jsonOrders);
  const missing: string[] = [];
  const orders: Order[] = [];
  // The model's schema checks each order where it is stored (lib/background/accept-orders.ts): a value it
  // refuses is cut out there and named. Checking here too built the whole order schema on every page.
  for (const order of merged.map(withoutPassedEstimate)) {
    orders.push(order);
    missing.push(...missingFields(order, pageKind));
  }
  missing.push(...context.notes);
  const sources: Array<'dom' | 'json'> = [];
  if (domOrders.length) sources.push('dom');
  if (jsonOrders.length) sources.push('json');
  return {
    ok: true,
    pageKind,
    url: context.url,
    readAt: context.now,
    ...(language ? { language } : {}),
    orders,
    diagnostics: { missing: [...new Set(missing)], disagreements, sources },
  };
}
