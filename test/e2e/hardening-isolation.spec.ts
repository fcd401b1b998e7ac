import { readFileSync } from 'node:fs';
import path from 'node:path';
import type { BrowserContext } from '@playwright/test';
import { putRow, readRows } from './extension-page';
import { expect, test } from './fixtures';
import { lastReading, storedOrders } from './hardening-helpers';
import { ROOT } from './launch';
import { type SavedResponse as Saved, serveSavedApiResponses } from './saved-api-responses';

// One value a page or an earlier version got wrong never stops the other orders or later readings:
// a countdown `Date` cannot hold (leftTime 8.7e15, a safe integer) is not stored, a row an earlier
// version stored with such a value is repaired on the next reading, and the popup tells the truth.

test.describe.configure({ timeout: 90_000 });

const MTOP_DIR = path.join(ROOT, 'test/fixtures/aliexpress');
const LIST_URL = 'https://www.aliexpress.com/p/order/index.html';
const SHOWN = ['8000222333270000', '8000555444700000', '8000777888990000'];
/** More milliseconds than `Date` can hold (8.64e15), yet a safe integer. */
const POISON = 8.7e15;
/** 2100-01-01: no instant Buyer Guard keeps reaches it. */
const MAX_INSTANT = Date.UTC(2100, 0, 1);

type SavedResponse = Saved<{ data: { data: Record<string, { fields: Record<string, unknown> }> } }>;

function listResponse(leftTime?: number): SavedResponse {
  const [real] = JSON.parse(
    readFileSync(path.join(MTOP_DIR, 'order-list.mtop.en.api.json'), 'utf8'),
  ) as SavedResponse[];
  if (!real) throw new Error('order-list.mtop.en.api.json has no response');
  const response = structuredClone(real);
  const card = response.body.data.data[`pc_om_list_order_${SHOWN[0]}`];
  if (!card) throw new Error(`no order ${SHOWN[0]} in the saved response`);
  if (leftTime !== undefined) card.fields.leftTime = leftTime;
  return response;
}

/** My Orders as the page renders it; `cancelled` shows the third order's new status (a later, honest visit). */
async function serveList(context: BrowserContext, cancelled: boolean): Promise<void> {
  let html = readFileSync(path.join(MTOP_DIR, 'order-list.mtop.en.html'), 'utf8');
  if (cancelled) html = html.replace('Awaiting shipment', 'Closed');
  await context.route(LIST_URL, (route) => route.fulfill({ contentType: 'text/html; charset=utf-8', body: html }));
}

const instantsOf = (value: unknown): number[] =>
  JSON.stringify(value)
    .match(/"(endsAt|at|dueAt|fireAt)":(-?[\d.e+]+)/g)
    ?.map((pair) => Number(pair.split(':')[1])) ?? [];

test('a countdown Date cannot hold is never stored, and every later reading still lands', async ({
  context,
  serviceWorker,
  openExtensionPage,
}) => {
  await serveSavedApiResponses(context, [listResponse(POISON)]);
  await serveList(context, false);
  const shop = await context.newPage();
  await shop.goto(LIST_URL);
  await expect
    .poll(() => lastReading(serviceWorker), { timeout: 15_000 })
    .toMatchObject({ ok: true, orderIds: SHOWN, sources: ['dom', 'json'] });

  const options = await openExtensionPage('options.html');
  const orders = await storedOrders(options);
  expect(orders.map((order) => order.orderId).sort()).toEqual([...SHOWN].sort());
  // The order is kept; the countdown that cannot be a date is not.
  const poisoned = orders.find((order) => order.orderId === SHOWN[0]);
  expect(poisoned?.timers ?? []).not.toContainEqual(expect.objectContaining({ raw: `leftTime: ${POISON}` }));
  // Schema v3: an order's deadlines and reminders are in its row, so the orders table holds every stored instant.
  const huge = instantsOf(await readRows(options, 'orders')).filter((at) => at >= MAX_INSTANT && at < 9e15);
  expect(huge, 'orders').toEqual([]);

  // What an earlier version could have stored: a timer at 2^53 − 1 on the second order.
  const [row] = (await readRows<{ ref: string; order: Record<string, unknown> }>(options, 'orders')).filter(
    (candidate) => candidate.ref === `aliexpress:${SHOWN[1]}`,
  );
  if (!row) throw new Error(`no stored row for ${SHOWN[1]}`);
  await putRow(options, 'orders', {
    ...row,
    order: { ...row.order, timers: [{ kind: 'auto-confirm', endsAt: Number.MAX_SAFE_INTEGER, raw: 'old' }] },
  });

  // A later, honest visit: the third order is now closed. Every order updates; the bad row is repaired.
  await context.unroute(LIST_URL);
  await serveList(context, true);
  await shop.reload();
  await expect
    .poll(async () => (await storedOrders(options)).find((order) => order.orderId === SHOWN[2])?.status, {
      timeout: 15_000,
    })
    .toBe('closed');
  const after = await storedOrders(options);
  expect(after.find((order) => order.orderId === SHOWN[1])?.timers ?? []).toEqual([]);
  expect(await lastReading(serviceWorker)).toMatchObject({ ok: true, orderIds: SHOWN, stored: 3 });

  // The popup says what happened, and the repaired order opens.
  const popup = await openExtensionPage('popup.html');
  await expect(popup.getByTestId('reading-status')).toHaveText(/^Read .+: My Orders, 3 orders$/);
  await expect(popup.getByTestId('reading-note')).toHaveCount(0);
  await popup.getByTestId('order-item').filter({ hasText: 'Soldering Iron Tips' }).click();
  await expect(popup.getByTestId('next-step')).toContainText('Next step:');
});
