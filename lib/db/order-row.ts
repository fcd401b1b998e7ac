import type { Deadline, Urgency } from '../model/deadline';
import type { Order } from '../model/order';
import { NO_DEADLINE, type OrderRef, type OrderRow } from './records';

export const URGENCY_RANK: Record<Urgency, number> = { none: 0, upcoming: 1, soon: 2, urgent: 3, overdue: 4 };
const MAX_RANK = 4;
/** Above every epoch-ms instant we will meet (year 2286), below MAX_SAFE_INTEGER / 5. */
const RANK_STRIDE = 1e13;

/** Sort key of `attention`: rank 4 sorts before rank 3, and within a rank the earlier deadline first. */
export function attentionKey(urgencyRank: number, nextDueAt: number): number {
  return (MAX_RANK - urgencyRank) * RANK_STRIDE + Math.min(nextDueAt, RANK_STRIDE - 1);
}

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
  let urgencyRank = 0;
  for (const deadline of deadlines) {
    if (deadline.dueAt >= now && deadline.dueAt < nextDueAt) nextDueAt = deadline.dueAt;
    urgencyRank = Math.max(urgencyRank, URGENCY_RANK[deadline.urgency]);
  }
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
    urgencyRank,
    attention: attentionKey(urgencyRank, nextDueAt),
    words: searchWords(order),
  };
}
