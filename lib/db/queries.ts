import type { Collection } from 'dexie';
import { type Urgency, urgencySchema } from '../model/deadline';
import type { Problem } from '../model/problem';
import type { BuyerGuardDatabase } from './database';
import { isFiltering, type OrderFilter, orderMatcher } from './order-filter';
import { storeNames } from './order-summary';
import type { DeadlineRow, EvidenceRow, HistoryRow, JournalRow, OrderRef, OrderRow } from './records';

/**
 * Read-only queries for the extension pages. Pages read IndexedDB directly (same origin as
 * the background, and live-updating); every write goes through the background's messages.
 */

export type { OrderFilter } from './order-filter';

/** Orders, most urgent first, filtered; `limit`/`offset` page through them. */
export async function listOrders(
  db: BuyerGuardDatabase,
  filter: OrderFilter = {},
  page: { limit?: number; offset?: number } = {},
): Promise<OrderRow[]> {
  let collection: Collection<OrderRow, OrderRef> = db.orders.orderBy('attention');
  // Filters (search too) are tested row by row: no index per field or word to keep up on every write.
  if (isFiltering(filter)) collection = collection.filter(orderMatcher(filter));
  if (page.offset) collection = collection.offset(page.offset);
  if (page.limit) collection = collection.limit(page.limit);
  return collection.toArray();
}

/** How many orders are in each urgency bucket: the "what is due" summary. */
export async function countByUrgency(db: BuyerGuardDatabase): Promise<Record<Urgency, number>> {
  const entries = await Promise.all(
    urgencySchema.options.map(async (urgency) => [urgency, await db.orders.where('urgency').equals(urgency).count()]),
  );
  return Object.fromEntries(entries);
}

/** Store names for the filter menu, as the pages spell them, alphabetically: one read, not one per store. */
export async function listStores(db: BuyerGuardDatabase): Promise<string[]> {
  return storeNames(await db.orders.toArray());
}

export interface OrderDetail {
  row: OrderRow;
  deadlines: DeadlineRow[];
  problem?: Problem;
  journal: JournalRow[];
  history: HistoryRow[];
  evidence: Omit<EvidenceRow, 'blob'>[];
}

/** Everything about one order for its view: deadlines by date, journal and history newest first. */
export async function getOrderDetail(db: BuyerGuardDatabase, ref: OrderRef): Promise<OrderDetail | null> {
  return db.transaction('r', [db.orders, db.deadlines, db.cases, db.journal, db.history, db.evidence], async () => {
    const row = await db.orders.get(ref);
    if (!row) return null;
    const [deadlines, found, journal, history, evidence] = await Promise.all([
      db.deadlines.where('ref').equals(ref).sortBy('dueAt'),
      db.cases.get(ref),
      db.journal.where('[ref+at]').between([ref, 0], [ref, Number.MAX_SAFE_INTEGER]).reverse().toArray(),
      db.history.where('[ref+at]').between([ref, 0], [ref, Number.MAX_SAFE_INTEGER]).reverse().toArray(),
      db.evidence.where('ref').equals(ref).sortBy('addedAt'),
    ]);
    return {
      row,
      deadlines,
      ...(found && { problem: found.problem }),
      journal,
      history,
      evidence: evidence.map(({ blob: _blob, ...meta }) => meta),
    };
  });
}

/** The stored bytes of one evidence file (for preview and the evidence pack). */
export async function getEvidenceBlob(db: BuyerGuardDatabase, id: string): Promise<Blob | null> {
  return (await db.evidence.get(id))?.blob ?? null;
}
