// @vitest-environment node
// Node's own Blob survives fake-indexeddb's structured clone (the evidence row has one).
import Dexie, { type Transaction } from 'dexie';
import { describe, expect, it } from 'vitest';
import { readBackupFile } from '../../../lib/background/import-backup';
import { refreshDue, refreshOrders } from '../../../lib/background/ingest';
import { fireDueReminders } from '../../../lib/background/reminders';
import { BuyerGuardDatabase } from '../../../lib/db/database';
import { exportBackupJson } from '../../../lib/db/export-backup';
import { listOrders } from '../../../lib/db/queries';
import { readSettings } from '../../../lib/db/read-settings';
import type { OrderRef } from '../../../lib/db/records';
import { CURRENT_VERSION, SCHEMA_VERSIONS, type SchemaVersion } from '../../../lib/db/schema';
import { UPGRADES } from '../../../lib/db/upgrades';
import { deadlineKindSchema, deadlineSchema } from '../../../lib/model/deadline';
import { evidenceMetaSchema } from '../../../lib/model/evidence';
import { journalEntrySchema } from '../../../lib/model/journal';
import { orderSchema } from '../../../lib/model/order';
import { problemSchema } from '../../../lib/model/problem';
import { settingsSchema } from '../../../lib/model/settings';
import { context, DAY, NOW, protectedOrder } from '../background/test-data';
import { SCHEMA_FIXTURES } from './schema-fixtures';
import type { SchemaFixture } from './schema-fixtures/schema-fixture';

// Every earlier schema version, opened as it was (its own stores and indexes, checked in the raw
// IndexedDB), filled with the rows that version wrote (schema-fixtures/vN.ts), then opened by the
// current code: the upgrade must keep every row, leave the stores and indexes the history
// declares, and give data the current code reads, derives from and exports.

interface IndexShape {
  keyPath: string | string[];
  multiEntry: boolean;
  unique: boolean;
}
interface StoreShape {
  keyPath: string | string[] | null;
  autoIncrement: boolean;
  indexes: Record<string, IndexShape>;
}

/** The stores a history declares at `upTo` (later declarations replace earlier ones; null deletes). */
function storesAt(history: readonly SchemaVersion[], upTo: number): Record<string, string> {
  const stores: Record<string, string> = {};
  for (const { version, stores: declared } of history) {
    if (version > upTo) break;
    for (const [name, spec] of Object.entries(declared)) {
      if (spec === null) delete stores[name];
      else stores[name] = spec;
    }
  }
  return stores;
}

/** Dexie's store syntax as IndexedDB ends up with it: `++id`, `&unique`, `*multi`, `[a+b]`. */
function keyPathOf(part: string): string | string[] {
  return part.startsWith('[') ? part.slice(1, -1).split('+') : part;
}
function shapeOf(spec: string): StoreShape {
  const [primary = '', ...indexes] = spec.split(',').map((part) => part.trim());
  const bare = primary.replace(/^(\+\+|&)/, '');
  return {
    keyPath: bare === '' ? null : keyPathOf(bare),
    autoIncrement: primary.startsWith('++'),
    indexes: Object.fromEntries(
      indexes.map((index) => {
        const name = index.replace(/^[&*]/, '');
        return [name, { keyPath: keyPathOf(name), multiEntry: index.startsWith('*'), unique: index.startsWith('&') }];
      }),
    ),
  };
}
function expectedShape(history: readonly SchemaVersion[], upTo: number): Record<string, StoreShape> {
  return Object.fromEntries(Object.entries(storesAt(history, upTo)).map(([name, spec]) => [name, shapeOf(spec)]));
}

/** What IndexedDB itself holds under `name`: its version and every store with its indexes. */
function rawShape(name: string): Promise<{ version: number; stores: Record<string, StoreShape> }> {
  return new Promise((resolve, reject) => {
    const open = indexedDB.open(name);
    open.onerror = () => reject(open.error);
    open.onsuccess = () => {
      const db = open.result;
      const names = [...db.objectStoreNames];
      const stores: Record<string, StoreShape> = {};
      if (names.length > 0) {
        const tx = db.transaction(names);
        for (const storeName of names) {
          const store = tx.objectStore(storeName);
          const indexes: Record<string, IndexShape> = {};
          for (const indexName of [...store.indexNames]) {
            const index = store.index(indexName);
            indexes[indexName] = { keyPath: index.keyPath, multiEntry: index.multiEntry, unique: index.unique };
          }
          stores[storeName] = { keyPath: store.keyPath, autoIncrement: store.autoIncrement, indexes };
        }
      }
      db.close();
      resolve({ version: db.version, stores });
    };
  });
}

