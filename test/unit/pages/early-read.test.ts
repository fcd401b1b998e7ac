// @vitest-environment node
import 'fake-indexeddb/auto';
import fc from 'fast-check';
import { afterEach, describe, expect, it } from 'vitest';
import { BuyerGuardDatabase } from '../../../lib/db/database';
import { NO_ATTENTION } from '../../../lib/db/order-row';
import { listOrderRows } from '../../../lib/db/queries';
import { languageChoiceFrom, readLanguageChoice } from '../../../lib/db/read-language-choice';
import type { OrderRow } from '../../../lib/db/records';
import {
  EARLY_EVERY_ROW_LIMIT,
  earlyEveryRow,
  earlyRead,
  earlyReadAnswer,
  FIRST_ROWS,
  forgetEarlyReadForTest,
  readEarly,
  startEarlyRead,
} from '../../../lib/pages/early-read';
import { freshDatabase } from '../background/test-data';
import { until } from '../components/until';
import { seededDatabase } from '../db/seeded-orders';

// The list pages read their first rows and the language with IndexedDB alone before Dexie has loaded
// (lib/pages/early-read.ts). What they read must be what the Dexie queries read, and reading must never
// create, hold open or misread a database.

const databases = async () => (await indexedDB.databases()).map((db) => db.name);

afterEach(() => forgetEarlyReadForTest());

describe('readEarly', () => {
  it('reads the rows listOrderRows reads for the first screen, with the stored settings', async () => {
    const db = await seededDatabase();
    await db.settings.put({ key: 'settings', value: { language: 'de', remindDaysBefore: 3 } } as never);
    const early = await readEarly(indexedDB, db.name);
    expect(early?.firstRows).toEqual(await listOrderRows(db, { limit: FIRST_ROWS }));
    expect(early?.firstRows.length).toBe(5);
    expect(languageChoiceFrom(early?.settings)).toBe('de');
    expect(languageChoiceFrom(early?.settings)).toBe(await readLanguageChoice(db));
    db.close();
  });

  it('reads the first screen as listOrderRows does, whatever the rows and their ties', async () => {
    // A few attention values, so runs of equal values (orders without a deadline share one) cross the limit.
    const attention = fc.constantFrom(1, 2, 3, NO_ATTENTION);
    await fc.assert(
      fc.asyncProperty(fc.array(attention, { maxLength: 45 }), async (values) => {
        const db = freshDatabase();
        await db.orders.bulkPut(
          values.map((value, i) => {
            const orderId = String(1_000_000 + ((i * 7919) % 1_000_003));
            return {
              ref: `aliexpress:${orderId}`,
              orderId,
              attention: value,
              itemCount: i % 3,
              storeKey: '',
              status: 'shipped',
              hasDispute: false,
              urgency: 'none',
              search: orderId,
            } as unknown as OrderRow;
          }),
        );
        let everyRow: unknown;
        const early = await readEarly(indexedDB, db.name, (rows) => {
          everyRow = rows;
        });
        expect(early?.firstRows).toEqual(await listOrderRows(db, { limit: FIRST_ROWS }));
        expect(early?.settings).toBeUndefined();
        await until(() => expect(everyRow).toEqual(expect.any(Array)));
        expect(everyRow).toEqual(await listOrderRows(db));
        db.close();
      }),
      { numRuns: 40 },
    );
  });

  it('answers nothing and creates no database when there is none yet', async () => {
    const name = `never-created-${Math.random()}`;
    const everyRow: unknown[] = [];
    expect(await readEarly(indexedDB, name, (rows) => everyRow.push(rows))).toBeUndefined();
    expect(everyRow).toEqual([undefined]);
    expect(await databases()).not.toContain(name);
  });

  it('leaves every row to Dexie when there are more than it reads at once', async () => {
    const db = freshDatabase();
    await db.orders.bulkPut(
      Array.from({ length: EARLY_EVERY_ROW_LIMIT + 1 }, (_, i) => {
        const orderId = String(2_000_000 + i);
        return { ref: `aliexpress:${orderId}`, orderId, attention: i } as unknown as OrderRow;
      }),
    );
    const everyRow: unknown[] = [];
    const early = await readEarly(indexedDB, db.name, (rows) => everyRow.push(rows));
    expect(early?.firstRows.length).toBe(FIRST_ROWS);
    await until(() => expect(everyRow).toEqual([undefined]));
    db.close();
  });

  it('answers nothing for a database at another schema version than this build', async () => {
    const older = new BuyerGuardDatabase(`older-${Math.random()}`, 2);
    await older.open();
    expect(await readEarly(indexedDB, older.name)).toBeUndefined();
    older.close();
  });

  it('closes its connection once it has read', async () => {
    const db = freshDatabase();
    await db.open();
    db.close();
    let opened: IDBDatabase | undefined;
    const watched = {
      open: (name: string) => {
        const request = indexedDB.open(name);
        request.addEventListener('success', () => {
          opened = request.result;
        });
        return request;
      },
    } as unknown as IDBFactory;
    expect(await readEarly(watched, db.name)).toEqual({ firstRows: [], settings: undefined });
    // A closed connection refuses new transactions.
    expect(() => opened?.transaction('orders')).toThrow(expect.objectContaining({ name: 'InvalidStateError' }));
  });

  it('lets the background upgrade the database while it reads: it closes when asked', async () => {
    const db = freshDatabase();
    await db.open();
    const stored = db.verno * 10;
    db.close();
    const reading = readEarly(indexedDB, db.name);
    const upgrade = indexedDB.open(db.name, stored + 1);
    let blocked = false;
    upgrade.onblocked = () => {
      blocked = true;
    };
    await new Promise((resolve, reject) => {
      upgrade.onsuccess = resolve;
      upgrade.onerror = reject;
    });
    expect(blocked).toBe(false);
    upgrade.result.close();
    // Read before the upgrade (this build's schema) or not at all (the next one): never a wrong answer.
    const answer = await reading;
    expect(answer === undefined || (answer.firstRows.length === 0 && answer.settings === undefined)).toBe(true);
  });

  it("reads a schema Dexie patched in place (its native version one above this build's)", async () => {
    const db = await seededDatabase();
    const patched = db.verno * 10 + 1;
    db.close();
    await new Promise((resolve, reject) => {
      const request = indexedDB.open(db.name, patched);
      request.onsuccess = () => resolve(request.result.close());
      request.onerror = reject;
    });
    expect((await readEarly(indexedDB, db.name))?.firstRows.length).toBe(5);
  });

  it('answers nothing when opening fails, and never throws', async () => {
    const failing = {
      open() {
        throw new Error('IndexedDB is not available here');
      },
    } as unknown as IDBFactory;
    expect(await readEarly(failing)).toBeUndefined();
  });
});

