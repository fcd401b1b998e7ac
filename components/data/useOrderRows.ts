import { Dexie } from 'dexie';
import { useSyncExternalStore } from 'react';
import { sameListRows } from '../../lib/db/list-row';
import { listOrderRows } from '../../lib/db/queries';
import type { OrderListRow } from '../../lib/db/records';
import { type EarlyRead, earlyEveryRow, earlyRead, earlyReadAnswer, FIRST_ROWS } from '../../lib/pages/early-read';
import { pageDatabase } from '../../lib/pages/page-database';

/** Where the order rows are: undefined until read, then what was read last. */
export interface OrderRows {
  /** The FIRST_ROWS most urgent orders. */
  firstRows?: OrderListRow[];
  /** Every order, most urgent first. */
  allRows?: OrderListRow[];
}

// One store per page: the rows read so far, replaced whole on every answer (a snapshot React can compare).
let shown: OrderRows = {};
const listeners = new Set<() => void>();
let readsStarted = 0;
let watching = false;
/** The read each part of `shown` came from: an older read answering after a newer one is not shown. */
const shownFrom: Record<keyof OrderRows, number> = { firstRows: 0, allRows: 0 };

function show(part: keyof OrderRows, rows: OrderListRow[], read: number): void {
  if (read < shownFrom[part]) return;
  shownFrom[part] = read;
  shown = { ...shown, [part]: rows };
  for (const listener of listeners) listener();
}

/** Reads every row (and first, the first screen's, when asked), each shown as it answers. */
function readRows(withFirst: boolean): void {
  const read = ++readsStarted;
  const db = pageDatabase();
  // Set when Dexie's read of every row (below) answers: from then on the early read's rows are not shown.
  let everyRowRead = false;
  // Two read transactions side by side: the first screen's one request answers long before the rest.
  if (withFirst) {
    const readFirst = () =>
      listOrderRows(db, { limit: FIRST_ROWS }).then(
        (rows) => show('firstRows', rows, read),
        () => undefined,
      );
    // The page's early script may have read them already, without Dexie (lib/pages/early-read.ts): when it has
    // answered, they are shown at once, so React's first render already has them.
    const fromEarly = (value: EarlyRead | undefined) =>
      value ? show('firstRows', value.firstRows, read) : readFirst();
    const answered = earlyReadAnswer();
    const early = earlyRead();
    if (answered) fromEarly(answered.value);
    else if (early) early.then(fromEarly, readFirst);
    else readFirst();
    // Every row as the early script read them: shown until Dexie's read answers, which replaces them only when it
    // found other rows (a write that landed before this page listened for writes).
    earlyEveryRow()?.then(
      (rows) => rows && !everyRowRead && show('allRows', rows, read),
      () => undefined,
    );
  }
  listOrderRows(db).then(
    (rows) => {
      everyRowRead = true;
      // This read's early rows are on screen and the same: drawing them again would only cost the page.
      if (shownFrom.allRows === read && sameListRows(shown.allRows, rows)) return;
      show('allRows', rows, read);
    },
    () => undefined,
  );
}

/** Whether a Dexie change notice touched the orders table (keys read "idb://<database>/<table>/<index>"). */
function touchesOrders(parts: Record<string, unknown>): boolean {
  const prefix = `idb://${pageDatabase().name}/orders/`;
  return Object.keys(parts).some((part) => part.startsWith(prefix));
}

function onChange(parts: Record<string, unknown>): void {
  if (touchesOrders(parts)) readRows(false);
}

/**
 * Starts reading the order rows now, before React has rendered anything: the popup calls it first thing,
 * so the reads overlap loading the language and the settings rather than following them. It listens for
 * the background's writes before the first read starts, for the page's whole life: a write that lands
 * while the page is still rendering (a reading of the tab the buyer just opened) is read, not missed.
 */
export function preloadOrderRows(): void {
  if (watching) return;
  watching = true;
  Dexie.on.storagemutated.subscribe(onChange);
  readRows(true);
}

function subscribe(listener: () => void): () => void {
  preloadOrderRows();
  listeners.add(listener);
  return () => listeners.delete(listener);
}

const snapshot = () => shown;

/**
 * The list rows the background stored, most urgent first: the first screen, then every row. Live: a write
 * to the orders (by the background, in any context) reads them again, keeping the rows shown meanwhile.
 * Not a liveQuery: that would read every row a second time as it starts, and track every key it read.
 */
export function useOrderRows(): OrderRows {
  return useSyncExternalStore(subscribe, snapshot);
}

/** Forgets the page's store and stops listening (tests only: a page keeps its store for its life). */
export function resetOrderRowsForTest(): void {
  Dexie.on.storagemutated.unsubscribe(onChange);
  watching = false;
  shown = {};
  // A read still under way from before is never shown: only reads started from now on count.
  shownFrom.firstRows = readsStarted + 1;
  shownFrom.allRows = readsStarted + 1;
  listeners.clear();
}