function primaryKeyOf(row: unknown, keyPath: string | string[] | null): unknown {
  const record = row as Record<string, unknown>;
  if (keyPath === null) throw new Error('fixture rows need inbound keys');
  return Array.isArray(keyPath) ? keyPath.map((k) => record[k]) : record[keyPath];
}

async function bytesOf(blob: unknown): Promise<number[]> {
  expect(blob).toBeInstanceOf(Blob);
  return [...new Uint8Array(await (blob as Blob).arrayBuffer())];
}

/** A row with its Blobs replaced by their bytes and types, so two rows compare by content. */
async function comparable(row: unknown): Promise<unknown> {
  const entries = await Promise.all(
    Object.entries(row as Record<string, unknown>).map(async ([key, value]) => [
      key,
      value instanceof Blob ? { blob: value.type, bytes: await bytesOf(value) } : value,
    ]),
  );
  return Object.fromEntries(entries);
}

let dbCounter = 0;
const freshName = (label: string) => `migration-${label}-${++dbCounter}-${Math.random()}`;

/** Writes a fixture into a database opened at the fixture's version. */
async function fill(db: Dexie, fixture: SchemaFixture): Promise<void> {
  await db.transaction('rw', Object.keys(fixture.rows), async () => {
    for (const [table, rows] of Object.entries(fixture.rows)) await db.table(table).bulkAdd([...rows]);
  });
}

describe('schema history', () => {
  it('numbers versions 1, 2, … without gaps and documents each', () => {
    expect(SCHEMA_VERSIONS.map((v) => v.version)).toEqual(SCHEMA_VERSIONS.map((_, i) => i + 1));
    for (const v of SCHEMA_VERSIONS) expect(v.note.length).toBeGreaterThan(5);
    expect(CURRENT_VERSION).toBe(SCHEMA_VERSIONS.length);
    for (const version of Object.keys(UPGRADES).map(Number)) expect(version).toBeLessThanOrEqual(CURRENT_VERSION);
  });

  it('has a fixture for every version, filling each of that version’s stores', () => {
    expect(SCHEMA_FIXTURES.map((f) => f.version)).toEqual(SCHEMA_VERSIONS.map((v) => v.version));
    for (const fixture of SCHEMA_FIXTURES) {
      const stores = expectedShape(SCHEMA_VERSIONS, fixture.version);
      expect(Object.keys(fixture.rows).sort(), `stores of version ${fixture.version}`).toEqual(
        Object.keys(stores).sort(),
      );
      for (const [table, rows] of Object.entries(fixture.rows)) expect(rows.length, table).toBeGreaterThan(0);
    }
  });

  it.each(SCHEMA_FIXTURES.map((f) => [f.version, f] as const))(
    'opens a version-%i database as it was, and upgrades it with every row kept and usable',
    async (from, fixture) => {
      const name = freshName(`v${from}`);
      const old = new BuyerGuardDatabase(name, from);
      await old.open();
      // Dexie keeps version n as IndexedDB version 10n.
      expect(old.verno).toBe(from);
      old.close();
      expect(await rawShape(name)).toEqual({ version: from * 10, stores: expectedShape(SCHEMA_VERSIONS, from) });
      await old.open();
      await fill(old, fixture);
      old.close();

      const current = new BuyerGuardDatabase(name);
      await current.open();
      expect(current.verno).toBe(CURRENT_VERSION);
      const currentShape = expectedShape(SCHEMA_VERSIONS, CURRENT_VERSION);
      current.close();
      expect(await rawShape(name)).toEqual({ version: CURRENT_VERSION * 10, stores: currentShape });
      await current.open();

      // Every row of a store that still exists is still there, under the same key.
      const reshaped = Object.keys(UPGRADES).some((v) => Number(v) > from);
      for (const [table, rows] of Object.entries(fixture.rows)) {
        const store = currentShape[table];
        if (!store) continue;
        const keys = rows.map((row) => primaryKeyOf(row, store.keyPath));
        expect(await current.table(table).toCollection().primaryKeys(), table).toEqual(
          expect.arrayContaining(keys as unknown[]),
        );
        expect(await current.table(table).count(), table).toBe(rows.length);
        // No upgrade since this version reshapes data: the rows are exactly as written.
        if (!reshaped) {
          for (const [i, row] of rows.entries()) {
            const stored = await current.table(table).get(keys[i] as never);
            expect(await comparable(stored), `${table} row ${i}`).toEqual(await comparable(row));
          }
        }
      }
      await expectReadableByTodaysCode(current);
      current.close();
      await Dexie.delete(name);
    },
  );
});

