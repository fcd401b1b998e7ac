import type { BuyerGuardDatabase } from '../db/database';
import { toOrderRow } from '../db/order-row';
import {
  type DeadlineRow,
  type HistoryRow,
  type JournalRow,
  type OrderRef,
  type OrderRow,
  orderRef,
  type ReminderRow,
} from '../db/records';
import type { Deadline } from '../model/deadline';
import type { Order } from '../model/order';
import type { Problem } from '../model/problem';
import type { PageReading } from '../model/reading';
import type { Settings } from '../model/settings';
import { disputeOf, type OrderFacts } from '../rules/order-facts';
import { mergeOrder } from './merge-order';
import { planReminders } from './plan-reminders';

/** Derives an order's deadlines: the rules engine (order-rules.ts) in production, a table in storage tests. */
export type DeadlineDeriver = (input: OrderFacts & { now: number; timeZone: string; settings: Settings }) => Deadline[];

export interface IngestContext {
  now: number;
  timeZone: string;
  settings: Settings;
  deriveDeadlines: DeadlineDeriver;
}

export interface IngestSummary {
  created: number;
  updated: number;
  unchanged: number;
}

/**
 * Applies the orders of one page reading in a single transaction: merge into what is stored,
 * record what changed, recompute deadlines and reminders. Orders the page did not show are
 * left alone: a page never deletes an order. Safe to repeat (a content script re-sends a
 * reading whose reply was lost when the worker stopped): a second identical reading changes
 * nothing but `lastSeenAt`.
 */
export async function ingestOrders(
  db: BuyerGuardDatabase,
  orders: readonly Order[],
  context: IngestContext,
): Promise<IngestSummary> {
  const summary: IngestSummary = { created: 0, updated: 0, unchanged: 0 };
  if (orders.length === 0) return summary;
  const { now } = context;
  // Last reading wins when a page lists an order twice (a split order's parts).
  const incoming = new Map<OrderRef, Order>();
  for (const order of orders) incoming.set(orderRef(order.marketplace, order.orderId), order);
  const refs = [...incoming.keys()];

  await db.transaction('rw', derivedTables(db), async () => {
    const storedRows = await db.orders.bulkGet(refs);
    const related = await loadRelated(db, refs);
    const rows: OrderRow[] = [];
    const history: HistoryRow[] = [];
    const deadlineRows: DeadlineRow[] = [];
    const reminders: ReminderRow[] = [];
    const changedRefs: OrderRef[] = [];

    refs.forEach((ref, i) => {
      const stored = storedRows[i];
      const { order, changes } = mergeOrder(stored?.order, incoming.get(ref) as Order);
      if (stored && changes.length === 0 && sameJson(stored.order, order)) {
        summary.unchanged++;
        rows.push({ ...stored, lastSeenAt: now });
        return;
      }
      if (stored) summary.updated++;
      else summary.created++;
      changedRefs.push(ref);
      for (const change of changes) history.push({ ref, at: now, ...change });
      const derived = deriveOrderState({
        ref,
        order,
        ...related.of(ref),
        times: { firstSeenAt: stored?.firstSeenAt ?? now, lastSeenAt: now, updatedAt: now },
        context,
      });
      rows.push(derived.row);
      deadlineRows.push(...derived.deadlines);
      reminders.push(...derived.reminders);
    });

    await db.orders.bulkPut(rows);
    if (changedRefs.length === 0) return;
    await db.history.bulkAdd(history);
    await replaceDerivedRows(db, changedRefs, deadlineRows, reminders, related);
  });
  return summary;
}

/** Everything derived from an order at a moment: its row (index copies), deadlines and reminders. */
export function deriveOrderState(
  input: RelatedRows & {
    ref: OrderRef;
    order: Order;
    times: Pick<OrderRow, 'firstSeenAt' | 'lastSeenAt' | 'updatedAt'>;
    context: IngestContext;
  },
): { row: OrderRow; deadlines: DeadlineRow[]; reminders: ReminderRow[] } {
  const { ref, order, journal, problem, times, previousReminders, context } = input;
  const { now, timeZone, settings } = context;
  const deadlines: DeadlineRow[] = context
    .deriveDeadlines({ order, journal, ...(problem && { problem }), now, timeZone, settings })
    .map((d) => ({ ...d, key: `${ref}:${d.kind}`, ref }));
  return {
    deadlines,
    reminders: planReminders({ deadlines, previous: previousReminders, settings, now, timeZone }),
    row: toOrderRow({
      ref,
      order,
      deadlines,
      hasDispute: disputeOf({ journal, ...(problem && { problem }) }) !== undefined,
      firstSeenAt: times.firstSeenAt,
      lastSeenAt: times.lastSeenAt,
      updatedAt: times.updatedAt,
      now,
    }),
  };
}

