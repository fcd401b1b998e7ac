import { type Order, orderSchema } from '../../model/order';
import type { PageKind, PageReading, ReadFailureReason } from '../../model/reading';
import type { Language } from './languages';
import { mergeOrders } from './merge-orders';

export interface ReaderContext {
  url: string;
  now: number;
  /** Languages in the order month names and labels are tried for this page. */
  languages: readonly string[];
  /** What a reader noticed it could not read, beyond absent fields ("…: button "X" not recognised"). */
  notes: string[];
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

/** Removes the value at an issue's path (an array entry is spliced out). */
function removeAt(target: unknown, path: readonly PropertyKey[]): boolean {
  let parent = target as Record<PropertyKey, unknown>;
  for (const key of path.slice(0, -1)) {
    const next = parent?.[key];
    if (typeof next !== 'object' || next === null) return false;
    parent = next as Record<PropertyKey, unknown>;
  }
  const last = path.at(-1);
  if (last === undefined) return false;
  if (Array.isArray(parent) && typeof last === 'number') parent.splice(last, 1);
  else delete parent[last];
  return true;
}

/**
 * The order as the model accepts it: a value the schema rejects (an invalid URL, an empty
 * title) is removed and named in `missing`, so one bad field never loses the order.
 */
function validOrder(order: Order, missing: string[]): Order | undefined {
  // Nearly every order is valid as read: copy (to cut bad values out) only when it is not.
  const first = orderSchema.safeParse(order);
  if (first.success) return first.data;
  const copy = structuredClone(order);
  for (let attempt = 0; attempt < 30; attempt++) {
    const parsed = orderSchema.safeParse(copy);
    if (parsed.success) return parsed.data;
    const issue = parsed.error.issues[0];
    const path = (issue?.path ?? []).filter((key): key is string | number => typeof key !== 'symbol');
    if (!path.length || path[0] === 'orderId' || path[0] === 'marketplace') return undefined;
    missing.push(`${order.orderId}: ${path.join('.')} (unreadable value)`);
    if (!removeAt(copy, path)) return undefined;
    for (const key of ['items', 'timers', 'actions'] as const)
      if (Array.isArray(copy[key]) && !copy[key]?.length) delete copy[key];
  }
  return undefined;
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

/** Merges the DOM and JSON readings of a page and reports what stayed unread. */
export function finishReading(input: {
  pageKind: PageKind;
  language: Language | undefined;
  context: ReaderContext;
  domOrders: readonly Order[];
  jsonOrders: readonly Order[];
}): PageReading {
  const { pageKind, language, context, domOrders, jsonOrders } = input;
  const { orders: merged, disagreements } = mergeOrders(domOrders, jsonOrders);
  const missing: string[] = [];
  const orders: Order[] = [];
  for (const order of merged) {
    const valid = validOrder(order, missing);
    if (!valid) continue;
    orders.push(valid);
    missing.push(...missingFields(valid, pageKind));
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
