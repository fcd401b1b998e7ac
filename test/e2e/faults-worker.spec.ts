import { readFileSync } from 'node:fs';
import path from 'node:path';
import type { Order } from '../../lib/model/order';
import { defaultSettings } from '../../lib/model/settings';
import { deriveDeadlines } from '../../lib/rules/order-facts';
import { badgeProbe } from './badge-probe';
import { readDeadlines, readReminders, readRows } from './extension-page';
import { alarmsOf, liveWorker, workerStopper } from './fault-helpers';
import { expect, test } from './fixtures';
import { ROOT, servePage } from './launch';

// Faults: the service worker stopped (CDP) while it is handling the extension's messages.
// Chromium holds a message for a stopped worker and starts it; a worker stopped *while handling*
// one closes the channel, and the sender gets an error instead of the reply.

const MY_ORDERS = 'https://www.aliexpress.com/p/order/index.html';
const FIFTY = 'test/fixtures/aliexpress/order-list.50.en.html';
/** How many deliveries of the page's reading are cut off in turn before one may finish. */
const KILLS = 3;

type Held = { release: () => void };
type Row = { ref: string; orderId: string; order: Order; updatedAt: number };

test('My Orders read while the worker is stopped again and again: every order stored once, with its deadlines', async ({
  context,
  openExtensionPage,
}) => {
  test.setTimeout(60_000);
  // The watcher is a page that never asks the background's status: getStatus starts a refresh whose write would
  // wait on the lock this test holds, and the reading's own transactions would queue behind that write, so no
  // delivery could note the page and the lock would never be let go (a deadlock only this held lock can make).
  const watcher = await openExtensionPage('welcome.html');
  const worker = await workerStopper(context, watcher);
  // Each time the background starts handling a reading (it notes the page first), stop it. The
  // watcher holds a write transaction on the orders store meanwhile, so the worker's ingest waits
  // for it and is stopped inside the handler every time, never after it replied (a race a fast
  // ingest would win). The lock is let go after the last stop; the next delivery goes through.
  await waitForDatabase(watcher);
  const afterKill: number[] = [];
  await watcher.exposeFunction('stopWorkerNow', async () => {
    await worker.stop();
    afterKill.push(await watcher.evaluate(() => (window as unknown as { orderCount: number }).orderCount));
    if (afterKill.length === KILLS) await watcher.evaluate(() => (window as unknown as Held).release());
  });
  await watcher.evaluate(async (kills) => {
    const w = window as unknown as Held & { handled: number; orderCount: number; stopWorkerNow: () => Promise<void> };
    w.handled = 0;
    const db = await new Promise<IDBDatabase>((resolve, reject) => {
      const open = indexedDB.open('buyer-guard');
      open.onsuccess = () => resolve(open.result);
      open.onerror = () => reject(open.error);
    });
    const orders = db.transaction('orders', 'readwrite').objectStore('orders');
    let held = true;
    // A transaction lives while it has requests: keep one in flight until released.
    const spin = () => {
      const count = orders.count();
      count.onsuccess = () => {
        w.orderCount = count.result;
        if (held) spin();
      };
    };
    spin();
    w.release = () => {
      held = false;
    };
    chrome.storage.onChanged.addListener((changes, area) => {
      if (area !== 'session' || !changes.lastPage) return;
      w.handled++;
      if (w.handled <= kills) void w.stopWorkerNow();
    });
  }, KILLS);

  await servePage(context, MY_ORDERS, FIFTY);
  const page = await context.newPage();
  const started = Date.now();
  await page.goto(MY_ORDERS);
  // Badges come from the background's reply: they appear only once a delivery got through.
  const probe = await badgeProbe(page);
  // 50 orders; the 14 completed or closed ones have nothing to act on and get no badge.
  await expect.poll(() => probe.slotIds(), { timeout: 30_000 }).toHaveLength(36);
  test.info().annotations.push({ type: 'timing', description: `badges after ${Date.now() - started} ms` });

  const handled = await watcher.evaluate(() => (window as unknown as { handled: number }).handled);
  expect(handled, 'the content script delivered its reading again after each lost reply').toBeGreaterThan(KILLS);
  expect(afterKill).toHaveLength(KILLS);
  // A stopped worker leaves all of the reading or none of it, never part.
  for (const count of afterKill) expect([0, 50]).toContain(count);
  test.info().annotations.push({ type: 'orders after each stop', description: afterKill.join(', ') });

  const orders = await readRows<Row>(watcher, 'orders');
  expect(orders.map((o) => o.orderId).sort()).toEqual(expectedOrderIds());
  // Re-delivered readings add nothing: no history rows for orders seen once, one deadline per kind.
  expect(await readRows(watcher, 'history')).toEqual([]);
  const deadlines = await readDeadlines(watcher);
  const timeZone = Intl.DateTimeFormat().resolvedOptions().timeZone;
  for (const row of orders) {
    const expected = deriveDeadlines({
      order: row.order,
      journal: [],
      now: row.updatedAt,
      timeZone,
      settings: defaultSettings(),
    }).map((d) => `${d.kind}@${d.dueAt}`);
    const stored = deadlines.filter((d) => d.ref === row.ref).map((d) => `${d.kind}@${d.dueAt}`);
    expect(stored.sort(), `deadlines of ${row.orderId}`).toEqual(expected.sort());
  }
  expect(deadlines.length).toBeGreaterThan(0);

  // The next reminder's alarm matches what is stored (not one lost with a stopped worker).
  const reminders = await readReminders(watcher);
  const deadlineKeys = new Set(deadlines.map((d) => d.key));
  for (const r of reminders) expect(deadlineKeys.has(`${r.ref}:${r.kind}`)).toBe(true);
  const nextFire = Math.min(...reminders.map((r) => r.fireAt));
  await expect
    .poll(async () => (await alarmsOf(await liveWorker(context, watcher)))['next-reminder']?.scheduledTime)
    .toBeCloseTo(nextFire, -3);
});

function expectedOrderIds(): string[] {
  const expected = JSON.parse(readFileSync(path.join(ROOT, FIFTY.replace('.html', '.expected.json')), 'utf8'));
  return (expected.orders as { orderId: string }[]).map((o) => o.orderId).sort();
}

/** The background creates its database on start; opening it before would create an empty one. */
async function waitForDatabase(page: import('@playwright/test').Page): Promise<void> {
  await expect
    .poll(() => page.evaluate(async () => (await indexedDB.databases()).some((d) => d.name === 'buyer-guard')))
    .toBe(true);
}
