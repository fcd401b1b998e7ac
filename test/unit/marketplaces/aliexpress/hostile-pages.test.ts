import { describe, expect, it } from 'vitest';
import { acceptOrders } from '../../../../lib/background/accept-orders';
import { readAliExpressPage } from '../../../../lib/marketplaces/aliexpress/read-page';
import type { Order } from '../../../../lib/model/order';
import {
  HOSTILE_B_TITLE_KEPT,
  HOSTILE_IDS,
  HOSTILE_TEXT,
  HOSTILE_URLS,
  hostileOrderDetailHtml,
  hostileOrderListHtml,
  hostileTrackingHtml,
} from '../../../fixtures/hostile/hostile-pages';

// Hostile page text is kept as the text the buyer sees (never as markup), and no link but an https one survives.

const NOW = Date.parse('2026-11-20T09:00:00Z');

/** The orders as they are stored: read off the page, then checked by the background's model schema. */
function read(html: string, url: string): Order[] {
  const reading = readAliExpressPage(new DOMParser().parseFromString(html, 'text/html'), url, NOW);
  if (!reading.ok) throw new Error(reading.message);
  return acceptOrders(reading.orders).orders;
}

/** Every URL-valued field of an order. */
function urlsOf(order: Order): string[] {
  return [
    order.detailUrl,
    order.store?.url,
    ...(order.items ?? []).flatMap((item) => [item.productUrl, item.imageUrl]),
  ].filter((url): url is string => url !== undefined);
}

describe('hostile AliExpress pages', () => {
  it('My Orders: titles, SKUs and stores are the text shown; the real <img> in a title adds nothing', () => {
    const orders = read(hostileOrderListHtml(), HOSTILE_URLS.list);
    expect(orders.map((order) => order.orderId)).toEqual([HOSTILE_IDS.a, HOSTILE_IDS.b, HOSTILE_IDS.c]);
    const [a, b, c] = orders;
    expect(a?.items?.[0]).toMatchObject({ title: HOSTILE_TEXT.a.title, sku: HOSTILE_TEXT.a.sku });
    expect(a?.store?.name).toBe(HOSTILE_TEXT.a.store);
    // 10 KB of title: kept to the model's 500 characters where it is stored (the background says so).
    expect(b?.items?.[0]?.title).toBe(HOSTILE_B_TITLE_KEPT);
    expect(b?.items?.[0]?.title.length).toBe(500);
    expect(b?.store?.name).toBe(HOSTILE_TEXT.b.store);
    expect(c?.items?.[0]).toMatchObject({ title: HOSTILE_TEXT.c.title, sku: HOSTILE_TEXT.c.sku });
    expect(c?.store?.name).toBe(HOSTILE_TEXT.c.store);
  });

  it('javascript: and http store and product links are dropped; every kept URL is https', () => {
    const orders = read(hostileOrderListHtml(), HOSTILE_URLS.list);
    const [a, b] = orders;
    expect(a?.store?.url).toBeUndefined();
    expect(b?.store).toEqual({ name: HOSTILE_TEXT.b.store, id: '1102000002' });
    expect(a?.items?.[0]?.productUrl).toBeUndefined();
    for (const url of orders.flatMap(urlsOf)) expect(new URL(url).protocol).toBe('https:');
    expect(JSON.stringify(orders)).not.toMatch(/javascript:alert\((5|6)\)/);
  });

  it('the detail and tracking pages keep hostile status, carrier and event wording as text', () => {
    const [detail] = read(hostileOrderDetailHtml(), HOSTILE_URLS.detail);
    expect(detail).toMatchObject({
      orderId: HOSTILE_IDS.a,
      statusText: HOSTILE_TEXT.a.statusText,
      store: { name: HOSTILE_TEXT.a.store },
      items: [{ title: HOSTILE_TEXT.a.title, sku: HOSTILE_TEXT.a.sku }],
      tracking: { carrier: HOSTILE_TEXT.a.carrier },
    });
    // The page's hostile links are dropped; the order's own page address is built, not taken from them.
    expect(detail && urlsOf(detail)).toEqual([
      `https://www.aliexpress.com/p/order/detail.html?orderId=${HOSTILE_IDS.a}`,
    ]);
    const [tracking] = read(hostileTrackingHtml(), HOSTILE_URLS.tracking);
    expect(tracking?.tracking?.carrier).toBe(HOSTILE_TEXT.a.carrier);
    expect(tracking?.tracking?.events?.map((event) => event.description)).toEqual(HOSTILE_TEXT.a.events);
  });
});
