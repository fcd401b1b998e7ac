import { batchedPut } from '../db/batched-put';
import type { BuyerGuardDatabase } from '../db/database';
import { contextStamp, derivationStamp, stampedInContext } from '../db/derivation-stamp';
import { toOrderRow } from '../db/order-row';
import { type HistoryRow, type JournalRow, type OrderRef, type OrderRow, orderRef } from '../db/records';
import type { Deadline } from '../model/deadline';
import { type Order, orderSchema } from '../model/order';
import type { Problem } from '../model/problem';
import type { PageReading } from '../model/reading';
import { repairOrder } from '../model/repair-order';
import type { Settings } from '../model/settings';
import { disputeOf, type OrderFacts } from '../rules/order-facts';
import { firstAfter, MILESTONE_KINDS, urgencyChangesAt } from '../rules/urgency';
import type { DroppedOrder } from './accept-orders';
import { mergeOrder } from './merge-order';
import { pageJournalEntries } from './page-journal';
import { planChangesAt, planReminders } from './plan-reminders';

/** Derives an order's deadlines: the rules engine (order-rules.ts) in production, a table in storage tests. */
export type DeadlineDeriver = (input: OrderFacts & { now: number; timeZone: string; settings: Settings }) => Deadline[];

export interface IngestContext {
  now: number;
  timeZone: string;
  settings: Settings;
  deriveDeadlines: DeadlineDeriver;
  /**
   * The version of the code that derives (the extension's version): stored derivations record it, and
   * a new version, whose rules may differ, derives every order again at its first sweep.
   */
  codeVersion?: string;
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
 * record what changed, derive deadlines, reminders and list fields into the order's row, and
 * write every row in one go. Orders the page did not show are left alone: a page never deletes
 * an order. Safe to repeat (a content script re-sends a reading whose reply was lost when the
 * worker stopped): a second identical reading changes nothing but `lastSeenAt`. Each order is
 * merged and derived on its own: one that fails is left out (named in `dropped`) and the others
 * are stored.
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
  const deriver = orderDeriver(context);

  await db.transaction('rw', derivedTables(db), async () => {
    const stored = await storedRowsOf(db, refs);
    const related = await loadRelated(db, refs);
    const rows = batchedPut(db.orders);
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
          // The facts are as stored, but time or the context may have moved past what was derived from
          // them (the reply's badges and the lists read this row): derived again then, else kept.
          rows.add(
            deriver.upToDate(before)
              ? { ...before, lastSeenAt: now }
              : deriver.derive(
                  { ref, order, ...relatedRows, before, times: { ...before, lastSeenAt: now } },
                  deriver.stamp({ order, ...relatedRows }),
                ),
          );
          continue;
        }
        const journal = [...relatedRows.journal, ...fromPage];
        const facts = { order, journal, ...(relatedRows.problem && { problem: relatedRows.problem }) };
        rows.add(
          deriver.derive(
            {
              ref,
              ...facts,
              before,
              times: { firstSeenAt: before?.firstSeenAt ?? now, lastSeenAt: now, updatedAt: now },
            },
            deriver.stamp(facts),
          ),
        );
        if (before) summary.updated++;
        else summary.created++;
        for (const change of changes) history.push({ ref, at: now, ...change });
        pageEntries.push(...fromPage);
      } catch (error) {
        dropped.push({ orderId: fresh.orderId, why: errorText(error) });
      }
    }

    // The rows went out in batches while the next were derived; the history and journal in one bulk write each.
    await rows.done();
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
  return orderSchema().safeParse(order).success ? order : repairOrder(order, []);
}

function errorText(error: unknown): string {
  return (error instanceof Error ? error.message : String(error)).slice(0, 200);
}

/** A derived row IndexedDB can index and the pages can show: every instant a finite number. */
function assertUsableRow(row: OrderRow): void {
  const numbers = [
    row.nextDueAt,
    row.attention,
    row.nextReminderAt ?? 0,
    row.staleAt ?? 0,
    ...row.deadlines.map((deadline) => deadline.dueAt),
  ];
  if (!numbers.every(Number.isFinite)) throw new RangeError('a derived deadline is not a usable time');
}

/** An order and what its derivation reads besides the order itself. */
export type DerivationInput = RelatedRows & {
  ref: OrderRef;
  order: Order;
  /** The order's row as stored, if any: its reminders keep their fired marks and snoozes. */
  before: OrderRow | undefined;
  times: Pick<OrderRow, 'firstSeenAt' | 'lastSeenAt' | 'updatedAt'>;
};