/** The upgraded rows parse with today's schemas, and today's queries, derivation and export run on them. */
async function expectReadableByTodaysCode(db: BuyerGuardDatabase): Promise<void> {
  for (const row of await db.orders.toArray()) {
    orderSchema().parse(row.order);
    for (const deadline of row.deadlines) deadlineSchema().parse(deadline);
    for (const reminder of row.reminders) deadlineKindSchema().parse(reminder.kind);
    // The list's own fields are there for the popup to show as they are.
    expect(typeof row.search).toBe('string');
    expect(row.itemCount).toBe(Math.max(row.order.items?.length ?? 0, row.order.itemCount ?? 0));
  }
  for (const { ref: _ref, ...entry } of await db.journal.toArray()) journalEntrySchema().parse(entry);
  for (const row of await db.cases.toArray()) problemSchema().parse(row.problem);
  for (const { ref: _ref, blob, ...meta } of await db.evidence.toArray()) {
    evidenceMetaSchema().parse(meta);
    expect(blob).toBeInstanceOf(Blob);
  }
  for (const row of await db.settings.toArray()) if (row.key === 'settings') settingsSchema().parse(row.value);

  const orders = await listOrders(db);
  expect(orders.length).toBe(await db.orders.count());
  const settings = await readSettings(db);
  await refreshOrders(
    db,
    orders.map((o) => o.ref as OrderRef),
    context(undefined, settings),
  );
  const exported = await readBackupFile(new TextEncoder().encode(await exportBackupJson(db, Date.now(), '0.0.0')));
  expect(exported).toMatchObject({ ok: true });
}

