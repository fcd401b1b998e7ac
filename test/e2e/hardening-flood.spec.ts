import { SAMPLE_ORDER_LIST_URL } from '../fixtures/aliexpress/sample-site';
import { readRows } from './extension-page';
import { expect, test } from './fixtures';
import { lastReading } from './hardening-helpers';

// A page that floods storage: a hundred new made-up order cards every half second, each with a 3.5 KB
// store name. Buyer Guard keeps at most its allowance of new orders from one tab in a minute, every text
// within its limit, says so in the popup and the settings, and loses nothing it had stored.

test.describe.configure({ timeout: 120_000 });

const FLOOD_URL = 'https://www.aliexpress.com/p/order/index.html?flood=1';
/** reading-limits.ts: new orders one tab may add in a minute. */
const NEW_ORDERS_PER_TAB_PER_MINUTE = 300;
/** lib/model/order.ts TEXT_LIMITS.storeName. */
const STORE_NAME_LIMIT = 200;
const FLOOD_MS = 15_000;

const floodPage = `<!doctype html>
<html lang="en"><head><meta charset="utf-8"><title>My Orders</title></head>
<body><div id="root"><div class="order-content"></div></div>
<script>
(function () {
  var name = 'Official Store ' + new Array(3500).join('S');
  var batch = 0;
  function card(id) {
    return '<div class="order-item"><div class="order-item-header"><div class="order-item-header-status">' +
      '<span class="order-item-header-status-text">Awaiting delivery</span>' +
      '<div class="order-item-header-status-desc">Buyer protection ends in 2 days 05:33:21</div></div>' +
      '<div class="order-item-header-right-info"><div>Order date: Nov 1, 2026</div><div>Order ID: ' + id + '</div></div></div>' +
      '<div class="order-item-store"><span class="order-item-store-name"><span>' + name + '</span></span></div>' +
      '<div class="order-item-content-opt-price-total">Total: US $' + (batch + 1) + '.00</div></div>';
  }
  function flood() {
    var html = '';
    for (var i = 0; i < 100; i++) html += card(String(8900000000000000 + batch * 100 + i));
    document.querySelector('.order-content').innerHTML = html;
    batch++;
    window.__batches = batch;
  }
  flood();
  var timer = setInterval(flood, 500);
  setTimeout(function () { clearInterval(timer); window.__done = true; }, ${FLOOD_MS});
})();
</script></body></html>`;

test('a page flooding storage with new orders and long texts meets the limits, and nothing stored is lost', async ({
  context,
  serviceWorker,
  openExtensionPage,
}) => {
  // What the buyer had: the sample My Orders.
  const shop = await context.newPage();
  await shop.goto(SAMPLE_ORDER_LIST_URL);
  await expect
    .poll(() => lastReading(serviceWorker), { timeout: 15_000 })
    .toMatchObject({ url: SAMPLE_ORDER_LIST_URL, ok: true });
  const options = await openExtensionPage('options.html');
  const before = await readRows<{ ref: string; order: unknown }>(options, 'orders');
  expect(before).toHaveLength(7);

  await context.route(FLOOD_URL, (route) =>
    route.fulfill({ contentType: 'text/html; charset=utf-8', body: floodPage }),
  );
  const flood = await context.newPage();
  await flood.goto(FLOOD_URL);
  await expect
    .poll(() => flood.evaluate(() => (window as { __done?: boolean }).__done), { timeout: FLOOD_MS + 10_000 })
    .toBe(true);
  // The page offered more new orders than one tab's allowance (on a busy machine it draws fewer batches:
  // what counts is that the flood outran the limit, not how fast it ran).
  const batches = (await flood.evaluate(() => (window as { __batches?: number }).__batches)) ?? 0;
  expect(batches * 100).toBeGreaterThan(NEW_ORDERS_PER_TAB_PER_MINUTE);
  // The readings still queued behind the flood reach the background: wait until the last one is in.
  let settled = '';
  await expect
    .poll(
      async () => {
        const last = JSON.stringify(await lastReading(serviceWorker));
        const same = last === settled && last.includes(FLOOD_URL);
        settled = last;
        return same;
      },
      { timeout: 60_000, intervals: [3_000] },
    )
    .toBe(true);

  const after = await readRows<{ ref: string; order: { store?: { name: string } } }>(options, 'orders');
  // At most one tab's allowance of new orders in the minute, texts within their limits.
  expect(after.length).toBeLessThanOrEqual(7 + NEW_ORDERS_PER_TAB_PER_MINUTE);
  expect(after.length).toBeGreaterThan(7);
  expect(Math.max(...after.map((row) => row.order.store?.name.length ?? 0))).toBeLessThanOrEqual(STORE_NAME_LIMIT);
  // Everything stored before is there, unchanged.
  for (const row of before) expect(after).toContainEqual(row);

  // The refusal is said where the buyer looks: the last reading, the popup and the settings.
  expect(await lastReading(serviceWorker)).toMatchObject({ refused: { reason: expect.stringMatching(/^too-many-/) } });
  const popup = await openExtensionPage('popup.html');
  await expect(popup.getByTestId('reading-note').first()).toContainText('Nothing stored was lost');
  await options.reload();
  await expect(options.getByTestId('reading-note').first()).toContainText('Nothing stored was lost');
});