/** What derives orders for one ingest, refresh or import (orderDeriver). */
export interface OrderDeriver {
  /** The stamp of what a derivation of these facts reads (the order, its journal and problem, the context). */
  stamp(facts: Pick<DerivationInput, 'order' | 'journal' | 'problem'>): string;
  /**
   * Whether the stored row is what deriving it again would give: derived from the very same inputs
   * (`stamp`), and time has not caught up with it (staleAt).
   */
  current(before: OrderRow, stamp: string): boolean;
  /**
   * Whether a row whose facts are known unchanged (the same order, no new journal entry) is what deriving
   * it again would give: made in this context (settings, zone, version) and time has not caught up with it.
   */
  upToDate(before: OrderRow): boolean;
  /** Everything derived from the order at `context.now`, as its row. */
  derive(input: DerivationInput, stamp: string): OrderRow;
}

/**
 * The deriver of one ingest, refresh or import: everything derived from an order at `context.now`,
 * as its row (deadlines, reminders, list fields, the stamp of what it was derived from and when time
 * will change it). A row that is `current` need not be derived again: it would come out the same.
 */
export function orderDeriver(context: IngestContext): OrderDeriver {
  const { now, timeZone, settings } = context;
  const sharedStamp = contextStampOf(context);
  return {
    stamp: (facts) => derivationStamp(facts, sharedStamp),
    current: (before, stamp) => before.derivedFrom === stamp && !isStale(before, now),
    upToDate: (before) => stampedInContext(before.derivedFrom, sharedStamp) && !isStale(before, now),
    derive(input, stamp) {
      const { ref, order, journal, problem, before, times } = input;
      const facts = { order, journal, ...(problem && { problem }) };
      const deadlines = context.deriveDeadlines({ ...facts, now, timeZone, settings });
      const reminders = planReminders({ deadlines, previous: before?.reminders ?? [], settings, now, timeZone });
      const row = toOrderRow({
        ref,
        order,
        deadlines,
        reminders,
        hasDispute: disputeOf({ ...facts, timeZone, settings }) !== undefined,
        firstSeenAt: times.firstSeenAt,
        lastSeenAt: times.lastSeenAt,
        updatedAt: times.updatedAt,
        now,
        staleAt: staleAtOf(deadlines, context),
        derivedFrom: stamp,
      });
      assertUsableRow(row);
      return row;
    },
  };
}

/**
 * The first moment time alone changes what a derivation at `now` gave: a deadline's urgency moving or
 * its passing (urgency.ts), or the reminder plan changing (plan-reminders.ts). Undefined: never.
 */
function staleAtOf(deadlines: readonly Deadline[], context: IngestContext): number | undefined {
  const { now, settings, timeZone } = context;
  const moments = deadlines.map((d) => urgencyChangesAt(d.dueAt, now, MILESTONE_KINDS.has(d.kind)));
  moments.push(planChangesAt({ deadlines, settings, now, timeZone }));
  return firstAfter(
    moments.filter((at) => at !== undefined),
    now,
  );
}

function contextStampOf(context: IngestContext): string {
  return contextStamp(context.settings, context.timeZone, context.codeVersion ?? '');
}

/** Whether time has caught up with what was derived for the row (staleAt reached). */
function isStale(row: Pick<OrderRow, 'staleAt'>, now: number): boolean {
  return row.staleAt !== undefined && row.staleAt <= now;
}

/**
 * Derives stored orders again without a page reading: after time passed (urgency moves, a
 * reminder comes within reach), a journal entry, problem or setting changed. One transaction;
 * an order whose inputs are unchanged and not stale is skipped, and only rows that come out
 * different are written.
 */