describe('version 2: one deadline model', () => {
  // Rows a version-1 background wrote for the cases the upgrade reshapes (the frozen v1 fixture has none):
  // an order with both an auto-confirm and a protection-end deadline, one with auto-confirm only (a
  // fired reminder on it), old "passed" labels.
  const A = 'aliexpress:8100000000000101';
  const B = 'aliexpress:8100000000000102';
  const deadline = (ref: string, kind: string, label: string) => ({
    key: `${ref}:${kind}`,
    ref,
    orderId: ref.split(':')[1],
    kind,
    dueAt: 1_796_000_000_000,
    source: 'page',
    ruleId: 'page-value-wins',
    urgency: 'soon',
    label,
  });
  const order = (ref: string, headlineKind: string) => ({
    ref,
    marketplace: 'aliexpress',
    orderId: ref.split(':')[1],
    order: { marketplace: 'aliexpress', orderId: ref.split(':')[1], status: 'shipped' },
    firstSeenAt: 1,
    lastSeenAt: 1,
    updatedAt: 1,
    status: 'shipped',
    storeKey: '',
    hasDispute: 0,
    nextDueAt: 1_796_000_000_000,
    urgency: 'soon',
    attention: 2e13 + 1_796_000_000_000,
    headline: { kind: headlineKind, label: 'Order confirms automatically', dueAt: 1_796_000_000_000, source: 'page' },
    words: [],
    deadlinesStamp: '[…]',
  });

  it('merges auto-confirm into the protection end, keeps its reminders, unifies names and marks orders for re-derivation', async () => {
    const name = freshName('v2-upgrade');
    const old = new BuyerGuardDatabase(name, 1);
    await old.open();
    await fill(old, {
      version: 1,
      rows: {
        orders: [order(A, 'auto-confirm'), order(B, 'auto-confirm')],
        deadlines: [
          deadline(A, 'buyer-protection-ends', 'Buyer protection ends'),
          deadline(A, 'auto-confirm', 'Order confirms automatically'),
          deadline(B, 'auto-confirm', 'Order confirmed automatically'),
          deadline(B, 'dispute-window-closes', 'Dispute window closed'),
        ],
        reminders: [
          {
            key: `${A}:auto-confirm:86400000`,
            ref: A,
            deadlineKey: `${A}:auto-confirm`,
            dueAt: 1,
            leadMs: 86_400_000,
            fireAt: 5,
          },
          {
            key: `${B}:auto-confirm:86400000`,
            ref: B,
            deadlineKey: `${B}:auto-confirm`,
            dueAt: 1,
            leadMs: 86_400_000,
            fireAt: 9,
            firedAt: 3,
          },
        ],
      },
    });
    old.close();

    const db = new BuyerGuardDatabase(name, 2);
    await db.open();
    const rows = await db.table('deadlines').orderBy('key').toArray();
    expect(rows.map((d) => [d.key, d.kind, d.label])).toEqual([
      [`${A}:buyer-protection-ends`, 'buyer-protection-ends', 'Buyer protection ends'],
      [`${B}:buyer-protection-ends`, 'buyer-protection-ends', 'Buyer protection ends'],
      [`${B}:dispute-window-closes`, 'dispute-window-closes', 'Last day to open a dispute'],
    ]);
    // A's auto-confirm reminder goes with its deadline; B's (fired) follows the deadline it became.
    expect(await db.table('reminders').toArray()).toEqual([
      {
        key: `${B}:buyer-protection-ends:86400000`,
        ref: B,
        deadlineKey: `${B}:buyer-protection-ends`,
        dueAt: 1,
        leadMs: 86_400_000,
        fireAt: 9,
        firedAt: 3,
      },
    ]);
    for (const row of await db.table('orders').toArray()) {
      expect(row.headline).toMatchObject({ kind: 'buyer-protection-ends', label: 'Buyer protection ends' });
      expect(row.deadlinesStamp).toBeUndefined();
      // Due now: the first sweep after the update re-derives the order in the new model.
      expect(row.nextDueAt).toBe(0);
    }
    db.close();
    await Dexie.delete(name);
  });
});

