import type { Table } from 'dexie';
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
import { type Order, orderSchema } from '../model/order';
import type { Problem } from '../model/problem';
import type { PageReading } from '../model/reading';
import { repairOrder } from '../model/repair-order';
import type { Settings } from '../model/settings';
import { disputeOf, type OrderFacts } from '../rules/order-facts';
import type { DroppedOrder } from './accept-orders';
import { mergeOrder } from './merge-order';
import { pageJournalEntries } from './page-journal';
import { planReminders } from './plan-reminders';

/** Derives an order's deadlines: the rules engine (order-rules.ts) in production, a table in storage tests. */
export type DeadlineDeriver = (input: OrderFacts & { now: number; timeZone: string; settings: Settings }) => Deadline[];

export interface IngestContext {
  now: number;
  timeZone: string;
  settings: Settings;
  deriveDeadlines: DeadlineDeriver;
  /** How many orders not stored yet this ingest may add (a page's allowance: reading-limits.ts); no limit when absent. */
  newOrderBudget?: number;
}

export interface IngestSummary {
  created: number;
  updated: number;
  unchanged: number;
  /** Orders left out because merging or deriving them failed (present only when some were). */
  dropped?: DroppedOrder[];
  /** Ids of new orders left out because the allowance of new orders was used up (present only when some were). */
  refusedNew?: string[];
}

/**
 * Applies the orders of one page reading in a single transaction: merge into what is stored,
 * record what changed, recompute deadlines and reminders. Orders the page did not show are
 * left alone: a page never deletes an order. Safe to repeat (a content script re-sends a
 * reading whose reply was lost when the worker stopped): a second identical reading changes
 * nothing but `lastSeenAt`. Each order is merged and derived on its own: one that fails is
 * left out (named in `dropped`) and the others are stored.
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
  const dropped: DroppedOrder[] = [];
  const refusedNew: string[] = [];

  await db.transaction('rw', derivedTables(db), async () => {
    const stored = await storedRowsOf(db, refs);
    const related = await loadRelated(db, refs);
    const writes = new DerivedWrites();
    const history: HistoryRow[] = [];

    const pageEntries: JournalRow[] = [];
    for (const ref of refs) {
      const fresh = incoming.get(ref) as Order;
      try {
        const before = stored.get(ref);
        // New orders beyond the allowance wait for a later reading; known ones always update.
        if (!before && context.newOrderBudget !== undefined && summary.created >= context.newOrderBudget) {
          refusedNew.push(fresh.orderId);
          continue;
        }
        const storedOrder = before && usableStoredOrder(before.order);
        const { order, changes } = mergeOrder(storedOrder, fresh);
        // What a dispute page showed becomes automatic journal entries (page-journal.ts), so the case follows it.
        const relatedRows = related.of(ref);
        const fromPage = fresh.dispute
          ? pageJournalEntries({
              ref,
              orderId: order.orderId,
              dispute: order.dispute,
              journal: relatedRows.journal,
              now,
              timeZone: context.timeZone,
            })
          : [];
        if (
          before &&
          storedOrder === before.order &&
          changes.length === 0 &&
          fromPage.length === 0 &&
          sameJson(before.order, order)
        ) {
          summary.unchanged++;
          writes.keep({ ...before, lastSeenAt: now });
          continue;
        }
        const derived = deriveOrderState({
          ref,
          order,
          ...relatedRows,
          journal: [...relatedRows.journal, ...fromPage],
          times: { firstSeenAt: before?.firstSeenAt ?? now, lastSeenAt: now, updatedAt: now },
          context,
        });
        if (before) summary.updated++;
        else summary.created++;
        for (const change of changes) history.push({ ref, at: now, ...change });
        pageEntries.push(...fromPage);
        writes.add(ref, before, derived, related);
      } catch (error) {
        dropped.push({ orderId: fresh.orderId, why: errorText(error) });
      }
    }

    await writes.write(db);
    if (history.length) await db.history.bulkAdd(history);
    if (pageEntries.length) await db.journal.bulkPut(pageEntries);
  });
  if (dropped.length) summary.dropped = dropped;
  if (refusedNew.length) summary.refusedNew = refusedNew;
  return summary;
}

/**
 * A stored order as the model accepts it today: a row an earlier version stored with a value out of
 * range (a countdown `Date` cannot hold) has that value cut, so it never stops a later reading.
 */
function usableStoredOrder(order: Order): Order | undefined {
  return orderSchema.safeParse(order).success ? order : repairOrder(order, []);
}

function errorText(error: unknown): string {
  return (error instanceof Error ? error.message : String(error)).slice(0, 200);
}

/** A derived row IndexedDB can index and the pages can show: every instant a finite number. */
function assertUsableRow(row: OrderRow, deadlines: readonly DeadlineRow[]): void {
  const numbers = [row.nextDueAt, row.attention, ...deadlines.map((deadline) => deadline.dueAt)];
  if (!numbers.every(Number.isFinite)) throw new RangeError('a derived deadline is not a usable time');
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
  const row = toOrderRow({
    ref,
    order,
    deadlines,
    hasDispute: disputeOf({ order, journal, ...(problem && { problem }), timeZone, settings }) !== undefined,
    firstSeenAt: times.firstSeenAt,
    lastSeenAt: times.lastSeenAt,
    updatedAt: times.updatedAt,
    now,
  });
  assertUsableRow(row, deadlines);
  return {
    deadlines,
    reminders: planReminders({ deadlines, previous: previousReminders, settings, now, timeZone }),
    row,
  };
}

