// @vitest-environment node
import type { DBCore, DBCoreMutateRequest, Middleware } from 'dexie';
import { strToU8 } from 'fflate';
import { describe, expect, it, vi } from 'vitest';
import { fakeBrowser } from 'wxt/testing/fake-browser';
import { createBackground } from '../../../lib/background/service';
import type { BuyerGuardDatabase } from '../../../lib/db/database';
import { exportBackupJson } from '../../../lib/db/export-backup';
import { bytesToBase64 } from '../../../lib/messaging/chunks';
import { dispatchMessage } from '../../../lib/messaging/dispatch';
import { type MessageType, PROTOCOL } from '../../../lib/messaging/protocol';
import { DAY, freshDatabase, NOW, order, protectedOrder, reading, storedDeadlines, tableDeriver } from './test-data';

// Faults the background must survive without losing or hiding anything: the disk full (IndexedDB's
// QuotaExceededError) and the worker stopped part-way through a message (simulated by a write that
// fails mid-transaction: the transaction rolls back, the handler never answers).

const self = { id: 'ext-id', baseUrl: 'chrome-extension://ext-id/' };
const extensionPage = { id: 'ext-id', url: 'chrome-extension://ext-id/options.html' };
const contentScript = {
  id: 'ext-id',
  url: 'https://www.aliexpress.com/p/order/index.html',
  tab: { id: 1 },
  frameId: 0,
};

/** Dexie middleware that makes every write to `tables` fail with `error()` while `failing` is on. */
function writeFaults(db: BuyerGuardDatabase) {
  const state = { failing: false, tables: new Set<string>(), error: () => quotaError() as unknown, writes: 0 };
  const middleware: Middleware<DBCore> = {
    stack: 'dbcore',
    name: 'write-faults',
    create: (down) => ({
      ...down,
      table: (name) => {
        const table = down.table(name);
        return {
          ...table,
          mutate: (request: DBCoreMutateRequest) => {
            state.writes++;
            if (state.failing && (state.tables.size === 0 || state.tables.has(name))) {
              return Promise.reject(state.error());
            }
            return table.mutate(request);
          },
        };
      },
    }),
  };
  db.use(middleware);
  return state;
}

function quotaError(): DOMException {
  return new DOMException('The current transaction exceeded its quota limitations.', 'QuotaExceededError');
}

function setup() {
  const db = freshDatabase();
  const faults = writeFaults(db);
  let clock = NOW;
  const background = createBackground({ db, now: () => clock, timeZone: () => 'UTC', deriveDeadlines: tableDeriver });
  const send = (type: MessageType, payload: unknown, sender: typeof extensionPage = extensionPage) =>
    dispatchMessage({ protocol: PROTOCOL, type, payload }, sender, self, background.handlers);
  return { db, faults, background, send, advance: (ms: number) => (clock += ms) };
}

async function uploadText(send: ReturnType<typeof setup>['send'], text: string): Promise<string> {
  const uploadId = crypto.randomUUID();
  const reply = await send('uploadChunk', { uploadId, index: 0, total: 1, data: bytesToBase64(strToU8(text)) });
  expect(reply).toMatchObject({ ok: true });
  return uploadId;
}

/** Everything stored, table by table (what "intact" is checked against). */
async function snapshot(db: BuyerGuardDatabase) {
  const tables = ['orders', 'history', 'cases', 'journal', 'settings'] as const;
  return Object.fromEntries(await Promise.all(tables.map(async (t) => [t, await db.table(t).toArray()] as const)));
}

async function seeded() {
  const env = setup();
  const reply = await env.send(
    'pageReading',
    reading([protectedOrder('1000000001', NOW + 4 * DAY), order('1000000002', { status: 'completed' })]),
    contentScript,
  );
  expect(reply).toMatchObject({ ok: true, data: { created: 2 } });
  return env;
}