describe('version 3: one row per order', () => {
  // Rows a version-2 background wrote for an order with a page countdown: both reminders of its
  // protection end planned, the 3-day one fired, the 1-day one pending; and one with a snooze.
  const A = 'aliexpress:8100000000000201';
  const B = 'aliexpress:8100000000000202';
  const ENDS = NOW + 2 * DAY;
  const v2Order = (ref: string, endsAt: number) => ({
    ref,
    marketplace: 'aliexpress',
    orderId: ref.split(':')[1],
    order: protectedOrder(ref.split(':')[1] as string, endsAt, { store: { name: 'Gadget Store' } }),
    firstSeenAt: NOW - 10 * DAY,
    lastSeenAt: NOW - DAY,
    updatedAt: NOW - DAY,
    status: 'shipped',
    storeKey: 'gadget store',
    hasDispute: 0,
    nextDueAt: endsAt,
    urgency: 'urgent',
    attention: 1e13 + endsAt,
    headline: { kind: 'buyer-protection-ends', label: 'Buyer protection ends', dueAt: endsAt, source: 'page' },
    words: [ref.split(':')[1], 'gadget', 'store'],
    deadlinesStamp: '[…]',
  });
  const v2Deadline = (ref: string, dueAt: number) => ({
    orderId: ref.split(':')[1],
    kind: 'buyer-protection-ends',
    dueAt,
    source: 'page',
    ruleId: 'test',
    urgency: 'urgent',
    label: 'Buyer protection ends',
    key: `${ref}:buyer-protection-ends`,
    ref,
  });
  const v2Reminder = (ref: string, dueAt: number, leadMs: number, extra: object) => ({
    key: `${ref}:buyer-protection-ends:${leadMs}`,
    ref,
    deadlineKey: `${ref}:buyer-protection-ends`,
    dueAt,
    leadMs,
    fireAt: dueAt - leadMs,
    ...extra,
  });

  async function upgradedFromV2(): Promise<{ name: string; db: BuyerGuardDatabase }> {
    const name = freshName('v3-upgrade');
    const old = new BuyerGuardDatabase(name, 2);
    await old.open();
    await fill(old, SCHEMA_FIXTURES[1] as SchemaFixture);
    await fill(old, {
      version: 2,
      rows: {
        orders: [v2Order(A, ENDS), v2Order(B, NOW + 10 * DAY)],
        deadlines: [v2Deadline(A, ENDS), v2Deadline(B, NOW + 10 * DAY)],
        reminders: [
          // Fired as version 2 marked it: out of the fireAt index's way.
          v2Reminder(A, ENDS, 3 * DAY, { fireAt: Number.MAX_SAFE_INTEGER, firedAt: NOW - DAY }),
          v2Reminder(A, ENDS, DAY, {}),
          v2Reminder(B, NOW + 10 * DAY, 3 * DAY, { fireAt: NOW + 8 * DAY, snoozedUntil: NOW + 8 * DAY }),
          v2Reminder(B, NOW + 10 * DAY, DAY, {}),
        ],
      },
    });
    old.close();
    const db = new BuyerGuardDatabase(name);
    await db.open();
    return { name, db };
  }

  it('moves every deadline and reminder into its order’s row, fired marks and snoozes kept', async () => {
    const { name, db } = await upgradedFromV2();
    const v2 = SCHEMA_FIXTURES[1] as SchemaFixture;
    const [fixtureOrder] = (v2.rows.orders ?? []) as { ref: OrderRef }[];
    const fixtureRef = fixtureOrder?.ref as OrderRef;
    const fixtureRow = await db.orders.get(fixtureRef);
    // The fixture's deadlines, as they were, without their keys; its pending reminder, pending.
    expect(fixtureRow?.deadlines).toEqual(
      (v2.rows.deadlines as { key: string; ref: string }[]).map(({ key: _key, ref: _ref, ...deadline }) => deadline),
    );
    expect(fixtureRow?.reminders).toEqual([
      { kind: 'dispute-window-closes', leadMs: 3 * DAY, dueAt: 1_797_116_399_999, fireAt: 1_797_116_399_999 - 3 * DAY },
    ]);
    expect(fixtureRow?.nextReminderAt).toBe(1_797_116_399_999 - 3 * DAY);
    expect(fixtureRow).toMatchObject({ title: 'Ceramic mugs, set of 4', itemCount: 1, store: 'Mug House' });

    const a = await db.orders.get(A as OrderRef);
    expect(a?.deadlines.map((d) => [d.kind, d.dueAt])).toEqual([['buyer-protection-ends', ENDS]]);
    expect(a?.reminders).toEqual([
      {
        kind: 'buyer-protection-ends',
        leadMs: 3 * DAY,
        dueAt: ENDS,
        fireAt: Number.MAX_SAFE_INTEGER,
        firedAt: NOW - DAY,
      },
      { kind: 'buyer-protection-ends', leadMs: DAY, dueAt: ENDS, fireAt: ENDS - DAY },
    ]);
    // Only what is pending sets the alarm: the fired 3-day reminder does not.
    expect(a?.nextReminderAt).toBe(ENDS - DAY);
    const b = await db.orders.get(B as OrderRef);
    expect(b?.reminders[0]).toMatchObject({ leadMs: 3 * DAY, fireAt: NOW + 8 * DAY, snoozedUntil: NOW + 8 * DAY });
    expect(b?.nextReminderAt).toBe(NOW + 8 * DAY);
    for (const row of [fixtureRow, a, b]) {
      expect(row).not.toHaveProperty('words');
      expect(row).not.toHaveProperty('deadlinesStamp');
      // Due for re-derivation at the first sweep.
      expect(row?.staleAt).toBe(0);
      expect(row?.derivedFrom).toBeUndefined();
    }
    db.close();
    await Dexie.delete(name);
  });

  it('fires nothing twice after the update: the first sweep keeps the fired mark, the next alarm finds the rest', async () => {
    const { name, db } = await upgradedFromV2();
    expect(await db.orders.orderBy('nextReminderAt').limit(1).keys()).toEqual([ENDS - DAY]);
    // The first sweep after the update derives every order again: the fired reminder stays fired.
    await refreshDue(db, context());
    const a = await db.orders.get(A as OrderRef);
    expect(a?.reminders.find((r) => r.leadMs === 3 * DAY)?.firedAt).toBe(NOW - DAY);
    expect(a?.derivedFrom).toBeDefined();
    // At the 1-day lead the one pending reminder of A is due, and only it.
    expect(await fireDueReminders(db, ENDS - DAY)).toBe(1);
    expect(await fireDueReminders(db, ENDS - DAY + 1000)).toBe(0);
    const reminders = (await db.orders.get(A as OrderRef))?.reminders ?? [];
    const fired = reminders.map((r) => [r.leadMs, r.firedAt]).sort((x, y) => Number(x[0]) - Number(y[0]));
    expect(fired).toEqual([
      [DAY, ENDS - DAY],
      [3 * DAY, NOW - DAY],
    ]);
    db.close();
    await Dexie.delete(name);
  });
});

