import type { Deadline, Urgency } from '../model/deadline';
import type { Order } from '../model/order';
import { deadlineSortKey, mostUrgentDeadline, URGENCY_RANK } from '../rules/urgency';
import { NO_DEADLINE, type OrderListRow, type OrderRef, type OrderReminder, type OrderRow } from './records';

/** Sorts after every order with a deadline: deadlineSortKey stays below 5e13 until the year 2286. */
export const NO_ATTENTION = 6e13;

/** deadlineSortKey's step between two urgencies: an instant stays below it until the year 2286. */
const URGENCY_STEP = 1e13;

/**
 * The attention values of the orders whose headline has `urgency`, as [lower, upper): "how many are
 * urgent" is a count over a range of the attention index, no urgency index needed. An order without a
 * deadline (NO_ATTENTION) counts as "none".
 */
export function attentionRange(urgency: Urgency): [number, number] {
  const rank = URGENCY_RANK[urgency];
  return urgency === 'none'
    ? [rank * URGENCY_STEP, Number.POSITIVE_INFINITY]
    : [rank * URGENCY_STEP, (rank + 1) * URGENCY_STEP];
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

/**
 * The deadline to show for an order (badge, list chip): the most urgent one that still means
 * something — a passed deadline that a later one took over (urgency "none") is left out.
 */
export function headlineDeadline<D extends Deadline>(deadlines: readonly D[], now: number): D | undefined {
  return mostUrgentDeadline(deadlines.filter((d) => d.urgency !== 'none' || d.dueAt >= now));
}

/** The list's own fields that come from the order alone: what it is, from which store, what to search. */
export function listFieldsOf(
  order: Order,
): Pick<OrderListRow, 'title' | 'itemCount' | 'store' | 'storeKey' | 'search'> {
  const title = order.items?.[0]?.title;
  const store = order.store?.name;
  return {
    ...(title !== undefined && { title }),
    // A multi-item card on My Orders shows pictures alone: the reader counts them (itemCount) without titles.
    itemCount: Math.max(order.items?.length ?? 0, order.itemCount ?? 0),
    ...(store !== undefined && { store }),
    storeKey: store?.toLocaleLowerCase() ?? '',
    search: searchWords(order).join(' '),
  };
}

/** When the earliest reminder not yet fired is due, if any: what the one alarm is set to. */
export function nextReminderAt(reminders: readonly OrderReminder[]): number | undefined {
  let next: number | undefined;
  for (const reminder of reminders) {
    if (reminder.firedAt === undefined && (next === undefined || reminder.fireAt < next)) next = reminder.fireAt;
  }
  return next;
}

/** Builds the stored row: the merged order, its deadlines and reminders, and the fields derived from them. */
export function toOrderRow(input: {
  ref: OrderRef;
  order: Order;
  deadlines: Deadline[];
  reminders?: OrderReminder[];
  hasDispute: boolean;
  firstSeenAt: number;
  lastSeenAt: number;
  updatedAt: number;
  now: number;
  /** When time alone changes what was derived (ingest.ts staleAtOf); absent: never. */
  staleAt?: number | undefined;
  /** The stamp of the derivation's inputs (derivation-stamp.ts); absent: derived again at the next chance. */
  derivedFrom?: string;
}): OrderRow {
  const { ref, order, deadlines, reminders = [], hasDispute, now, staleAt, derivedFrom } = input;
  const pending = nextReminderAt(reminders);
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
    firstSeenAt: input.firstSeenAt,
    lastSeenAt: input.lastSeenAt,
    updatedAt: input.updatedAt,
    ...listFieldsOf(order),
    status: order.status ?? 'unknown',
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
    deadlines,
    reminders,
    // Absent rather than a stand-in value: a row without one is not in the index at all.
    ...(pending !== undefined && { nextReminderAt: pending }),
    ...(staleAt !== undefined && { staleAt }),
    ...(derivedFrom !== undefined && { derivedFrom }),
  };
}
