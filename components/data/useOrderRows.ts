import { Dexie } from 'dexie';
import { useEffect, useState } from 'react';
import { listOrderRows } from '../../lib/db/queries';
import type { OrderListRow } from '../../lib/db/records';
import { pageDatabase } from '../../lib/pages/page-database';

/** More than a popup shows at once: the list is on screen before the rest is read. */
export const FIRST_ROWS = 20;

interface RowsRead {
  first?: Promise<OrderListRow[]>;
  all: Promise<OrderListRow[]>;
}

/** Where the order rows are: undefined until read, then what was read last. */
export interface OrderRows {
  /** The FIRST_ROWS most urgent orders. */
  firstRows?: OrderListRow[];
  /** Every order, most urgent first. */
  allRows?: OrderListRow[];
}

const settled: OrderRows = {};
let started: RowsRead | undefined;

/** Reads every row (and first, the first screen's), remembering what came for a list mounted later. */
function readRows(withFirst: boolean): RowsRead {
  const db = pageDatabase();
  // Two read transactions side by side: the first screen's one request answers long before the rest.
  const first = withFirst ? listOrderRows(db, { limit: FIRST_ROWS }) : undefined;
  const all = listOrderRows(db);
  first?.then((rows) => (settled.firstRows = rows)).catch(() => undefined);
  all.then((rows) => (settled.allRows = rows)).catch(() => undefined);
  return { ...(first && { first }), all };
}

/**
 * Starts reading the order rows now, before React has rendered anything: the popup calls it first thing,
 * so the reads overlap loading the language and the settings rather than following them.
 */
export function preloadOrderRows(): void {
  started ??= readRows(true);
}

/** Whether a Dexie change notice touched the orders table (keys read "idb://<database>/<table>/<index>"). */
function touchesOrders(parts: Record<string, unknown>): boolean {
  const prefix = `idb://${pageDatabase().name}/orders/`;
  return Object.keys(parts).some((part) => part.startsWith(prefix));
}

/**
 * The list rows the background stored, most urgent first: the first screen, then every row. Live: a write
 * to the orders (by the background, in any context) reads them again, keeping the rows shown meanwhile.
 * Not a liveQuery: that would read every row a second time as it starts, and track every key it read.
 */
export function useOrderRows(): OrderRows {
  const [rows, setRows] = useState<OrderRows>(() => ({ ...settled }));
  useEffect(() => {
    let current = true;
    const show = (read: RowsRead) => {
      void read.first?.then((firstRows) => current && setRows((shown) => ({ ...shown, firstRows })));
      void read.all.then((allRows) => current && setRows((shown) => ({ ...shown, allRows })));
    };
    preloadOrderRows();
    if (started) show(started);
    const onChange = (parts: Record<string, unknown>) => {
      if (!touchesOrders(parts)) return;
      started = readRows(false);
      show(started);
    };
    Dexie.on.storagemutated.subscribe(onChange);
    return () => {
      current = false;
      Dexie.on.storagemutated.unsubscribe(onChange);
    };
  }, []);
  return rows;
}
