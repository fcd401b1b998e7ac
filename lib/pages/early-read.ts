import { toListRow } from '../db/list-row';
import type { OrderListRow } from '../db/records';
import { CURRENT_VERSION, DATABASE_NAME } from '../db/schema';

/** More than a popup shows at once: the list is on screen before the rest is read. */
export const FIRST_ROWS = 20;

/**
 * At most this many rows are read early, all at once. Reading every stored row in one request held the page
 * for 13–15 ms with 1,000 to 3,000 rows and 54 ms with 5,000 (Chromium, this machine, docs/PERFORMANCE.md
 * "Stop 20"). A larger store is left to Dexie's read, in chunks of a few milliseconds each (lib/db/queries.ts).
 */
export const EARLY_EVERY_ROW_LIMIT = 2000;

/** What a list page needs before its first render: the most urgent rows and the stored settings value. */
export interface EarlyRead {
  /** The FIRST_ROWS most urgent orders, as `listOrderRows(db, { limit: FIRST_ROWS })` reads them. */
  firstRows: OrderListRow[];
  /** The settings row's value as stored (lib/db/read-language-choice.ts reads the language from it). */
  settings: unknown;
}

/**
 * Whether the database holds this build's schema. Dexie keeps version N as 10 × N in IndexedDB, and adds one
 * when it patches an installed schema that differs from the declared one (10 × N + 1…), so the tens count.
 */
function isThisSchema(db: IDBDatabase): boolean {
  return (
    Math.floor(db.version / 10) === CURRENT_VERSION &&
    db.objectStoreNames.contains('orders') &&
    db.objectStoreNames.contains('settings')
  );
}

/**
 * Reads the first screen's rows and the settings with IndexedDB alone, no Dexie (and, given `onEveryRow`, every
 * row after them, in the list's order, handed over as they arrive): a page starts it from a
 * script of its own at the top of its HTML (docs/PERFORMANCE.md, "Stop 20"), so the read runs while the
 * browser is still loading the page's larger scripts instead of after them. Answers undefined (the page then
 * reads through Dexie as before) when there is no database yet, when it is at another schema version than
 * this build's (an update mid-way: the rows may have another shape), or on any error. It never creates or
 * upgrades the database, and never holds it open: the connection closes after the one read, or at once when
 * the background asks for a new version.
 */
export function readEarly(
  factory: IDBFactory,
  name = DATABASE_NAME,
  onEveryRow?: (rows: OrderListRow[] | undefined) => void,
): Promise<EarlyRead | undefined> {
  let everyRowGiven = false;
  const giveEveryRow = (rows: OrderListRow[] | undefined) => {
    if (everyRowGiven) return;
    everyRowGiven = true;
    onEveryRow?.(rows);
  };
  return new Promise<EarlyRead | undefined>((resolve) => {
    // Nothing read: the page reads through Dexie (a first screen already given stays given).
    const answerNothing = () => {
      resolve(undefined);
      giveEveryRow(undefined);
    };
    let request: IDBOpenDBRequest;
    try {
      request = factory.open(name);
    } catch {
      return answerNothing();
    }
    // Only a database that does not exist yet needs upgrading when opened without a version: abandon it,
    // so this read creates nothing (the background creates it with its schema).
    request.onupgradeneeded = () => request.transaction?.abort();
    request.onerror = (event) => {
      // Expected after the abort above: not an error for the page's console.
      event.preventDefault();
      answerNothing();
    };
    request.onblocked = answerNothing;
    request.onsuccess = () => {
      const db = request.result;
      db.onversionchange = () => db.close();
      const fail = () => {
        db.close();
        answerNothing();
      };
      if (!isThisSchema(db)) return fail();
      try {
        const transaction = db.transaction(['orders', 'settings'], 'readonly');
        const orders = transaction.objectStore('orders');
        if (!orders.indexNames.contains('attention')) return fail();
        // Requests answer in the order they were made: the settings, the first screen, then how many rows there are.
        const settings = transaction.objectStore('settings').get('settings');
        // The attention index's first rows: what listOrderRows reads for a limit within one chunk.
        const rows = orders.index('attention').getAll(null, FIRST_ROWS);
        const count = onEveryRow ? orders.count() : undefined;
        // Closes once the transaction is done: nothing else is ever read on this connection.
        db.close();
        rows.onsuccess = () =>
          resolve({
            firstRows: (rows.result as OrderListRow[]).map(toListRow),
            settings: (settings.result as { value?: unknown } | undefined)?.value,
          });
        if (count)
          count.onsuccess = () => {
            if (count.result > EARLY_EVERY_ROW_LIMIT) return giveEveryRow(undefined);
            // Every row in the index's order: what listOrderRows reads in chunks (same order, ties by key).
            const every = orders.index('attention').getAll();
            every.onsuccess = () => giveEveryRow((every.result as OrderListRow[]).map(toListRow));
          };
        transaction.onerror = fail;
        transaction.onabort = fail;
      } catch {
        fail();
      }
    };
  });
}

/** Where the early script leaves its read for the page's main script (both run in the page's own realm). */
const EARLY_READ_KEY = '__buyerGuardEarlyRead';

interface EarlyReadHandle {
  promise: Promise<EarlyRead | undefined>;
  /** Set once the read has answered: a page that starts after it renders its first screen from it at once. */
  answered?: { value: EarlyRead | undefined };
  /** Every row, read after the first screen's (undefined when they could not be read). */
  everyRow: Promise<OrderListRow[] | undefined>;
}

function handle(): EarlyReadHandle | undefined {
  return (globalThis as Record<string, unknown>)[EARLY_READ_KEY] as EarlyReadHandle | undefined;
}

/**
 * Starts the early read (the page's early script calls it first thing). `everyRow`: also every row, for a page
 * that lists every order (the popup); a page that does not (the side panel) leaves them unread.
 */
export function startEarlyRead(factory: IDBFactory = indexedDB, { everyRow: wanted = true } = {}): void {
  if (handle()) return;
  let giveEveryRow: (rows: OrderListRow[] | undefined) => void = () => undefined;
  const everyRow = new Promise<OrderListRow[] | undefined>((resolve) => {
    giveEveryRow = resolve;
  });
  if (!wanted) giveEveryRow(undefined);
  const started: EarlyReadHandle = {
    promise: readEarly(factory, DATABASE_NAME, wanted ? giveEveryRow : undefined).catch(() => undefined),
    everyRow,
  };
  started.promise.then((value) => {
    started.answered = { value };
  });
  (globalThis as Record<string, unknown>)[EARLY_READ_KEY] = started;
}

/** The early read, if the page's early script started one. */
export function earlyRead(): Promise<EarlyRead | undefined> | undefined {
  return handle()?.promise;
}

/** Every row as the early read read them, if the page's early script started one. */
export function earlyEveryRow(): Promise<OrderListRow[] | undefined> | undefined {
  return handle()?.everyRow;
}

/** The early read's answer if it has answered already (`{ value: undefined }`: it answered with nothing). */
export function earlyReadAnswer(): { value: EarlyRead | undefined } | undefined {
  return handle()?.answered;
}

/** Forgets the early read (tests only: a page starts one for its life). */
export function forgetEarlyReadForTest(): void {
  delete (globalThis as Record<string, unknown>)[EARLY_READ_KEY];
}
