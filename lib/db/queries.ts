import type { Collection } from 'dexie';
import { type Urgency, urgencySchema } from '../model/deadline';
import type { OrderStatus } from '../model/order';
import type { Problem } from '../model/problem';
import type { BuyerGuardDatabase } from './database';
import type { DeadlineRow, EvidenceRow, HistoryRow, JournalRow, OrderRef, OrderRow } from './records';

/**
 * Read-only queries for the extension pages. Pages read IndexedDB directly (same origin as
 * the background, and live-updating); every write goes through the background's messages.
 */

export interface OrderFilter {
  /** Words to find in the order id, store or item titles (prefix match, all must match). */
  search?: string;
  status?: OrderStatus | 'unknown';
  /** Store name, any case. */
  store?: string;
  hasDispute?: boolean;
  urgency?: Urgency;
}

function searchTerms(search: string | undefined): string[] {
  return search?.toLocaleLowerCase().match(/[\p{L}\p{N}]+/gu) ?? [];
}

function matches(row: OrderRow, filter: OrderFilter, terms: string[]): boolean {
  if (filter.status && row.status !== filter.status) return false;
  if (filter.store && row.storeKey !== filter.store.toLocaleLowerCase()) return false;
  if (filter.hasDispute !== undefined && row.hasDispute !== (filter.hasDispute ? 1 : 0)) return false;
  if (filter.urgency && row.urgency !== filter.urgency) return false;
  return terms.every((term) => row.words.some((word) => word.startsWith(term)));
}

/** Orders, most urgent first, filtered; `limit`/`offset` page through them. */
export async function listOrders(
  db: BuyerGuardDatabase,
  filter: OrderFilter = {},
  page: { limit?: number; offset?: number } = {},
): Promise<OrderRow[]> {
  const terms = searchTerms(filter.search);
  const [first] = terms;
  if (first) {
    // Narrow by the index on the first word, then sort the (few) hits in memory.
    const hits = await db.orders.where('words').startsWith(first).distinct().toArray();
    const sorted = hits.filter((row) => matches(row, filter, terms)).sort((a, b) => a.attention - b.attention);
    return sorted.slice(page.offset ?? 0, (page.offset ?? 0) + (page.limit ?? sorted.length));
  }
  let collection: Collection<OrderRow, OrderRef> = db.orders.orderBy('attention');
  if (filter.status || filter.store || filter.hasDispute !== undefined || filter.urgency) {
    collection = collection.filter((row) => matches(row, filter, terms));
  }
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

/** Store names for the filter menu, as the pages spell them, alphabetically. */
export async function listStores(db: BuyerGuardDatabase): Promise<string[]> {
  const keys = await db.orders.orderBy('storeKey').uniqueKeys();
  const names: string[] = [];
  for (const key of keys) {
    if (!key) continue;
    const row = await db.orders.where('storeKey').equals(key).first();
    if (row?.order.store?.name) names.push(row.order.store.name);
  }
  return names;
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
