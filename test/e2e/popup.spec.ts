import { readFile } from 'node:fs/promises';
import { SAMPLE_ORDER_LIST_URL } from '../fixtures/aliexpress/sample-site';
import { backupWith } from './backup-data';
import { countRows, sendFromPage, uploadFromPage } from './extension-page';
import { expect, test } from './fixtures';
import { chooseFromFullList, openFold } from './guide-helpers';

const DAY = 24 * 60 * 60 * 1000;

test.describe('popup guide', () => {
  test.beforeEach(async ({ context }) => {
    await context.grantPermissions(['clipboard-read', 'clipboard-write']);
  });

  test('lists the orders read from My Orders, most urgent first, and finds one by search', async ({
    context,
    openExtensionPage,
  }) => {
    const page = await context.newPage();
    await page.goto(SAMPLE_ORDER_LIST_URL);
    const popup = await openExtensionPage('popup.html');
    const items = popup.getByTestId('order-item');
    await expect(items.first()).toBeVisible({ timeout: 10_000 });
    await expect(items.first()).toContainText(/Buyer protection ends: .+ · 12 days 5 hours left/);
    await popup.getByRole('searchbox', { name: 'Search orders' }).fill('caliper');
    await expect(items).toHaveCount(1);
    await expect(items.first()).toContainText('Digital Caliper');
    await popup.getByRole('searchbox', { name: 'Search orders' }).fill('no such thing');
    await expect(popup.getByTestId('empty-list')).toContainText('No order matches');
  });

  test('guides one order: problem → advice, checklist, texts to copy, journal with a warning', async ({
    context,
    openExtensionPage,
  }) => {
    // The guide validates with Zod, loaded after the first screen: it must run jitless (lib/zod-jitless.ts),
    // or its probe for eval is reported as a violation of the extension's CSP.
    await context.addInitScript(() => {
      const seen: string[] = [];
      (globalThis as { cspViolations?: string[] }).cspViolations = seen;
      document.addEventListener('securitypolicyviolation', (event) => {
        seen.push(`${event.effectiveDirective} ${event.blockedURI}`);
      });
    });
    const page = await context.newPage();
    await page.goto(SAMPLE_ORDER_LIST_URL);
    const popup = await openExtensionPage('popup.html');
    await popup.getByTestId('order-item').filter({ hasText: 'Wireless Earbuds' }).click();
    await expect(popup.getByTestId('next-step')).toContainText('Next step:');
    await expect(popup.getByTestId('timeline')).toContainText('stated by the page');

    await chooseFromFullList(popup, 'damaged', 'The charging case arrived cracked.');
    await expect(popup.getByTestId('evidence-progress')).toContainText('0 of');

    await openFold(popup, /^All texts/);
    await popup.getByRole('tab', { name: 'Dispute description' }).click();
    const text = popup.getByTestId('composer-text');
    await expect(text).toContainText('The charging case arrived cracked.');
    await text.fill(`${await text.inputValue()}\nEdited by the buyer.`);
    await popup.getByTestId('composer-text').locator('xpath=..').getByRole('button', { name: 'Copy' }).click();
    const copied = await popup.evaluate(() => navigator.clipboard.readText());
    expect(copied).toContain('8204417366541234');
    expect(copied).toContain('Edited by the buyer.');

    await openFold(popup, /^Journal/);
    await popup.getByRole('combobox', { name: 'What happened' }).selectOption('offer-accepted');
    await popup.getByRole('button', { name: 'Add to journal' }).click();
    await expect(popup.getByRole('alert').first()).toBeVisible();
    await popup.getByRole('button', { name: 'I understand, add it' }).click();
    await expect(popup.getByTestId('journal-entries')).toContainText('I accepted the seller’s offer');
    // undefined, not [], if the watch was never installed in the popup: then this fails too.
    expect(await popup.evaluate(() => (globalThis as { cspViolations?: string[] }).cspViolations)).toEqual([]);
  });

  test('keeps 1,000 orders responsive: only visible rows are in the page', async ({ openExtensionPage }) => {
    const options = await openExtensionPage('options.html');
    const orders = Array.from({ length: 1000 }, (_, i) => ({
      orderId: String(8300000000000000 + i),
      protectionEndsAt: Date.now() + ((i % 60) + 1) * DAY,
      title: `Sample item number ${i}`,
      store: `Store ${i % 25}`,
    }));
    const reply = await sendFromPage(options, 'importBackup', {
      uploadId: await uploadFromPage(options, backupWith(orders)),
      mode: 'merge',
    });
    expect(reply).toMatchObject({ ok: true, data: { ok: true, orders: 1000 } });
    expect(await countRows(options, 'orders')).toBe(1000);

    const popup = await openExtensionPage('popup.html');
    const items = popup.getByTestId('order-item');
    await expect(items.first()).toBeVisible({ timeout: 10_000 });
    expect(await items.count()).toBeLessThan(30);
    // The first screen was read by the popup's early script, before its modules loaded (lib/pages/early-read.ts).
    const early = await popup.evaluate(async () => {
      const handle = (
        globalThis as {
          __buyerGuardEarlyRead?: {
            promise: Promise<{ firstRows: unknown[] } | undefined>;
            everyRow: Promise<unknown[] | undefined>;
          };
        }
      ).__buyerGuardEarlyRead;
      return [(await handle?.promise)?.firstRows.length, (await handle?.everyRow)?.length];
    });
    expect(early).toEqual([20, 1000]);
    await popup.getByTestId('order-scroller').evaluate((el) => el.scrollTo(0, el.scrollHeight));
    await expect(items.last()).toContainText('Sample item number');
    await popup.getByRole('searchbox', { name: 'Search orders' }).fill('number 999');
    await expect(items).toHaveCount(1);
  });
});