describe('the migration check itself', () => {
  // A version 2 that exists only here: an index added, a store dropped, a store added, and an
  // upgrade that reshapes rows. It shows the checks above see a schema the history does not
  // declare, and that an old database really goes through the upgrade.
  const v1Orders = SCHEMA_VERSIONS[0]?.stores.orders as string;
  const history: SchemaVersion[] = [
    ...SCHEMA_VERSIONS,
    {
      version: CURRENT_VERSION + 1,
      note: 'Test only: orders by marketplace, tags; uploads moved elsewhere.',
      stores: { orders: `${v1Orders}, marketplace`, uploads: null, tags: '&name, *refs' },
    },
  ];
  const upgrade = async (tx: Transaction) => {
    await tx
      .table('orders')
      .toCollection()
      .modify((row: { storeKey: string }) => {
        row.storeKey = row.storeKey.toUpperCase();
      });
  };
  function openHistory(name: string, upTo: number): Dexie {
    const db = new Dexie(name);
    for (const { version, stores } of history) {
      if (version > upTo) break;
      const declared = db.version(version).stores(stores);
      const reshape = version === CURRENT_VERSION + 1 ? upgrade : UPGRADES[version];
      if (reshape) declared.upgrade(reshape);
    }
    return db;
  }

  it('sees the stores and indexes a version really has, and runs the upgrade on old data', async () => {
    const latest = CURRENT_VERSION + 1;
    const name = freshName('self-test');
    const old = openHistory(name, CURRENT_VERSION);
    await old.open();
    await fill(old, SCHEMA_FIXTURES.at(-1) as SchemaFixture);
    old.close();
    const before = await rawShape(name);
    expect(before.stores).toEqual(expectedShape(history, CURRENT_VERSION));
    expect(before.stores).not.toEqual(expectedShape(history, latest));

    const upgraded = openHistory(name, latest);
    await upgraded.open();
    upgraded.close();
    const after = await rawShape(name);
    expect(after.version).toBe(latest * 10);
    expect(after.stores).toEqual(expectedShape(history, latest));
    expect(after.stores.orders?.indexes.marketplace).toEqual({
      keyPath: 'marketplace',
      multiEntry: false,
      unique: false,
    });
    expect(after.stores.tags).toEqual({
      keyPath: 'name',
      autoIncrement: false,
      indexes: { refs: { keyPath: 'refs', multiEntry: true, unique: false } },
    });
    expect(after.stores.uploads).toBeUndefined();
    await upgraded.open();
    const written = (SCHEMA_FIXTURES.at(-1) as SchemaFixture).rows.orders as { storeKey: string }[];
    expect((await upgraded.table('orders').toArray()).map((o) => o.storeKey).sort()).toEqual(
      written.map((o) => o.storeKey.toUpperCase()).sort(),
    );
    upgraded.close();
    await Dexie.delete(name);
  });
});
