import { SAMPLE_ORDER_LIST_URL } from '../fixtures/aliexpress/sample-site';
import { backupWith } from './backup-data';
import { readReminders, sendFromPage, uploadFromPage } from './extension-page';
import { expect, test } from './fixtures';
import { lastReading } from './hardening-helpers';

// A reminder is marked fired only when it was shown (issue 12, break 8): while a notification is on its
// way, a reading of My Orders moves the deadline (the page now says 12 days); the new deadline's reminders
// stay pending at their own times instead of being marked fired unseen.

test.describe.configure({ timeout: 90_000 });

const ORDER = '8204417366541234';
const DAY = 86_400_000;

test('a deadline moved while its notification is being shown keeps the reminders of its new date', async ({
  context,
  serviceWorker,
  openExtensionPage,
}) => {
  // The notification is held on its way until the test lets it go.
  await serviceWorker.evaluate(() => {
    const create = chrome.notifications.create.bind(chrome.notifications) as (...args: unknown[]) => Promise<string>;
    const held: Array<() => void> = [];
    Object.assign(globalThis, { heldNotifications: held });
    chrome.notifications.create = ((...args: unknown[]) =>
      new Promise<string>((resolve) => {
        held.push(() => resolve(create(...args)));
      })) as unknown as typeof chrome.notifications.create;
  });
  const held = () =>
    serviceWorker.evaluate(() => (globalThis as unknown as { heldNotifications: unknown[] }).heldNotifications.length);

  // Stored: protection of the first sample order ends in 2 days, so its 3-day reminder is due now.
  const options = await openExtensionPage('options.html');
  const backup = backupWith([{ orderId: ORDER, protectionEndsAt: Date.now() + 2 * DAY }]);
  await sendFromPage(options, 'importBackup', { uploadId: await uploadFromPage(options, backup), mode: 'merge' });
  await expect.poll(held, { timeout: 30_000 }).toBe(1);

  // Meanwhile My Orders is read: the page says "Buyer protection ends in 12 days".
  const shop = await context.newPage();
  await shop.goto(SAMPLE_ORDER_LIST_URL);
  await expect.poll(() => lastReading(serviceWorker), { timeout: 15_000 }).toMatchObject({ ok: true });
  await expect
    .poll(async () => (await readReminders(options)).filter((r) => r.dueAt > Date.now() + 11 * DAY).length)
    .toBeGreaterThan(0);

  // The notification is shown now; what it showed was the old deadline.
  await serviceWorker.evaluate(() => {
    for (const release of (globalThis as unknown as { heldNotifications: Array<() => void> }).heldNotifications)
      release();
  });
  await expect
    .poll(() => serviceWorker.evaluate(() => chrome.notifications.getAll().then((all) => Object.keys(all).length)))
    .toBe(1);
  await shop.waitForTimeout(1_000);

  const reminders = (await readReminders(options)).filter((r) => r.key.includes(ORDER));
  const ofNewDate = reminders.filter((r) => r.dueAt > Date.now() + 11 * DAY);
  expect(ofNewDate.length).toBeGreaterThan(0);
  for (const reminder of ofNewDate) {
    expect(reminder.firedAt, reminder.key).toBeUndefined();
    expect(reminder.fireAt, reminder.key).toBeGreaterThan(Date.now() + 8 * DAY);
  }
  // And the next alarm is set for the first of them.
  const alarm = await serviceWorker.evaluate(() => chrome.alarms.get('next-reminder'));
  expect(alarm?.scheduledTime).toBe(Math.min(...ofNewDate.map((r) => r.fireAt)));
});