test.describe('options', () => {
  test('changes reminders, exports a backup and refuses a damaged import without losing data', async ({
    context,
    openExtensionPage,
  }) => {
    const page = await context.newPage();
    await page.goto(SAMPLE_ORDER_LIST_URL);
    const options = await openExtensionPage('options.html');
    await expect.poll(() => countRows(options, 'orders'), { timeout: 10_000 }).toBeGreaterThan(0);
    const stored = await countRows(options, 'orders');

    await options.getByLabel('7 days before').click();
    await expect(options.getByLabel('7 days before')).toBeChecked();

    const download = options.waitForEvent('download');
    await options.getByRole('button', { name: 'Export a backup (JSON)' }).click();
    const backup = JSON.parse(await readFile((await (await download).path()) as string, 'utf8'));
    expect(backup.format).toBe('buyer-guard-backup');
    expect(backup.data.orders).toHaveLength(stored);
    expect(backup.data.settings.leadTimesMs).toContain(7 * DAY);

    await options.getByLabel('Backup file (.json or .zip)').setInputFiles({
      name: 'damaged.json',
      mimeType: 'application/json',
      buffer: Buffer.from(JSON.stringify(backup).slice(0, 500)),
    });
    await expect(options.getByTestId('data-status')).toContainText('Nothing was changed');
    expect(await countRows(options, 'orders')).toBe(stored);

    const csv = options.waitForEvent('download');
    await options.getByRole('button', { name: 'Export orders as a spreadsheet (CSV)' }).click();
    const lines = (await readFile((await (await csv).path()) as string, 'utf8')).trim().split('\r\n');
    expect(lines).toHaveLength(stored + 1);

    const clear = options.getByRole('button', { name: 'Delete all data' });
    await expect(clear).toBeDisabled();
    await options.getByLabel(/Type “delete everything”/).fill('delete everything');
    await clear.click();
    await expect(options.getByTestId('data-status')).toContainText('was deleted');
    expect(await countRows(options, 'orders')).toBe(0);
  });
});
