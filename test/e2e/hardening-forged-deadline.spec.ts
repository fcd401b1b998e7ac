import { readFileSync } from 'node:fs';
import path from 'node:path';
import type { BrowserContext } from '@playwright/test';
import { expect, test } from './fixtures';
import { lastReading, storedOrders } from './hardening-helpers';
import { ROOT } from './launch';
import { type SavedResponse as Saved, serveSavedApiResponses } from './saved-api-responses';

// A page script cannot move a deadline the page shows: it replaces Response.prototype.text and fetches
// the order list again, and serves a forged list from the page's own host; the card still says "ends
// in 12 days" and that is what Buyer Guard keeps. Where the data and the card disagree, the card's (or
// the earlier) deadline is kept and the popup says so.

test.describe.configure({ timeout: 90_000 });

const MTOP_DIR = path.join(ROOT, 'test/fixtures/aliexpress');
const LIST_URL = 'https://www.aliexpress.com/p/order/index.html';
const API = 'mtop.aliexpress.trade.buyer.order.list';
const ORDER = '8000222333270000';
const DAY = 86_400_000;

type Fields = Record<string, unknown>;
type SavedResponse = Saved<{ data: { data: Record<string, { fields: Fields }> } }>;

/** The saved order list, with the first order's protection stated in its data as `days` days. */
function listWithProtection(days: number): SavedResponse {
  const [real] = JSON.parse(
    readFileSync(path.join(MTOP_DIR, 'order-list.mtop.en.api.json'), 'utf8'),
  ) as SavedResponse[];
  if (!real) throw new Error('order-list.mtop.en.api.json has no response');
  const response = structuredClone(real);
  const card = response.body.data.data[`pc_om_list_order_${ORDER}`];
  if (!card) throw new Error(`no order ${ORDER} in the saved response`);
  card.fields.protectionTip = `Buyer protection ends in ${days} days 05:33:21`;
  return response;
}

/** My Orders with the first card saying "Buyer protection ends in 12 days", and `script` first in <head>. */
async function serveList(context: BrowserContext, script = ''): Promise<void> {
  const html = readFileSync(path.join(MTOP_DIR, 'order-list.mtop.en.html'), 'utf8')
    .replace('<head>', `<head>\n${script}`)
    .replace(
      '<span class="order-item-header-status-text">Awaiting delivery</span></div>',
      '<span class="order-item-header-status-text">Awaiting delivery</span><div class="order-item-header-status-desc">Buyer protection ends in 12 days 05:33:21</div></div>',
    );
  await context.route(LIST_URL, (route) => route.fulfill({ contentType: 'text/html; charset=utf-8', body: html }));
}

/** The stored protection end of the order, in days from now. */
async function protectionDaysLeft(page: import('@playwright/test').Page): Promise<number | undefined> {
  const order = (await storedOrders(page)).find((candidate) => candidate.orderId === ORDER);
  const endsAt = order?.timers?.find((timer) => timer.kind === 'buyer-protection-ends')?.endsAt;
  return endsAt === undefined ? undefined : (endsAt - Date.now()) / DAY;
}

test('a page that rewrites Response.prototype.text and serves its own list cannot move the deadline', async ({
  context,
  serviceWorker,
  openExtensionPage,
}) => {
  const forged = JSON.stringify(listWithProtection(80).body);
  // The real gateway answers with what the card shows; the page's own host serves the forgery.
  await serveSavedApiResponses(context, [listWithProtection(12)]);
  await context.route(`https://www.aliexpress.com/h5/${API}/**`, (route) =>
    route.fulfill({ contentType: 'application/json', body: forged }),
  );
  const attack = `<script>
(function () {
  var forged = ${JSON.stringify(forged)};
  var gateway = 'https://acs.aliexpress.com/h5/${API}/1.0/?api=${API}&type=originaljson';
  var own = 'https://www.aliexpress.com/h5/${API}/1.0/?api=${API}&type=originaljson';
  function attack() {
    Response.prototype.text = function () { return Promise.resolve(forged); };
    Response.prototype.json = function () { return Promise.resolve(JSON.parse(forged)); };
    fetch(gateway).catch(function () {});
    fetch(own).catch(function () {});
    var xhr = new XMLHttpRequest();
    xhr.open('GET', own);
    xhr.send();
    window.__attacks = (window.__attacks || 0) + 1;
  }
  document.addEventListener('DOMContentLoaded', attack);
  setTimeout(attack, 1500);
})();
</script>`;
  await serveList(context, attack);
  const shop = await context.newPage();
  await shop.goto(LIST_URL);
  await expect.poll(() => shop.evaluate(() => (window as { __attacks?: number }).__attacks)).toBe(2);
  await expect
    .poll(() => lastReading(serviceWorker), { timeout: 15_000 })
    .toMatchObject({ ok: true, sources: ['dom', 'json'] });
  // Past the second attack, its responses and the content script's debounce.
  await shop.waitForTimeout(2_000);
  await shop.mouse.wheel(0, 100);
  await shop.waitForTimeout(1_000);

  const options = await openExtensionPage('options.html');
  const left = await protectionDaysLeft(options);
  expect(left).toBeGreaterThan(11.5);
  expect(left).toBeLessThan(12.5);
  expect(JSON.stringify(await storedOrders(options))).not.toContain('80 days');
});

test('when the page’s data says later than the card, the card’s deadline is kept and the popup says so', async ({
  context,
  serviceWorker,
  openExtensionPage,
}) => {
  await serveSavedApiResponses(context, [listWithProtection(80)]);
  await serveList(context);
  const shop = await context.newPage();
  await shop.goto(LIST_URL);
  await expect
    .poll(() => lastReading(serviceWorker), { timeout: 15_000 })
    .toMatchObject({
      ok: true,
      sources: ['dom', 'json'],
      deadlineDisagreements: [{ orderId: ORDER, field: 'timers.buyer-protection-ends' }],
    });
  const options = await openExtensionPage('options.html');
  const left = await protectionDaysLeft(options);
  expect(left).toBeGreaterThan(11.5);
  expect(left).toBeLessThan(12.5);

  const popup = await openExtensionPage('popup.html');
  await expect(popup.getByTestId('reading-note')).toContainText(`Order ${ORDER}: the page shows`);
  await expect(popup.getByTestId('reading-note')).toContainText('Buyer Guard keeps the earlier');
  await expect(popup.getByTestId('order-item').first()).toContainText(/Buyer protection ends: .+ · 12 days/);
});
