// Bundled into a copy of the built extension as bench.html's script (scripts/bench/bench-build.ts):
// runs the background's own ingest and scheduling code in an extension page, against the same
// IndexedDB and chrome.alarms the service worker uses, on a database of its own.
import Dexie from 'dexie';
import { ingestOrders, refreshAll, refreshDue, refreshOrders } from '../../lib/background/ingest';
import { ALARM_NEXT_REFRESH, scheduleNextRefresh, scheduleNextReminder } from '../../lib/background/reminders';
import { BuyerGuardDatabase } from '../../lib/db/database';
import { listOrders } from '../../lib/db/queries';
import type { Order } from '../../lib/model/order';
import { defaultSettings } from '../../lib/model/settings';
import { deriveDeadlines } from '../../lib/rules/order-facts';

const DAY = 86_400_000;
const STATUSES: Order['status'][] = ['shipped', 'delivered', 'completed', 'awaiting-shipment', 'closed'];

/**
 * `count` orders shaped like real readings: statuses, stores, items, shipped over the last 40 days,
 * a protection countdown on most. A countdown read off a page ends at an instant of its own
 * (to the second), so no two orders share one.
 */
function syntheticOrders(count: number, now: number): Order[] {
  return Array.from({ length: count }, (_, i) => {
    const status = STATUSES[i % STATUSES.length];
    const shipped = new Date(now - ((i % 40) + 3) * DAY).toISOString().slice(0, 10);
    return {
      marketplace: 'aliexpress',
      orderId: String(8_400_000_000_000_000 + i),
      orderedOn: shipped,
      ...(status && { status }),
      statusText: 'Awaiting delivery',
      store: { name: `Store ${i % 300}`, url: `https://www.aliexpress.com/store/${1000 + (i % 300)}` },
      items: [{ title: `Item ${i} with a realistic product title, colour and size`, quantity: 1 + (i % 3) }],
      total: { amount: 5 + (i % 97), currency: 'USD' },
      shippedOn: shipped,
      ...(i % 4 !== 3 && {
        timers: [
          {
            kind: 'buyer-protection-ends' as const,
            endsAt: now + ((i % 60) - 5) * DAY + ((i * 7_919_000) % DAY),
            raw: 'countdown',
          },
        ],
      }),
    };
  });
}

async function freshDatabase(name: string): Promise<BuyerGuardDatabase> {
  await Dexie.delete(name);
  const db = new BuyerGuardDatabase(name);
  await db.open();
  return db;
}

/**
 * Ingest `count` orders in one reading, then re-derive and re-plan every order and set the alarm. With
 * `profileIngest`, the ingest alone runs under `console.profile` (scripts/bench/ingest-profile.ts reads it).
 */
async function ingestAndReschedule(count: number, options: { profileIngest?: boolean } = {}) {
  const db = await freshDatabase('buyer-guard-bench');
  const now = Date.now();
  const context = {
    now,
    timeZone: Intl.DateTimeFormat().resolvedOptions().timeZone,
    settings: defaultSettings(),
    deriveDeadlines,
  };
  const orders = syntheticOrders(count, now);
  // A worker that has swept before: the settings and zone its derivations were made with are on record.
  await refreshAll(db, context);
  if (options.profileIngest) console.profile('ingest');
  let started = performance.now();
  await ingestOrders(db, orders, context);
  const ingestMs = performance.now() - started;
  if (options.profileIngest) console.profileEnd('ingest');

  // The worker's reschedule after an ingest, as its sweep does it: the orders time has caught up with
  // (staleAt, one indexed read) derived again, the reminder alarm and the next-refresh alarm set.
  started = performance.now();
  await refreshDue(db, context);
  await scheduleNextReminder(db);
  await scheduleNextRefresh(db, now);
  const rescheduleMs = performance.now() - started;

  // Every order looked at, none of them changed: what refreshOrders over all 10,000 costs when each one
  // is current (read and stamped, nothing derived or written); schema v2's sweep did this much work.
  started = performance.now();
  await refreshOrders(db, await db.orders.toCollection().primaryKeys(), context);
  const checkAllMs = performance.now() - started;

  // What a changed setting, time zone or extension version costs: every order derived again, none skipped.
  started = performance.now();
  await refreshAll(db, { ...context, codeVersion: 'next' });
  await scheduleNextReminder(db);
  await scheduleNextRefresh(db, now);
  const rederiveAllMs = performance.now() - started;

  const queryMs: number[] = [];
  for (let run = 0; run < 21; run++) {
    started = performance.now();
    const top = await listOrders(db, {}, { limit: 50 });
    queryMs.push(performance.now() - started);
    if (top.length !== 50) throw new Error(`expected 50 orders, got ${top.length}`);
  }
  let reminders = 0;
  let deadlines = 0;
  await db.orders.each((row) => {
    reminders += row.reminders.length;
    deadlines += row.deadlines.length;
  });
  db.close();
  await Dexie.delete('buyer-guard-bench');
  await chrome.alarms.clear('next-reminder');
  await chrome.alarms.clear(ALARM_NEXT_REFRESH);
  return { ingestMs, rescheduleMs, checkAllMs, rederiveAllMs, queryMs, reminders, deadlines };
}

/**
 * The floor under any ingest of `count` orders that keeps one row per order: `count` rows holding nothing
 * but their key and one indexed number, put by raw IndexedDB (no Dexie) in one transaction of a fresh
 * database of the same schema. What a row's content, Dexie and deriving cost comes on top of this.
 */
async function putFloor(count: number): Promise<number> {
  const db = await freshDatabase('buyer-guard-bench-floor');
  const idb = db.backendDB();
  const started = performance.now();
  await new Promise<void>((resolve, reject) => {
    const transaction = idb.transaction(['orders'], 'readwrite');
    const store = transaction.objectStore('orders');
    for (let i = 0; i < count; i++) store.put({ ref: `aliexpress:${8_400_000_000_000_000 + i}`, attention: i });
    transaction.oncomplete = () => resolve();
    transaction.onerror = () => reject(transaction.error);
  });
  const ms = performance.now() - started;
  db.close();
  await Dexie.delete('buyer-guard-bench-floor');
  return ms;
}

Object.assign(globalThis, { buyerGuardBench: { ingestAndReschedule, putFloor } });
