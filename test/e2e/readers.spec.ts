import { readFileSync } from 'node:fs';
import type { BrowserContext, Worker } from '@playwright/test';
import { listFixtures } from '../fixtures/aliexpress/sample-site';
import { expect, test } from './fixtures';
import { serveSavedApiResponses } from './saved-api-responses';

const fixtures = listFixtures();

/** Serves one fixture page at exactly its URL (query included). */
async function servePageAt(context: BrowserContext, url: string, file: string): Promise<void> {
  const body = readFileSync(file);
  await context.route(
    (candidate) => candidate.href === url,
    (route) => route.fulfill({ contentType: 'text/html; charset=utf-8', body }),
  );
}

const lastReading = (serviceWorker: Worker) =>
  serviceWorker.evaluate(async () => (await chrome.storage.session.get('lastReading')).lastReading ?? null);

test('every fixture page, at its real URL, is read by the content script and the reading reaches the background', async ({
  context,
  serviceWorker,
}) => {
  test.setTimeout(240_000);
  await serveSavedApiResponses(context);
  const page = await context.newPage();
  for (const fixture of fixtures) {
    await test.step(fixture.name, async () => {
      const expected = JSON.parse(readFileSync(fixture.expected, 'utf8'));
      await serviceWorker.evaluate(() => chrome.storage.session.remove(['lastReading', 'lastPage']));
      await servePageAt(context, fixture.url, fixture.html);
      await page.goto(fixture.url);
      const want = expected.ok
        ? {
            url: fixture.url,
            pageKind: expected.pageKind,
            ok: true,
            orderCount: expected.orders.length,
            orderIds: expected.orders.slice(0, 100).map((order: { orderId: string }) => order.orderId),
            sources: expected.diagnostics.sources,
          }
        : { url: fixture.url, pageKind: expected.pageKind, ok: false, orderCount: 0, reason: expected.reason };
      // An unreadable page is reported once the page has been quiet for a while (the content script's idle time).
      await expect.poll(() => lastReading(serviceWorker), { timeout: 15_000 }).toMatchObject(want);
    });
  }
});

test('"View orders" appends orders after load and a new reading includes them', async ({ context, serviceWorker }) => {
  await serveSavedApiResponses(context);
  const fixture = fixtures.find((candidate) => candidate.name === 'order-list.mtop.en');
  if (!fixture) throw new Error('fixture order-list.mtop.en is missing');
  await servePageAt(context, fixture.url, fixture.html);
  const page = await context.newPage();
  await page.goto(fixture.url);
  const firstPage = ['8000222333270000', '8000555444700000', '8000777888990000'];
  await expect.poll(() => lastReading(serviceWorker)).toMatchObject({ orderIds: firstPage, sources: ['dom', 'json'] });

  await page.getByRole('button', { name: 'View orders' }).click();
  await expect(page.locator('.order-item')).toHaveCount(5);
  await expect
    .poll(() => lastReading(serviceWorker))
    .toMatchObject({ orderCount: 5, orderIds: [...firstPage, '8000999000110000', '8000999000220000'] });
});

test('the popup, already open, says how many orders were read where', async ({ context, openExtensionPage }) => {
  const popup = await openExtensionPage('popup.html');
  await expect(popup.getByTestId('page-status')).toContainText('No AliExpress order page read yet');
  const page = await context.newPage();
  const fixture = fixtures.find((candidate) => candidate.name === 'order-detail.8207770001112223');
  if (!fixture) throw new Error('fixture order-detail.8207770001112223 is missing');
  await page.goto(fixture.url);
  await expect(page.getByText('Raspberry Pi Pico W')).toBeVisible();
  await expect(popup.getByTestId('reading-status')).toHaveText(/^Read .+: the order page, 1 order$/);
});

test('a robot check in place of My Orders is named as such in the popup, not as an unknown layout', async ({
  context,
  openExtensionPage,
}) => {
  const fixture = fixtures.find((candidate) => candidate.name === 'order-list.captcha');
  if (!fixture) throw new Error('fixture order-list.captcha is missing');
  await servePageAt(context, fixture.url, fixture.html);
  const popup = await openExtensionPage('popup.html');
  const page = await context.newPage();
  await page.goto(fixture.url);
  await expect(page.getByText('Please slide to verify')).toBeVisible();
  // An unreadable page is reported once the page went quiet (5 s), so the popup waits for it.
  await expect(popup.getByTestId('reading-status')).toHaveText(
    /^Could not read My Orders \(.+\): AliExpress wants you to solve its robot check first; the orders are read once they show\.$/,
    { timeout: 15_000 },
  );
});
