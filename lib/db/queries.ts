import type { Collection } from 'dexie';
import type { Problem } from '../model/problem';
import { URGENCIES, type Urgency } from '../model/urgency-levels';
import type { BuyerGuardDatabase } from './database';
import { toListRow } from './list-row';
import { isFiltering, type OrderFilter, orderMatcher } from './order-filter';
import { attentionRange } from './order-row';
import { storeNames } from './order-summary';
import {
  type DeadlineRow,
  deadlineRowsOf,
  type EvidenceRow,
  type HistoryRow,
  type JournalRow,
  type OrderListRow,
  type OrderRef,
  type OrderRow,
} from './records';

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

/**
 * The list rows of the orders, most urgent first, read `chunk` rows per IndexedDB request in one read
 * transaction: each request is a few milliseconds of the page's time, so a page stays responsive while
 * thousands are read. `limit` stops after that many (the first screen). Every request is a plain range of
 * the attention index (IndexedDB's getAll), never an offset that walks a cursor past the rows already read.
 */
export async function listOrderRows(
  db: BuyerGuardDatabase,
  page: { limit?: number; chunk?: number } = {},
): Promise<OrderListRow[]> {
  const chunk = page.chunk ?? DEFAULT_CHUNK;
  const limit = page.limit ?? Number.POSITIVE_INFINITY;
  return db.transaction('r', db.orders, async () => {
    const rows: OrderListRow[] = [];
    // The attention value every row up to which has been read; the next chunk starts above it.
    let readUpTo: number | undefined;
    while (rows.length < limit) {
      const size = Math.min(chunk, limit - rows.length);
      const range =
        readUpTo === undefined ? db.orders.orderBy('attention') : db.orders.where('attention').above(readUpTo);
      const read = await range.limit(size).toArray();
      const last = read.at(-1)?.attention;
      if (read.length < size || rows.length + read.length >= limit || last === undefined) {
        for (const row of read) rows.push(toListRow(row));
        break;
      }
      // The chunk may end inside a run of orders with one attention value (orders without a deadline
      // share one): that run is read whole, in the index's order, so the next chunk starts above it
      // and no order is read twice or skipped.
      for (const row of read) if (row.attention !== last) rows.push(toListRow(row));
      for (const row of await db.orders.where('attention').equals(last).toArray()) rows.push(toListRow(row));
      readUpTo = last;
    }
    return rows.length > limit ? rows.slice(0, limit) : rows;
  });
}

/** Rows per read when the list streams in: a few milliseconds of the page's time each. */
const DEFAULT_CHUNK = 250;

/** How many orders are in each urgency bucket: the "what is due" summary (ranges of the attention index). */
export async function countByUrgency(db: BuyerGuardDatabase): Promise<Record<Urgency, number>> {
  const entries = await Promise.all(
    URGENCIES.map(async (urgency) => {
      const [lower, upper] = attentionRange(urgency);
      return [urgency, await db.orders.where('attention').between(lower, upper).count()];
    }),
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
  return db.transaction('r', [db.orders, db.cases, db.journal, db.history, db.evidence], async () => {
    const row = await db.orders.get(ref);
    if (!row) return null;
    const deadlines = deadlineRowsOf(row);
    const [found, journal, history, evidence] = await Promise.all([
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
