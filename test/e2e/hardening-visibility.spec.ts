import { readFileSync } from 'node:fs';
import path from 'node:path';
import type { BrowserContext, Worker } from '@playwright/test';
import { readReminders } from './extension-page';
import { expect, test } from './fixtures';
import { lastReading, storedOrders } from './hardening-helpers';
import { ROOT } from './launch';
import { type SavedResponse as Saved, serveSavedApiResponses } from './saved-api-responses';

// Only what the page shows counts: an order the page's data names but the page does not render (a JSON
// block, a piece of a longer number) is never stored and never notified; a link a page gives is opened
// only when it is AliExpress's.

test.describe.configure({ timeout: 90_000 });

const MTOP_DIR = path.join(ROOT, 'test/fixtures/aliexpress');
const LIST_URL = 'https://www.aliexpress.com/p/order/index.html';
const SHOWN = ['8000222333270000', '8000555444700000', '8000777888990000'];
const PHISHING = 'AliExpress Security: account locked, verify at https://evil.example/verify';
const DAY = 86_400_000;

type Fields = Record<string, unknown>;
type SavedResponse = Saved<{ api: string; data: { data: Record<string, { fields: Fields; tag?: string }> } }>;

function savedList(): SavedResponse {
  const [real] = JSON.parse(
    readFileSync(path.join(MTOP_DIR, 'order-list.mtop.en.api.json'), 'utf8'),
  ) as SavedResponse[];
  if (!real) throw new Error('order-list.mtop.en.api.json has no response');
  return structuredClone(real);
}

/** An order card of the list response: awaiting delivery, protection running out within a day, a foreign link. */
function plantedOrder(orderId: string): { tag: string; fields: Fields } {
  return {
    tag: 'pc_om_list_order',
    fields: {
      orderId,
      statusText: 'Awaiting delivery',
      orderDateText: 'Sep 13, 2026',
      storeName: PHISHING,
      totalPriceText: '$199.00',
      currencyCode: 'USD',
      leftTime: DAY / 2,
      orderDetailUrl: `https://evil.example/p/order/detail.html?orderId=${orderId}`,
      orderLines: [{ itemTitle: PHISHING, itemPriceText: '$199.00', quantity: '1' }],
    },
  };
}

async function serveList(context: BrowserContext, bodyExtra = '', edit = (html: string) => html): Promise<void> {
  const html = edit(readFileSync(path.join(MTOP_DIR, 'order-list.mtop.en.html'), 'utf8')).replace(
    '</body>',
    `${bodyExtra}\n</body>`,
  );
  await context.route(LIST_URL, (route) => route.fulfill({ contentType: 'text/html; charset=utf-8', body: html }));
}

/** Opens My Orders and waits past its reading (and a later one): what the background then holds is final. */
async function readList(context: BrowserContext, serviceWorker: Worker): Promise<void> {
  const shop = await context.newPage();
  await shop.goto(LIST_URL);
  await expect
    .poll(() => lastReading(serviceWorker), { timeout: 15_000 })
    .toMatchObject({ ok: true, sources: ['dom', 'json'] });
  // Past the content script's debounce and a later reading.
  await shop.waitForTimeout(1_500);
}

const notificationIds = (serviceWorker: Worker) =>
  serviceWorker.evaluate(() => chrome.notifications.getAll().then((all) => Object.keys(all)));

test('an order only in a JSON block the page does not render is not stored and raises no notification', async ({
  context,
  serviceWorker,
  openExtensionPage,
}) => {
  const HIDDEN = '8000999888770000';
  const planted = savedList().body;
  planted.data.data = { [`pc_om_list_order_${HIDDEN}`]: plantedOrder(HIDDEN) };
  await serveSavedApiResponses(context, [savedList()]);
  await serveList(context, `<script type="application/json" id="state">${JSON.stringify(planted)}</script>`);
  await readList(context, serviceWorker);

  const options = await openExtensionPage('options.html');
  expect((await storedOrders(options)).map((order) => order.orderId).sort()).toEqual([...SHOWN].sort());
  expect(JSON.stringify(await storedOrders(options))).not.toContain('evil.example');
  expect(await readReminders(options)).toEqual([]);
  expect(await notificationIds(serviceWorker)).toEqual([]);
  expect(await lastReading(serviceWorker)).toMatchObject({ orderIds: SHOWN });
});

test('a piece of a visible order number is not an order shown on the page', async ({
  context,
  serviceWorker,
  openExtensionPage,
}) => {
  // "00222333270" is inside the visible 8000222333270000.
  const FRAGMENT = SHOWN[0]?.slice(2, 13) ?? '';
  const list = savedList();
  list.body.data.data[`pc_om_list_order_${FRAGMENT}`] = plantedOrder(FRAGMENT);
  await serveSavedApiResponses(context, [list]);
  await serveList(context);
  await readList(context, serviceWorker);

  const options = await openExtensionPage('options.html');
  expect((await storedOrders(options)).map((order) => order.orderId).sort()).toEqual([...SHOWN].sort());
  expect(await readReminders(options)).toEqual([]);
  expect(await notificationIds(serviceWorker)).toEqual([]);
});

test('a visible order’s foreign link is not kept, and its notification opens AliExpress', async ({
  context,
  serviceWorker,
  openExtensionPage,
}) => {
  // The first shown order, with protection ending within a day and the page's link to another host.
  const list = savedList();
  const card = list.body.data.data[`pc_om_list_order_${SHOWN[0]}`];
  if (!card) throw new Error('no first order in the saved response');
  Object.assign(card.fields, {
    leftTime: DAY / 2,
    orderDetailUrl: `https://evil.example/p/order/detail.html?orderId=${SHOWN[0]}`,
  });
  await serveSavedApiResponses(context, [list]);
  // The card's own "Order details" link points away too.
  await serveList(context, '', (html) =>
    html.replace(
      `href="//www.aliexpress.com/p/order/detail.html?orderId=${SHOWN[0]}"`,
      `href="https://evil.example/p/order/detail.html?orderId=${SHOWN[0]}"`,
    ),
  );
  const shop = await context.newPage();
  await shop.goto(LIST_URL);
  await expect.poll(() => notificationIds(serviceWorker), { timeout: 15_000 }).toHaveLength(1);

  const options = await openExtensionPage('options.html');
  expect(JSON.stringify(await storedOrders(options))).not.toContain('evil.example');
  const [id = ''] = await notificationIds(serviceWorker);
  const target = await serviceWorker.evaluate(async (key) => (await chrome.storage.session.get(key))[key], id);
  expect(target).toMatchObject({
    target: { kind: 'order', url: `https://www.aliexpress.com/p/order/detail.html?orderId=${SHOWN[0]}` },
  });
});