/**
 * Recomputes deadlines, reminders and index copies of stored orders without a page reading:
 * after time passed (urgency moves), a dispute or setting changed. One transaction.
 */
export async function refreshOrders(db: BuyerGuardDatabase, refList: readonly OrderRef[], context: IngestContext) {
  if (refList.length === 0) return;
  await db.transaction('rw', derivedTables(db), async () => {
    const stored = await storedRowsOf(db, refList);
    const refs = refList.filter((ref) => stored.has(ref));
    const related = await loadRelated(db, refs);
    const writes = new DerivedWrites();
    for (const ref of refs) {
      const before = stored.get(ref) as OrderRow;
      // One order that cannot be derived (a row an earlier version stored badly) keeps its row and
      // never stops the others: it is tried again on the next refresh.
      try {
        const order = usableStoredOrder(before.order);
        if (!order) continue;
        writes.add(ref, before, deriveOrderState({ ref, order, ...related.of(ref), times: before, context }), related);
      } catch (error) {
        console.debug('[Buyer Guard] order not refreshed', ref, errorText(error));
      }
    }
    await writes.write(db);
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
 * Writes the new deadlines and reminders of `refs` and deletes the ones they replace, by key.
 * Only what differs from what is stored is written: most re-derivations change little or nothing.
 */
export async function replaceDerivedRows(
  db: BuyerGuardDatabase,
  refs: OrderRef[],
  deadlines: DeadlineRow[],
  reminders: ReminderRow[],
  related: { of: (ref: OrderRef) => RelatedRows },
): Promise<void> {
  await replaceDeadlines(db, refs, deadlines);
  await replaceReminders(
    db,
    refs.flatMap((ref) => related.of(ref).previousReminders),
    reminders,
  );
}

async function replaceDeadlines(db: BuyerGuardDatabase, refs: OrderRef[], deadlines: DeadlineRow[]): Promise<void> {
  if (refs.length === 0) return;
  const before = await db.deadlines.where('ref').anyOf(refs).toArray();
  await replaceByKey(db.deadlines, before, deadlines);
}

async function replaceReminders(
  db: BuyerGuardDatabase,
  before: readonly ReminderRow[],
  reminders: ReminderRow[],
): Promise<void> {
  await replaceByKey(db.reminders, before, reminders);
}

/** Deletes the rows of `before` that `after` has no key for, and puts the rows of `after` that are new or differ. */
async function replaceByKey<Row extends { key: string }>(
  table: Table<Row, string>,
  before: readonly Row[],
  after: readonly Row[],
): Promise<void> {
  const kept = new Set(after.map((row) => row.key));
  const stored = new Map(before.map((row) => [row.key, row]));
  const gone = before.filter((row) => !kept.has(row.key)).map((row) => row.key);
  const changed = after.filter((row) => {
    const old = stored.get(row.key);
    return old === undefined || !sameJson(old, row);
  });
  if (gone.length) await table.bulkDelete(gone);
  if (changed.length) await table.bulkPut(changed);
}

/**
 * What a batch of derivations writes, collected so each table is written once and only where
 * something changed: an order row that came out the same is not rewritten, and an order whose
 * deadlines came out the same (deadlinesStamp) leaves the deadlines table untouched.
 */
class DerivedWrites {
  private readonly rows: OrderRow[] = [];
  private readonly deadlineRefs: OrderRef[] = [];
  private readonly deadlines: DeadlineRow[] = [];
  private readonly previousReminders: ReminderRow[] = [];
  private readonly reminders: ReminderRow[] = [];

  /** A row written as given (nothing re-derived). */
  keep(row: OrderRow): void {
    this.rows.push(row);
  }

  add(
    ref: OrderRef,
    before: OrderRow | undefined,
    derived: ReturnType<typeof deriveOrderState>,
    related: { of: (ref: OrderRef) => RelatedRows },
  ): void {
    if (before === undefined || !sameJson(before, derived.row)) this.rows.push(derived.row);
    if (before?.deadlinesStamp !== derived.row.deadlinesStamp) {
      this.deadlineRefs.push(ref);
      this.deadlines.push(...derived.deadlines);
    }
    this.previousReminders.push(...related.of(ref).previousReminders);
    this.reminders.push(...derived.reminders);
  }

  async write(db: BuyerGuardDatabase): Promise<void> {
    if (this.rows.length) await db.orders.bulkPut(this.rows);
    await replaceDeadlines(db, this.deadlineRefs, this.deadlines);
    await replaceReminders(db, this.previousReminders, this.reminders);
  }
}

/** The stored rows of `refs` (absent ones left out). A key range read: far cheaper than one get per key when most are absent. */
async function storedRowsOf(db: BuyerGuardDatabase, refs: readonly OrderRef[]): Promise<Map<OrderRef, OrderRow>> {
  const rows = await db.orders.where(':id').anyOf(refs).toArray();
  return new Map(rows.map((row) => [row.ref, row]));
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
    db.cases.where(':id').anyOf(refs).toArray(),
    db.reminders.where('ref').anyOf(refs).toArray(),
  ]);
  const journalByRef = groupBy(journal, (j) => j.ref);
  const remindersByRef = groupBy(reminders, (r) => r.ref);
  const problemByRef = new Map(cases.map((c) => [c.ref, c.problem] as const));
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
