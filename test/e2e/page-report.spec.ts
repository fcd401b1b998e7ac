import { readFile } from 'node:fs/promises';
import type { Download, Worker } from '@playwright/test';
import { expect, test } from './fixtures';

// A page Buyer Guard cannot read says so on the page and in the popup, and both save the same redacted report.

const PAGE_URL = 'https://pl.aliexpress.com/p/reverse-pages/detail.html?tradeOrderId=8217000000000011';
const PAGE_FILE = 'test/fixtures/report/private-order-page.html';
const SECRETS = [
  '8217000000000011',
  'Jolanta',
  'Słoneczna',
  'Sunny Garden',
  'teapot',
  '129,46',
  'LP00123456789CN',
  'cat ate',
];

const lastReading = (serviceWorker: Worker) =>
  serviceWorker.evaluate(async () => (await chrome.storage.session.get('lastReading')).lastReading ?? null);

async function savedReport(download: Download): Promise<string> {
  const path = await download.path();
  return readFile(path, 'utf8');
}

test('an unreadable page offers "Save a report" on the page and in the popup; the file holds nothing personal', async ({
  context,
  serviceWorker,
  openExtensionPage,
}) => {
  test.setTimeout(60_000);
  const body = await readFile(PAGE_FILE);
  await context.route(
    (url) => url.href === PAGE_URL,
    (route) => route.fulfill({ contentType: 'text/html; charset=utf-8', body }),
  );
  const page = await context.newPage();
  await page.goto(PAGE_URL);
  // An unreadable page is reported once it went quiet (the content script's idle time).
  await expect
    .poll(() => lastReading(serviceWorker), { timeout: 15_000 })
    .toMatchObject({ url: PAGE_URL, ok: false, reason: 'layout-not-recognised' });

  const notice = page.locator('buyer-guard-notice');
  await expect(notice.getByText('Buyer Guard could not read this page')).toBeVisible();
  const fromPage = page.waitForEvent('download');
  await notice.getByRole('button', { name: 'Save a report' }).click();
  const pageReport = await savedReport(await fromPage);
  expect(JSON.parse(pageReport)).toMatchObject({
    kind: 'buyer-guard-page-report',
    page: { kind: 'dispute', address: { host: 'aliexpress', path: '/p/reverse-pages/detail.html' } },
    reading: { ok: false, reason: 'layout-not-recognised' },
    structure: { tag: 'body' },
  });
  for (const secret of SECRETS) expect(pageReport, secret).not.toContain(secret);

  const popup = await openExtensionPage('popup.html');
  await expect(popup.getByTestId('reading-status')).toHaveText(
    /^Could not read returns and refunds \(.+\): its layout is new to Buyer Guard\.$/,
  );
  const fromPopup = popup.waitForEvent('download');
  await popup.getByTestId('page-report').getByRole('button', { name: 'Save a report' }).click();
  const popupReport = await savedReport(await fromPopup);
  expect(JSON.parse(popupReport)).toEqual(JSON.parse(pageReport));

  await notice.getByRole('button', { name: 'Dismiss' }).click();
  await expect(notice).toHaveCount(0);
});