/**
 * Recomputes deadlines, reminders and index copies of stored orders without a page reading:
 * after time passed (urgency moves), a dispute or setting changed. One transaction.
 */
export async function refreshOrders(db: BuyerGuardDatabase, refList: readonly OrderRef[], context: IngestContext) {
  if (refList.length === 0) return;
  const refs = [...refList];
  await db.transaction('rw', derivedTables(db), async () => {
    const storedRows = await db.orders.bulkGet(refs);
    const related = await loadRelated(db, refs);
    const present: OrderRef[] = [];
    const rows: OrderRow[] = [];
    const deadlines: DeadlineRow[] = [];
    const reminders: ReminderRow[] = [];
    refs.forEach((ref, i) => {
      const stored = storedRows[i];
      if (!stored) return;
      present.push(ref);
      const derived = deriveOrderState({ ref, order: stored.order, ...related.of(ref), times: stored, context });
      rows.push(derived.row);
      deadlines.push(...derived.deadlines);
      reminders.push(...derived.reminders);
    });
    await db.orders.bulkPut(rows);
    await replaceDerivedRows(db, present, deadlines, reminders, related);
  });
}

/** Ingests a page reading; an unreadable page changes nothing. */
export async function ingestReading(
  db: BuyerGuardDatabase,
  reading: PageReading,
  context: IngestContext,
): Promise<IngestSummary> {
  return reading.ok ? ingestOrders(db, reading.orders, context) : { created: 0, updated: 0, unchanged: 0 };
}

/** What deriving an order's state needs besides the order: the buyer's journal and problem, earlier reminders. */
export interface RelatedRows {
  journal: JournalRow[];
  problem?: Problem;
  previousReminders: ReminderRow[];
}

/**
 * Writes the new deadlines and reminders of `refs` and deletes the ones they replace, by key:
 * cheaper than deleting through the `ref` index and writing everything back.
 */
export async function replaceDerivedRows(
  db: BuyerGuardDatabase,
  refs: OrderRef[],
  deadlines: DeadlineRow[],
  reminders: ReminderRow[],
  related: { of: (ref: OrderRef) => RelatedRows },
): Promise<void> {
  const keptDeadlines = new Set(deadlines.map((d) => d.key));
  const keptReminders = new Set(reminders.map((r) => r.key));
  const oldDeadlines = await db.deadlines.where('ref').anyOf(refs).primaryKeys();
  const oldReminders = refs.flatMap((ref) => related.of(ref).previousReminders.map((r) => r.key));
  await db.deadlines.bulkDelete(oldDeadlines.filter((key) => !keptDeadlines.has(key)));
  await db.deadlines.bulkPut(deadlines);
  await db.reminders.bulkDelete(oldReminders.filter((key) => !keptReminders.has(key)));
  await db.reminders.bulkPut(reminders);
}

/** The tables a derivation reads and writes, for one transaction around it. */
export function derivedTables(db: BuyerGuardDatabase) {
  return [db.orders, db.history, db.deadlines, db.reminders, db.journal, db.cases];
}

/** Loads, for many orders at once, the rows their derivation depends on (inside the caller's transaction). */
export async function loadRelated(
  db: BuyerGuardDatabase,
  refs: OrderRef[],
): Promise<{ of: (ref: OrderRef) => RelatedRows }> {
  const [journal, cases, reminders] = await Promise.all([
    db.journal.where('ref').anyOf(refs).toArray(),
    db.cases.bulkGet(refs),
    db.reminders.where('ref').anyOf(refs).toArray(),
  ]);
  const journalByRef = groupBy(journal, (j) => j.ref);
  const remindersByRef = groupBy(reminders, (r) => r.ref);
  const problemByRef = new Map(cases.flatMap((c) => (c ? [[c.ref, c.problem] as const] : [])));
  return {
    of: (ref) => {
      const problem = problemByRef.get(ref);
      return {
        journal: journalByRef.get(ref) ?? [],
        ...(problem && { problem }),
        previousReminders: remindersByRef.get(ref) ?? [],
      };
    },
  };
}

function groupBy<T, K>(items: readonly T[], key: (item: T) => K): Map<K, T[]> {
  const groups = new Map<K, T[]>();
  for (const item of items) {
    const k = key(item);
    const group = groups.get(k);
    if (group) group.push(item);
    else groups.set(k, [item]);
  }
  return groups;
}

function sameJson(a: unknown, b: unknown): boolean {
  return JSON.stringify(a) === JSON.stringify(b);
}
