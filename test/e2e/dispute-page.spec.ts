import { readFileSync } from 'node:fs';
import type { BrowserContext, Worker } from '@playwright/test';
import { listFixtures } from '../fixtures/aliexpress/sample-site';
import { readDeadlines, readRows } from './extension-page';
import { expect, test } from './fixtures';
import { serveSavedApiResponses } from './saved-api-responses';

const ORDER_ID = '8240000000000011';
const REF = `aliexpress:${ORDER_ID}`;
const fixture = listFixtures().find((candidate) => candidate.name === `dispute.${ORDER_ID}.en`);
if (!fixture) throw new Error(`fixture dispute.${ORDER_ID}.en is missing`);
const CASE_URL = fixture.url;
const BEFORE_ANSWER = fixture.html.replace(/\.html$/, '.awaiting-seller.html');

/** Serves the case page at its real URL: the file given, until told otherwise. */
async function serveCase(context: BrowserContext, file: () => string): Promise<void> {
  await context.route(
    (url) => url.href === CASE_URL,
    (route) => route.fulfill({ contentType: 'text/html; charset=utf-8', body: readFileSync(file()) }),
  );
}

const lastReading = (serviceWorker: Worker) =>
  serviceWorker.evaluate(async () => (await chrome.storage.session.get('lastReading')).lastReading ?? null);

/** The fields of stored rows (orders, journal) this test looks at. */
interface StoredRow {
  ref: string;
  kind?: string;
  source?: string;
  resolution?: string;
  order?: { dispute?: Record<string, unknown> };
}

test('a dispute page read at its real URL updates the case: status, the seller deadline, the offer, and the advice', async ({
  context,
  serviceWorker,
  openExtensionPage,
}) => {
  test.setTimeout(90_000);
  await serveSavedApiResponses(context);
  let page = BEFORE_ANSWER;
  await serveCase(context, () => page);
  const tab = await context.newPage();
  const store = await openExtensionPage('options.html');
  const rowsOf = async (table: string) => (await readRows<StoredRow>(store, table)).filter((row) => row.ref === REF);

  // Day one: the seller has not answered; the page states their countdown.
  await tab.goto(CASE_URL);
  await expect
    .poll(() => lastReading(serviceWorker), { timeout: 15_000 })
    .toMatchObject({ url: CASE_URL, pageKind: 'dispute', ok: true, orderIds: [ORDER_ID] });
  await expect
    .poll(async () => (await rowsOf('orders'))[0]?.order?.dispute)
    .toMatchObject({
      status: 'opened',
      id: '6230000000000111',
      reason: 'not-received',
      requestedResolution: 'full-refund',
    });
  await expect
    .poll(async () =>
      (await readDeadlines(store)).filter((row) => row.ref === REF).map((row) => [row.kind, row.source]),
    )
    .toContainEqual(['seller-response-due', 'page']);
  await expect
    .poll(async () => (await rowsOf('journal')).map((row) => [row.kind, row.source]))
    .toEqual([['dispute-opened', 'page']]);

  // The seller proposes to resend: the same URL now shows the proposal and the buyer's countdown.
  page = fixture.html;
  await serviceWorker.evaluate(() => chrome.storage.session.remove('lastReading'));
  await tab.reload();
  await expect
    .poll(() => lastReading(serviceWorker), { timeout: 15_000 })
    .toMatchObject({ url: CASE_URL, ok: true, sources: ['dom', 'json'] });
  await expect
    .poll(async () => (await rowsOf('orders'))[0]?.order?.dispute)
    .toMatchObject({
      status: 'counter-offer',
      offer: { from: 'seller', resolution: 'resend' },
      escalation: 'not-yet',
    });
  await expect
    .poll(async () => (await rowsOf('journal')).map((row) => [row.kind, row.source, row.resolution]))
    .toEqual([
      ['dispute-opened', 'page', 'full-refund'],
      ['offer-received', 'page', 'resend'],
    ]);
  await expect
    .poll(async () =>
      (await readDeadlines(store)).filter((row) => row.ref === REF).map((row) => [row.kind, row.source]),
    )
    .toContainEqual(['buyer-response-due', 'page']);

  // Reading the same page again adds nothing.
  await tab.reload();
  await expect.poll(() => lastReading(serviceWorker)).toMatchObject({ url: CASE_URL, ok: true });
  expect((await rowsOf('journal')).length).toBe(2);

  // The guide shows the proposal (from the page) and a step to answer it, with the warning before accepting.
  const popup = await openExtensionPage(`popup.html?order=${ORDER_ID}`);
  await expect(popup.getByTestId('journal-entries')).toContainText('The seller made an offer (Send the item again)');
  await expect(popup.getByTestId('journal-entries')).toContainText("Seller's proposal: Resend the item");
  await expect(popup.getByTestId('journal-entries')).toContainText('read from the AliExpress page');
  await expect(popup.getByTestId('next-step')).toContainText('Reject the proposal and ask for your refund');
  await expect(popup.getByTestId('next-step')).toContainText('Accepting closes the dispute for good');
  await expect(popup.getByTestId('timeline')).toContainText('Answer the seller’s proposal');
});
