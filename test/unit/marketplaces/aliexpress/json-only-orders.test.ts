import { describe, expect, it } from 'vitest';
import { parseObservedResponse } from '../../../../lib/marketplaces/aliexpress/observed-response';
import { readAliExpressPage } from '../../../../lib/marketplaces/aliexpress/read-page';

// "Never invent data": the page's JSON adds detail to the orders the page shows; an order that is only in
// the JSON (another tab's, an earlier load's, or one a page script fed the observer) is not read.

const NOW = 1_795_165_200_000;
const LIST_URL = 'https://www.aliexpress.com/p/order/index.html';
const API = 'mtop.aliexpress.trade.buyer.order.list';
const API_URL = `https://acs.aliexpress.com/h5/${API}/1.0/?api=${API}&type=originaljson`;
const SHOWN = '8000222333270000';
const HIDDEN = '8000999999990000';

function card(orderId: string) {
  return `<div class="order-item"><div class="order-item-header"><div class="order-item-header-status"><span class="order-item-header-status-text">Awaiting delivery</span></div>
    <div class="order-item-header-right-info"><div>Order date: Sep 13, 2026</div><div>Order ID: ${orderId}</div></div></div>
    <div class="order-item-store"><span class="order-item-store-name"><a href="//www.aliexpress.com/store/1103"><span>Example Store</span></a></span></div></div>`;
}

function listResponse(...orderIds: string[]) {
  const orders = Object.fromEntries(
    orderIds.map((orderId) => [
      `pc_om_list_order_${orderId}`,
      {
        tag: 'pc_om_list_order',
        fields: { orderId, statusText: 'Awaiting delivery', storeName: 'Example Store', totalPriceText: '$25.66' },
      },
    ]),
  );
  const body = { api: API, ret: ['SUCCESS::ok'], data: { data: orders } };
  const response = parseObservedResponse(API_URL, JSON.stringify(body), NOW);
  if (!response) throw new Error('the test response does not parse');
  return response;
}

const page = (body: string) => new DOMParser().parseFromString(`<html><body>${body}</body></html>`, 'text/html');

describe('orders only the JSON has, on My Orders', () => {
  it('are not read; the orders the page shows get the JSON’s detail', () => {
    const reading = readAliExpressPage(page(card(SHOWN)), LIST_URL, NOW, [listResponse(SHOWN, HIDDEN)]);
    if (!reading.ok) throw new Error(reading.message);
    expect(reading.orders.map((order) => order.orderId)).toEqual([SHOWN]);
    expect(reading.orders[0]?.total).toEqual({ amount: 25.66, currency: 'USD' });
    expect(reading.diagnostics.missing).toContain(`${HIDDEN}: in the page's data but not shown on the page (not read)`);
  });

  it('are read when the page shows their number in a card the DOM reader could not take apart', () => {
    const unknownLayout = `<section class="new-card"><p>Order number ${HIDDEN}</p></section>`;
    const reading = readAliExpressPage(page(card(SHOWN) + unknownLayout), LIST_URL, NOW, [listResponse(SHOWN, HIDDEN)]);
    expect(reading.ok && reading.orders.map((order) => order.orderId)).toEqual([SHOWN, HIDDEN]);
  });

  it('are not read when their number is only in a JSON block the page does not render (issue 12, break 1)', () => {
    const planted = `<script type="application/json">${JSON.stringify(listResponse(HIDDEN).body)}</script>`;
    const reading = readAliExpressPage(page(card(SHOWN) + planted), LIST_URL, NOW, [listResponse(SHOWN, HIDDEN)]);
    expect(reading.ok && reading.orders.map((order) => order.orderId)).toEqual([SHOWN]);
  });

  it('are not read when their number is hidden text, or a piece of a longer number (break 2)', () => {
    const fragment = SHOWN.slice(2, 13);
    for (const extra of [
      `<div style="display:none">Order ID: ${HIDDEN}</div>`,
      `<div hidden>Order ID: ${HIDDEN}</div>`,
      `<p>Ref ${HIDDEN}9</p>`,
    ]) {
      const reading = readAliExpressPage(page(card(SHOWN) + extra), LIST_URL, NOW, [listResponse(SHOWN, HIDDEN)]);
      expect(reading.ok && reading.orders.map((order) => order.orderId), extra).toEqual([SHOWN]);
    }
    const reading = readAliExpressPage(page(card(SHOWN)), LIST_URL, NOW, [listResponse(SHOWN, fragment)]);
    expect(reading.ok && reading.orders.map((order) => order.orderId)).toEqual([SHOWN]);
  });

  it('are not planted through an inline JSON block: it is no response of the page', () => {
    const body = {
      api: API,
      ret: ['SUCCESS::ok'],
      data: { data: { [`pc_om_list_order_${HIDDEN}`]: { fields: { orderId: HIDDEN } } } },
    };
    const blocks = [
      `<script type="application/json">${JSON.stringify(body)}</script>`,
      `<script type="text/template">${JSON.stringify(body)}</script>`,
      `<script>var planted = ${JSON.stringify(body)};</script>`,
    ];
    for (const block of blocks) {
      const reading = readAliExpressPage(page(`${card(SHOWN)}${block}<p>Order ${HIDDEN}</p>`), LIST_URL, NOW);
      expect(reading.ok && reading.diagnostics.sources, block).toEqual(['dom']);
    }
  });

  it('a hidden card of the DOM is not an order shown either', () => {
    const hiddenCard = card(HIDDEN).replace('class="order-item"', 'class="order-item" style="display:none"');
    const reading = readAliExpressPage(page(card(SHOWN) + hiddenCard), LIST_URL, NOW);
    expect(reading.ok && reading.orders.map((order) => order.orderId)).toEqual([SHOWN]);
  });

  it('make no reading of a page that shows no order at all', () => {
    const reading = readAliExpressPage(page('<p>Loading…</p>'), LIST_URL, NOW, [listResponse(HIDDEN)]);
    expect(reading).toMatchObject({ ok: false, reason: 'layout-not-recognised' });
  });
});