describe('a full disk (QuotaExceededError)', () => {
  const writes: [string, (env: ReturnType<typeof setup>) => Promise<unknown>][] = [
    [
      'a page reading with new orders',
      ({ send }) => send('pageReading', reading([protectedOrder('1000000003', NOW + 2 * DAY)]), contentScript),
    ],
    [
      'a page reading that changes a stored order',
      ({ send }) =>
        send('pageReading', reading([protectedOrder('1000000001', NOW + 9 * DAY, { statusText: 'x' })]), contentScript),
    ],
    [
      'a journal entry',
      ({ send }) => send('addJournalEntry', { orderId: '1000000001', kind: 'contacted-seller', text: 'Where is it?' }),
    ],
    ['new lead times', ({ send }) => send('updateSettings', { leadTimesMs: [DAY] })],
  ];

  it.each(writes)('answers %s with storage-full and keeps what was stored before', async (_name, write) => {
    const env = await seeded();
    const before = await snapshot(env.db);
    env.faults.failing = true;
    const reply = await write(env);
    expect(reply).toMatchObject({
      ok: false,
      error: { code: 'storage-full', message: expect.stringMatching(/no more room/) },
    });
    env.faults.failing = false;
    expect(await snapshot(env.db)).toEqual(before);
  });

  it('is reported by getStatus until a later write succeeds', async () => {
    const env = await seeded();
    expect(await env.send('getStatus', {})).toMatchObject({ ok: true, data: { storageProblem: null } });

    env.faults.failing = true;
    env.advance(1000);
    await env.send('pageReading', reading([order('1000000003')]), contentScript);
    const status = await env.send('getStatus', {});
    expect(status).toMatchObject({
      ok: true,
      data: { storageProblem: { kind: 'storage-full', at: NOW + 1000, during: 'pageReading' } },
    });
    // Reads succeed on a full disk but prove nothing about room to write.
    expect(await env.send('getStatus', {})).toEqual(status);

    env.faults.failing = false;
    expect(await env.send('pageReading', reading([order('1000000003')]), contentScript)).toMatchObject({ ok: true });
    expect(await env.send('getStatus', {})).toMatchObject({ ok: true, data: { storageProblem: null } });
    expect(await env.db.orders.count()).toBe(3);
  });

  it('is recorded when the background’s own work fails: the start-up sweep and the reminder alarm', async () => {
    const env = await seeded();
    env.faults.failing = true;
    env.advance(DAY);
    await expect(env.background.sweep()).rejects.toMatchObject({ name: 'QuotaExceededError' });
    expect(await env.send('getStatus', {})).toMatchObject({ data: { storageProblem: { during: 'sweep' } } });

    env.faults.failing = false;
    await env.send('updateSettings', {});
    expect(await env.send('getStatus', {})).toMatchObject({ data: { storageProblem: null } });

    env.faults.failing = true;
    // Marking the reminder fired writes its order's row.
    env.faults.tables = new Set(['orders']);
    env.advance(2 * DAY);
    await expect(env.background.onAlarm({ name: 'next-reminder' })).rejects.toMatchObject({
      name: 'QuotaExceededError',
    });
    expect(await env.send('getStatus', {})).toMatchObject({ data: { storageProblem: { during: 'alarm' } } });
  });

  it('is recognised when Dexie wraps it (a commit aborted by the quota)', async () => {
    const env = await seeded();
    env.faults.failing = true;
    env.faults.error = () =>
      Object.assign(new Error('Transaction aborted'), { name: 'AbortError', inner: quotaError() });
    const reply = await env.send('addJournalEntry', { orderId: '1000000001', kind: 'contacted-seller', text: 'x' });
    expect(reply).toMatchObject({ ok: false, error: { code: 'storage-full' } });
  });

  it('an import that does not fit changes nothing, frees its upload, and says so', async () => {
    const env = await seeded();
    const source = setup();
    await source.send(
      'pageReading',
      reading(Array.from({ length: 30 }, (_, i) => protectedOrder(String(2000000000 + i), NOW + (i + 1) * DAY))),
      contentScript,
    );
    const uploadId = await uploadText(env.send, await exportBackupJson(source.db, NOW, '0.1.0'));
    const before = await snapshot(env.db);
    env.faults.failing = true;
    env.faults.tables = new Set(['orders']);
    const reply = await env.send('importBackup', { uploadId, mode: 'replace' });
    expect(reply).toMatchObject({ ok: false, error: { code: 'storage-full' } });
    env.faults.failing = false;
    expect(await snapshot(env.db)).toEqual(before);
    expect(await env.db.uploads.count()).toBe(0);
  });
});