describe('startEarlyRead', () => {
  it('leaves one read for the page, and its answer once it has answered', async () => {
    expect(earlyRead()).toBeUndefined();
    const db = new BuyerGuardDatabase();
    await db.settings.put({ key: 'settings', value: { language: 'fr' } } as never);
    db.close();
    startEarlyRead(indexedDB);
    const first = earlyRead();
    startEarlyRead(indexedDB);
    expect(earlyRead()).toBe(first);
    expect(earlyReadAnswer()).toBeUndefined();
    const value = await first;
    // The default database, the one the background writes (lib/db/schema.ts DATABASE_NAME).
    expect(languageChoiceFrom(value?.settings)).toBe('fr');
    expect(earlyReadAnswer()).toEqual({ value });
    expect(await earlyEveryRow()).toEqual([]);
  });

  it('leaves every row unread for a page that does not list them all', async () => {
    const db = new BuyerGuardDatabase();
    await db.orders.put({ ref: 'aliexpress:1000000021', orderId: '1000000021', attention: 1 } as unknown as OrderRow);
    db.close();
    startEarlyRead(indexedDB, { everyRow: false });
    expect((await earlyRead())?.firstRows.map((row) => row.orderId)).toEqual(['1000000021']);
    expect(await earlyEveryRow()).toBeUndefined();
    await db.open();
    await db.orders.clear();
    db.close();
  });
});
