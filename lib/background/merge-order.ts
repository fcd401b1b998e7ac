import type { Order, OrderItem, PageTimer, TrackingEvent } from '../model/order';
import { isoInstant } from '../model/time';

/** A change worth keeping in the order's history. */
export interface OrderChange {
  field: string;
  from?: string;
  to?: string;
}

/** A countdown read twice drifts by the seconds between reads; only a real change (a seller's extension) counts. */
const TIMER_CHANGE_THRESHOLD_MS = 60 * 60 * 1000;

/**
 * Merges a fresh page reading into what is stored. A field the page showed replaces the
 * stored one; a field it did not show is kept (a list page shows less than a detail page,
 * and an unread field is never "none"). Returns the merged order and what changed.
 */
export function mergeOrder(stored: Order | undefined, incoming: Order): { order: Order; changes: OrderChange[] } {
  // A new order has no history yet: when it was first seen is the row's firstSeenAt.
  if (!stored) return { order: incoming, changes: [] };
  const order: Order = {
    ...stored,
    ...definedFields(incoming),
    store: incoming.store ? { ...stored.store, ...incoming.store } : stored.store,
    items: incoming.items?.length ? mergeItems(stored.items ?? [], incoming.items) : stored.items,
    timers: incoming.timers ? mergeTimers(stored.timers ?? [], incoming.timers) : stored.timers,
    tracking: incoming.tracking
      ? {
          ...stored.tracking,
          ...definedFields(incoming.tracking),
          events: mergeEvents(stored.tracking?.events, incoming.tracking.events),
        }
      : stored.tracking,
    dispute: incoming.dispute ? { ...stored.dispute, ...definedFields(incoming.dispute) } : stored.dispute,
  };
  return { order: dropUndefined(order), changes: describeChanges(stored, order) };
}

function definedFields<T extends object>(value: T): Partial<T> {
  return Object.fromEntries(Object.entries(value).filter(([, v]) => v !== undefined)) as Partial<T>;
}

function dropUndefined<T extends object>(value: T): T {
  return definedFields(value) as T;
}

function sameItem(a: OrderItem, b: OrderItem): boolean {
  if (a.productId && b.productId) return a.productId === b.productId && (a.sku ?? '') === (b.sku ?? '');
  return a.title === b.title && (a.sku ?? '') === (b.sku ?? '');
}

/** The page's item list is authoritative; details only one page shows (an image, a SKU) are kept. */
function mergeItems(stored: OrderItem[], incoming: OrderItem[]): OrderItem[] {
  return incoming.map((item) => {
    const previous = stored.find((s) => sameItem(s, item));
    return previous ? { ...previous, ...definedFields(item) } : item;
  });
}

/** A timer the page shows replaces the stored one of its kind; kinds it did not show are kept. */
function mergeTimers(stored: PageTimer[], incoming: PageTimer[]): PageTimer[] {
  const byKind = new Map(stored.map((t) => [t.kind, t]));
  for (const timer of incoming) byKind.set(timer.kind, timer);
  return [...byKind.values()];
}

function eventKey(event: TrackingEvent): string {
  return `${event.at ?? event.time ?? ''}|${event.description}`;
}

/** Tracking pages list the whole history; union keeps events a shorter view (a list page) left out. */
function mergeEvents(stored?: TrackingEvent[], incoming?: TrackingEvent[]): TrackingEvent[] | undefined {
  if (!incoming) return stored;
  if (!stored) return incoming;
  const seen = new Set(incoming.map(eventKey));
  return [...incoming, ...stored.filter((e) => !seen.has(eventKey(e)))].sort((a, b) =>
    eventTime(b).localeCompare(eventTime(a)),
  );
}

/** Sortable time of an event (newest last in lexical order); local and UTC mix only where a source lacks one. */
function eventTime(event: TrackingEvent): string {
  return event.time ?? (event.at !== undefined ? (isoInstant(event.at)?.slice(0, 19) ?? '') : '');
}

function timerValue(timer: PageTimer | undefined): string | undefined {
  if (!timer) return undefined;
  return timer.endsAt !== undefined ? isoInstant(timer.endsAt) : timer.endsOn;
}

function timerChanged(a: PageTimer | undefined, b: PageTimer | undefined): boolean {
  if (!a || !b) return a !== b;
  if (a.endsAt !== undefined && b.endsAt !== undefined)
    return Math.abs(a.endsAt - b.endsAt) > TIMER_CHANGE_THRESHOLD_MS;
  return timerValue(a) !== timerValue(b);
}

function latestEvent(order: Order): TrackingEvent | undefined {
  let latest: TrackingEvent | undefined;
  for (const event of order.tracking?.events ?? []) {
    if (!latest || eventTime(event) > eventTime(latest)) latest = event;
  }
  return latest;
}

function describeChanges(before: Order, after: Order): OrderChange[] {
  const changes: OrderChange[] = [];
  const compare = (field: string, from: string | undefined, to: string | undefined) => {
    if (from !== to) changes.push({ field, ...(from !== undefined && { from }), ...(to !== undefined && { to }) });
  };
  compare('status', before.status, after.status);
  compare('total', money(before.total), money(after.total));
  for (const field of ['shippedOn', 'deliveredOn', 'confirmedOn'] as const) compare(field, before[field], after[field]);
  compare('tracking.number', before.tracking?.number, after.tracking?.number);
  compare('tracking.latest', latestEvent(before)?.description, latestEvent(after)?.description);
  compare('dispute.status', before.dispute?.status, after.dispute?.status);
  for (const timer of after.timers ?? []) {
    const previous = before.timers?.find((t) => t.kind === timer.kind);
    if (timerChanged(previous, timer)) compare(`timer.${timer.kind}`, timerValue(previous), timerValue(timer));
  }
  return changes;
}

function money(value: Order['total']): string | undefined {
  return value ? `${value.amount} ${value.currency}` : undefined;
}