describe('the worker stopped part-way through a message', () => {
  // In-process, a stopped worker looks like a write failing mid-transaction with the handler
  // going no further; test/e2e/faults-worker.spec.ts stops the real worker.
  it('an import cut off mid-transaction applied nothing, and the same message sent again applies it', async () => {
    const env = await seeded();
    const source = setup();
    await source.send(
      'pageReading',
      reading(Array.from({ length: 40 }, (_, i) => protectedOrder(String(3000000000 + i), NOW + (i + 1) * DAY))),
      contentScript,
    );
    const uploadId = await uploadText(env.send, await exportBackupJson(source.db, NOW, '0.1.0'));
    const before = await snapshot(env.db);

    // The import's transaction fails while writing: it never commits.
    env.faults.failing = true;
    env.faults.tables = new Set(['orders']);
    env.faults.error = () => new Error('service worker stopped');
    const cut = await env.send('importBackup', { uploadId, mode: 'merge' });
    expect(cut).toMatchObject({ ok: false, error: { code: 'handler-failed' } });
    env.faults.failing = false;
    expect(await snapshot(env.db)).toEqual(before);

    // The upload is still staged, so the message sent again (a lost reply's retry) applies it.
    const retried = await env.send('importBackup', { uploadId, mode: 'merge' });
    expect(retried).toMatchObject({ ok: true, data: { ok: true, orders: 40 } });
    expect(await env.db.orders.count()).toBe(42);
    expect(await env.db.uploads.count()).toBe(0);
    // And once more (the reply of the retry lost too): nothing is added twice.
    const deadlines = (await storedDeadlines(env.db)).length;
    expect(await env.send('importBackup', { uploadId, mode: 'merge' })).toMatchObject({
      ok: true,
      data: { ok: false, error: expect.stringMatching(/Nothing was uploaded/) },
    });
    expect(await env.db.orders.count()).toBe(42);
    expect(await storedDeadlines(env.db)).toHaveLength(deadlines);
  });

  it('a reading stored just before the worker stopped still gets its alarm when it is delivered again', async () => {
    const env = setup();
    const page = reading([protectedOrder('1000000001', NOW + 10 * DAY)]);
    // The worker stops after the reading's transaction committed, before its alarm was set.
    const create = vi.spyOn(fakeBrowser.alarms, 'create').mockRejectedValueOnce(new Error('service worker stopped'));
    expect(await env.send('pageReading', page, contentScript)).toMatchObject({ ok: false });
    expect(await env.db.orders.count()).toBe(1);
    expect(await fakeBrowser.alarms.get('next-reminder')).toBeUndefined();

    expect(await env.send('pageReading', page, contentScript)).toMatchObject({ ok: true, data: { unchanged: 1 } });
    expect(await fakeBrowser.alarms.get('next-reminder')).toMatchObject({ scheduledTime: NOW + 7 * DAY });
    create.mockRestore();
  });

  it('two start-up events at once run one sweep: a reminder due while closed is notified once', async () => {
    const env = setup();
    await env.send('pageReading', reading([protectedOrder('1000000001', NOW + 2 * DAY)]), contentScript);
    const notified = () => Object.keys(fakeBrowser.notifications.getAllCreateOptions());
    // The browser was closed before the reminder's alarm rang: nothing notified yet.
    expect(notified()).toEqual([]);
    await Promise.all([env.background.sweep(), env.background.sweep()]);
    expect(notified()).toHaveLength(1);
    // A later start sweeps again (the guard joins concurrent calls only), with nothing left to notify.
    await env.background.sweep();
    expect(notified()).toHaveLength(1);
    expect(await fakeBrowser.alarms.get('sweep')).toBeDefined();
  });

  it('the missed reminder alarm and the start-up sweep arriving together notify once', async () => {
    const env = setup();
    await env.send('pageReading', reading([protectedOrder('1000000001', NOW + 2 * DAY)]), contentScript);
    // Showing a notification takes the browser a moment: long enough for the other to read the same due reminder.
    const create = fakeBrowser.notifications.create.bind(fakeBrowser.notifications) as (...args: unknown[]) => unknown;
    const slow = vi.spyOn(fakeBrowser.notifications, 'create').mockImplementation((async (...args: unknown[]) => {
      await new Promise((resolve) => setTimeout(resolve, 50));
      return create(...args);
    }) as unknown as typeof fakeBrowser.notifications.create);
    await Promise.all([env.background.onAlarm({ name: 'next-reminder' }), env.background.sweep()]);
    expect(slow).toHaveBeenCalledTimes(1);
    slow.mockRestore();
  });
});
