import { backupWith } from './backup-data';
import { countRows, sendFromPage, uploadFromPage } from './extension-page';
import { expect, test } from './fixtures';

const DAY = 24 * 60 * 60 * 1000;

test('a corrupted import is rejected with a clear error and leaves the data unchanged', async ({
  openExtensionPage,
}) => {
  const page = await openExtensionPage('options.html');
  const good = backupWith([{ orderId: '8100000000000001' }, { orderId: '8100000000000002' }]);
  const imported = await sendFromPage(page, 'importBackup', {
    uploadId: await uploadFromPage(page, good),
    mode: 'merge',
  });
  expect(imported).toMatchObject({ ok: true, data: { ok: true, orders: 2 } });
  expect(await countRows(page, 'orders')).toBe(2);

  for (const [corrupt, message] of [
    [good.slice(0, good.length - 40), /not valid JSON/],
    [good.replace('"8100000000000001"', '"<img src=x onerror=alert(1)>"'), /damaged/],
    ['{"hello":"world"}', /not a Buyer Guard backup/],
  ] as const) {
    const reply = await sendFromPage(page, 'importBackup', {
      uploadId: await uploadFromPage(page, corrupt),
      mode: 'replace',
    });
    expect(reply).toMatchObject({ ok: true, data: { ok: false, error: expect.stringMatching(message) } });
    expect(await countRows(page, 'orders')).toBe(2);
  }
  expect(await countRows(page, 'uploads')).toBe(0);
});

test('a deadline near enough raises a notification through a real alarm', async ({
  openExtensionPage,
  serviceWorker,
}) => {
  const page = await openExtensionPage('options.html');
  // Protection ends in 2 days: the 3-day reminder is already due, so the next alarm is "now".
  const backup = backupWith([{ orderId: '8100000000000003', protectionEndsAt: Date.now() + 2 * DAY }]);
  await sendFromPage(page, 'importBackup', { uploadId: await uploadFromPage(page, backup), mode: 'merge' });

  await expect
    .poll(() => serviceWorker.evaluate(() => chrome.notifications.getAll().then((all) => Object.keys(all))), {
      timeout: 15_000,
    })
    .toEqual([expect.stringMatching(/^bg-reminder:aliexpress:8100000000000003:/)]);
  await expect.poll(() => serviceWorker.evaluate(() => chrome.action.getBadgeText({}))).toBe('1');
  // The fired one-shot alarm is gone; the worker sets the next reminder's right after notifying.
  await expect
    .poll(() => serviceWorker.evaluate(() => chrome.alarms.getAll().then((all) => all.map((a) => a.name))))
    .toContain('next-reminder');
});

test('staged upload chunks survive the service worker being stopped', async ({ context, openExtensionPage }) => {
  const page = await openExtensionPage('options.html');
  const uploadId = await uploadFromPage(page, backupWith([{ orderId: '8100000000000004' }]), 100);
  const cdp = await context.newCDPSession(page);
  await cdp.send('ServiceWorker.enable');
  await cdp.send('ServiceWorker.stopAllWorkers');
  const reply = await sendFromPage(page, 'importBackup', { uploadId, mode: 'merge' });
  expect(reply).toMatchObject({ ok: true, data: { ok: true, orders: 1 } });
  expect(await countRows(page, 'orders')).toBe(1);
});