export async function refreshOrders(db: BuyerGuardDatabase, refList: readonly OrderRef[], context: IngestContext) {
  if (refList.length === 0) return;
  const deriver = orderDeriver(context);
  await db.transaction('rw', derivedTables(db), async () => {
    const stored = await storedRowsOf(db, refList);
    const refs = refList.filter((ref) => stored.has(ref));
    const related = await loadRelated(db, refs);
    const rows = batchedPut(db.orders);
    for (const ref of refs) {
      const before = stored.get(ref) as OrderRow;
      // One order that cannot be derived (a row an earlier version stored badly) keeps its row and
      // never stops the others: it is tried again on the next refresh.
      try {
        const relatedRows = related.of(ref);
        // Checked first, and cheaply: most orders of a refresh have not changed at all.
        const stamp = deriver.stamp({ order: before.order, ...relatedRows });
        if (deriver.current(before, stamp)) continue;
        const order = usableStoredOrder(before.order);
        if (!order) continue;
        const facts = { order, ...relatedRows };
        const row = deriver.derive(
          { ref, ...facts, before, times: before },
          order === before.order ? stamp : deriver.stamp(facts),
        );
        // Another stamp is another row; the same stamp (time moved) is written only when the row changed.
        if (row.derivedFrom !== before.derivedFrom || !sameJson(row, before)) rows.add(row);
      } catch (error) {
        console.debug('[Buyer Guard] order not refreshed', ref, errorText(error));
      }
    }
    await rows.done();
  });
}

/**
 * The sweep's derivation: the orders time has caught up with (staleAt reached), and nothing else.
 * Every order when the settings or the buyer's time zone are not those of the last full refresh (a
 * buyer who travelled: whole-day deadlines end at another instant in the new zone).
 */
export async function refreshDue(db: BuyerGuardDatabase, context: IngestContext): Promise<void> {
  await db.transaction('rw', [...derivedTables(db), db.settings], async () => {
    const derivedWith = await db.settings.get('derived-with');
    if (derivedWith?.value !== contextStampOf(context)) {
      await refreshAll(db, context);
      return;
    }
    await refreshOrders(db, await db.orders.where('staleAt').belowOrEqual(context.now).primaryKeys(), context);
  });
}

/** Every stored order refreshed (a setting changed), and the settings and zone it used recorded for the sweep. */
export async function refreshAll(db: BuyerGuardDatabase, context: IngestContext): Promise<void> {
  await db.transaction('rw', [...derivedTables(db), db.settings], async () => {
    await refreshOrders(db, await db.orders.toCollection().primaryKeys(), context);
    await db.settings.put({ key: 'derived-with', value: contextStampOf(context) });
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

/** What deriving an order's state needs besides the order and its row: the buyer's journal and problem. */
export interface RelatedRows {
  journal: JournalRow[];
  problem?: Problem;
}

/**
 * The stored rows of `refs` (absent ones left out), read the cheapest way IndexedDB offers: many refs
 * that fill most of their key range (a refresh of every order) in one getAll over the range, a few
 * scattered among many stored orders (a page's 50) by a key cursor that skips the others.
 */
export async function storedRowsOf(
  db: BuyerGuardDatabase,
  refs: readonly OrderRef[],
): Promise<Map<OrderRef, OrderRow>> {
  if (refs.length === 0) return new Map();
  const wanted = new Set(refs);
  const sorted = [...wanted].sort();
  const range = db.orders.where(':id').between(sorted[0] as OrderRef, sorted.at(-1) as OrderRef, true, true);
  const dense = sorted.length >= DENSE_READ_MIN && (await range.count()) <= 2 * sorted.length;
  const rows = dense
    ? (await range.toArray()).filter((row) => wanted.has(row.ref))
    : await db.orders.where(':id').anyOf(sorted).toArray();
  return new Map(rows.map((row) => [row.ref, row]));
}

/** Below this many refs a cursor is as fast as a range read, and counting the range would cost more. */
const DENSE_READ_MIN = 100;

/** The tables a derivation reads and writes, for one transaction around it. */
export function derivedTables(db: BuyerGuardDatabase) {
  return [db.orders, db.history, db.journal, db.cases];
}

/** Loads, for many orders at once, the rows their derivation depends on (inside the caller's transaction). */
export async function loadRelated(
  db: BuyerGuardDatabase,
  refs: OrderRef[],
): Promise<{ of: (ref: OrderRef) => RelatedRows }> {
  const [journal, cases] = await Promise.all([
    db.journal.where('ref').anyOf(refs).toArray(),
    db.cases.where(':id').anyOf(refs).toArray(),
  ]);
  const journalByRef = groupBy(journal, (j) => j.ref);
  const problemByRef = new Map(cases.map((c) => [c.ref, c.problem] as const));
  return {
    of: (ref) => {
      const problem = problemByRef.get(ref);
      return { journal: journalByRef.get(ref) ?? [], ...(problem && { problem }) };
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
