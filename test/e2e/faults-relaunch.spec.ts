import { mkdtemp, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { expect, test } from '@playwright/test';
import { backupWith } from './backup-data';
import { readReminders, readRows, sendFromPage, uploadFromPage } from './extension-page';
import { alarmsOf, liveWorker, sleep } from './fault-helpers';
import { type LaunchedExtension, launchExtension } from './launch';

// The browser closed and opened again on the same profile. What Chromium 156 does with an
// unpacked extension (--load-extension) on a persistent profile, checked here: every launch
// re-installs it (runtime.onInstalled, reason "install"; runtime.onStartup does not fire) and
// its alarms are gone, while IndexedDB and storage.local are kept. The worker's onInstalled
// sweep rebuilds the alarms and fires what fell due while the browser was closed. (A store
// install gets onStartup instead, with its alarms kept; both paths run the same sweep.)

const DAY = 24 * 60 * 60 * 1000;
/** The first reminder falls due this long after seeding: after the browser is closed, before it reopens. */
const DUE_AFTER_MS = 10_000;
const DUE_ORDER = '8100000000000010';

type StoredOrder = {
  ref: string;
  order: unknown;
  firstSeenAt: number;
  updatedAt: number;
  deadlines: { kind: string; dueAt: number; dueOn?: string; source: string }[];
};

/** What a relaunch must keep of each stored order: what was read, when, and its deadlines. */
function factsOf(rows: StoredOrder[]) {
  return rows.map(({ ref, order, firstSeenAt, updatedAt, deadlines }) => ({
    ref,
    order,
    firstSeenAt,
    updatedAt,
    deadlines: deadlines.map(({ kind, dueAt, dueOn, source }) => ({ kind, dueAt, dueOn, source })),
  }));
}

test('closed and reopened: orders kept, alarms rebuilt, a reminder that fell due while closed fires once', async () => {
  test.setTimeout(90_000);
  const profile = await mkdtemp(path.join(tmpdir(), 'buyer-guard-profile-'));
  const stray: string[] = [];
  let session: LaunchedExtension | undefined;
  const open = async () => {
    session = await launchExtension({ userDataDir: profile });
    const page = await session.context.newPage();
    await page.goto(`chrome-extension://${session.extensionId}/options.html`);
    return { session, page };
  };
  const close = async () => {
    if (!session) return;
    stray.push(...session.strayRequests);
    await session.context.close();
    session = undefined;
  };

  try {
    // First run: a reminder 10 s away, other orders with deadlines days away.
    const first = await open();
    const seededAt = Date.now();
    const settings = await sendFromPage(first.page, 'updateSettings', { leadTimesMs: [2 * DAY - DUE_AFTER_MS, DAY] });
    expect(settings).toMatchObject({ ok: true });
    const orders = [
      { orderId: DUE_ORDER, protectionEndsAt: seededAt + 2 * DAY },
      ...[3, 4, 6, 9].map((days, i) => ({
        orderId: `81000000000000${20 + i}`,
        protectionEndsAt: seededAt + days * DAY,
      })),
    ];
    const imported = await sendFromPage(first.page, 'importBackup', {
      uploadId: await uploadFromPage(first.page, backupWith(orders)),
      mode: 'merge',
    });
    expect(imported).toMatchObject({ ok: true, data: { ok: true, orders: 5 } });
    const dueAt = seededAt + DUE_AFTER_MS;
    const before = await alarmsOf(first.session.serviceWorker);
    expect(before['next-reminder']?.scheduledTime).toBeCloseTo(dueAt, -3);
    const storedBefore = factsOf(await readRows<StoredOrder>(first.page, 'orders'));
    await close();
    expect(Date.now(), 'the browser closed before the reminder fell due').toBeLessThan(dueAt);

    await sleep(dueAt - Date.now() + 1_000);

    // Second run: everything still there; the start-up sweep fired the reminder and set the alarms again.
    const reopenedAt = Date.now();
    const second = await open();
    // The orders and their deadlines as they were. (Their reminders are in the same row since schema v3:
    // the start-up sweep may already have marked the one that fell due, which is checked below.)
    expect(factsOf(await readRows<StoredOrder>(second.page, 'orders'))).toEqual(storedBefore);
    await expect
      .poll(
        async () => {
          const worker = await liveWorker(second.session.context, second.page);
          return Object.keys(await worker.evaluate(() => chrome.notifications.getAll()));
        },
        { timeout: 15_000 },
      )
      .toEqual([expect.stringMatching(new RegExp(`^bg-reminder:aliexpress:${DUE_ORDER}:`))]);
    const alarms = await alarmsOf(await liveWorker(second.session.context, second.page));
    expect(alarms.sweep).toMatchObject({ periodInMinutes: 60 });
    // The next reminder is the earliest one not fired yet: among all orders' reminders.
    const reminders = await readReminders(second.page);
    const fired = reminders.filter((r) => r.firedAt !== undefined);
    // The order's protection and its automatic confirmation end together: both reminders, one notification.
    expect(new Set(fired.map((r) => r.ref))).toEqual(new Set([`aliexpress:${DUE_ORDER}`]));
    for (const r of fired) {
      expect(r.leadMs).toBe(2 * DAY - DUE_AFTER_MS);
      expect(r.firedAt).toBeGreaterThanOrEqual(reopenedAt);
    }
    const pending = reminders.filter((r) => r.firedAt === undefined).map((r) => r.fireAt);
    expect(alarms['next-reminder']?.scheduledTime).toBeCloseTo(Math.min(...pending), -3);
    const firedAt = fired.map((r) => `${r.key}@${r.firedAt}`);
    await close();

    // Third run: the sweep runs again, but a reminder already notified stays notified.
    const third = await open();
    await expect
      .poll(async () => Object.keys(await alarmsOf(await liveWorker(third.session.context, third.page))))
      .toEqual(expect.arrayContaining(['sweep', 'next-reminder']));
    const again = await readReminders(third.page);
    expect(again.filter((r) => r.firedAt !== undefined).map((r) => `${r.key}@${r.firedAt}`)).toEqual(firedAt);
    expect(
      await liveWorker(third.session.context, third.page).then((w) => w.evaluate(() => chrome.notifications.getAll())),
    ).toEqual({});
    await close();
  } finally {
    await close();
    await rm(profile, { recursive: true, force: true });
  }
  expect(stray, 'requests that tried to leave the machine').toEqual([]);
});
