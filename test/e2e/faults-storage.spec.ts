import type { Page, Worker } from '@playwright/test';
import { SAMPLE_ORDER_LIST_URL } from '../fixtures/aliexpress/sample-site';
import { backupWith } from './backup-data';
import { badgeProbe } from './badge-probe';
import { countRows, readRows, sendFromPage } from './extension-page';
import { liveWorker, workerStopper } from './fault-helpers';
import { expect, test } from './fixtures';
import { servePage } from './launch';

// The disk full. Chromium's quota override (CDP Storage.overrideQuotaForOrigin) is accepted for
// the chrome-extension:// origin but not enforced there (navigator.storage.estimate() keeps its
// real quota and a 5 MB write commits), so the fault is injected in the running worker instead:
// IndexedDB's put/add throw a QuotaExceededError, as a full profile makes them fail. Deletes still
// work, as they do on a full disk. A restarted worker has the room back.

/** Makes every IndexedDB write of the running worker fail for lack of space. */
function fillTheDisk(worker: Worker): Promise<void> {
  return worker.evaluate(() => {
    for (const method of ['put', 'add'] as const) {
      const store = IDBObjectStore.prototype as unknown as Record<string, unknown>;
      store[method] = () => {
        throw new DOMException('The current transaction exceeded its quota limitations.', 'QuotaExceededError');
      };
    }
  });
}

const banner = (page: Page) => page.getByTestId('storage-problem');
const LATER_ORDERS = 'https://www.aliexpress.com/p/order/index.html?page=2';

test('a full disk is a visible error, never a silent loss, and what was stored stays', async ({
  context,
  openExtensionPage,
}) => {
  test.setTimeout(90_000);
  // Stored while there was room: the sample My Orders page.
  const shop = await context.newPage();
  await shop.goto(SAMPLE_ORDER_LIST_URL);
  const probe = await badgeProbe(shop);
  // Seven orders stored; the completed and the closed one have nothing to act on and get no badge.
  await expect.poll(() => probe.slotIds()).toHaveLength(5);
  const options = await openExtensionPage('options.html');
  const storedBefore = await readRows(options, 'orders');
  expect(storedBefore).toHaveLength(7);
  await expect(banner(options)).toHaveCount(0);

  await fillTheDisk(await liveWorker(context, options));

  // A message that writes gets storage-full, not a success and not a vague failure.
  const journal = await sendFromPage(options, 'addJournalEntry', {
    orderId: '8204417366541234',
    kind: 'contacted-seller',
    text: 'Asked where the parcel is',
  });
  expect(journal).toMatchObject({ ok: false, error: { code: 'storage-full', message: /no more room/ } });

  // The pages say so: options at once (it follows the background's status), the popup when opened.
  await expect(banner(options)).toContainText('Buyer Guard could not save: this browser has no room left.');
  await expect(banner(options)).toHaveAttribute('role', 'alert');
  const popup = await openExtensionPage('popup.html');
  await expect(banner(popup)).toContainText('everything saved before is intact');

  // A page read now is answered storage-full too: no badges, nothing half-written.
  await servePage(context, LATER_ORDERS, 'test/fixtures/aliexpress/order-list.50.en.html');
  const later = await context.newPage();
  await later.goto(LATER_ORDERS);
  await expect
    .poll(async () => (await sendFromPage(options, 'getStatus', {})).data)
    .toMatchObject({
      lastReading: { orderCount: 50 },
      storageProblem: { kind: 'storage-full', during: 'pageReading' },
    });
  expect(await (await badgeProbe(later)).slotIds()).toEqual([]);

  // Importing a backup in the options page fails with the reason, and changes nothing.
  const input = options.getByLabel('Backup file (.json or .zip)');
  const backup = {
    name: 'more.json',
    mimeType: 'application/json',
    buffer: Buffer.from(backupWith([{ orderId: '8100000000000001' }])),
  };
  await input.setInputFiles(backup);
  await expect(options.getByTestId('data-status')).toHaveText(/no more room for Buyer Guard data/);
  expect(await readRows(options, 'orders')).toEqual(storedBefore);
  expect(await countRows(options, 'journal')).toBe(0);
  expect(await countRows(options, 'uploads')).toBe(0);

  // Room again (a fresh worker): the next write succeeds and the banner goes.
  await (await workerStopper(context, options)).stop();
  await input.setInputFiles(backup);
  await expect(options.getByTestId('data-status')).toHaveText(/^Imported 1 order,/);
  await expect(banner(options)).toHaveCount(0);
  await expect(banner(popup)).toHaveCount(0);
  expect(await countRows(options, 'orders')).toBe(8);
});
