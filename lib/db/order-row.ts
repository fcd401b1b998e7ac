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
  const mostUrgent = mostUrgentDeadline(deadlines);
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
    urgency: mostUrgent?.urgency ?? 'none',
    attention: mostUrgent ? deadlineSortKey(mostUrgent) : NO_ATTENTION,
    words: searchWords(order),
  };
}
