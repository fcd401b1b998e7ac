import type { Deadline } from '../model/deadline';
import type { Order } from '../model/order';
import { deadlineSortKey, mostUrgentDeadline } from '../rules/urgency';
import { NO_DEADLINE, type OrderRef, type OrderRow } from './records';

/** Sorts after every order with a deadline: deadlineSortKey stays below 5e13 until the year 2286. */
export const NO_ATTENTION = 6e13;

const MAX_WORDS = 200;

/** Lower-case words for prefix search: order id, store, item titles and variants (any script). */
export function searchWords(order: Order): string[] {
  const text = [order.orderId, order.store?.name, ...(order.items ?? []).flatMap((i) => [i.title, i.sku])]
    .filter(Boolean)
    .join(' ')
    .toLocaleLowerCase();
  const words = new Set(text.match(/[\p{L}\p{N}]{2,}/gu) ?? []);
  return [...words].slice(0, MAX_WORDS);
}

/**
 * The deadline to show for an order (badge, list chip): the most urgent one that still means
 * something — a passed deadline that a later one took over (urgency "none") is left out.
 */
export function headlineDeadline<D extends Deadline>(deadlines: readonly D[], now: number): D | undefined {
  return mostUrgentDeadline(deadlines.filter((d) => d.urgency !== 'none' || d.dueAt >= now));
}

/**
 * An order's deadlines written out whole (every field, as the engine built them): two stamps are
 * equal exactly when the deadlines are, so an unchanged derivation can skip the deadlines table.
 */
export function deadlinesStamp(deadlines: readonly Deadline[]): string {
  return JSON.stringify(deadlines);
}

/** Builds the stored row: the merged order plus the index copies derived from it and its deadlines. */
export function toOrderRow(input: {
  ref: OrderRef;
  order: Order;
  deadlines: readonly Deadline[];
  hasDispute: boolean;
  firstSeenAt: number;
  lastSeenAt: number;
  updatedAt: number;
  now: number;
}): OrderRow {
  const { ref, order, deadlines, hasDispute, firstSeenAt, lastSeenAt, updatedAt, now } = input;
  let nextDueAt = NO_DEADLINE;
  for (const deadline of deadlines) {
    if (deadline.dueAt >= now && deadline.dueAt < nextDueAt) nextDueAt = deadline.dueAt;
  }
  const headline = headlineDeadline(deadlines, now);
  return {
    ref,
    marketplace: order.marketplace,
    orderId: order.orderId,
    order,
    firstSeenAt,
    lastSeenAt,
    updatedAt,
    status: order.status ?? 'unknown',
    storeKey: order.store?.name.toLocaleLowerCase() ?? '',
    hasDispute: hasDispute || (order.dispute?.status !== undefined && order.dispute.status !== 'none') ? 1 : 0,
    nextDueAt,
    urgency: headline?.urgency ?? 'none',
    attention: headline ? deadlineSortKey(headline) : NO_ATTENTION,
    headline: headline
      ? {
          kind: headline.kind,
          label: headline.label,
          dueAt: headline.dueAt,
          ...(headline.dueOn !== undefined && { dueOn: headline.dueOn }),
          source: headline.source,
        }
      : null,
    words: searchWords(order),
    deadlinesStamp: deadlinesStamp(deadlines),
  };
}
