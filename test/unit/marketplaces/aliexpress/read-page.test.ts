import { describe, expect, it } from 'vitest';
import { readAliExpressPage } from '../../../../lib/marketplaces/aliexpress/read-page';

const NOW = 1_795_165_200_000;
const blank = () => new DOMParser().parseFromString('<html><body><p>Hello</p></body></html>', 'text/html');

describe('readAliExpressPage', () => {
  it.each([
    [
      'a product page',
      'https://www.aliexpress.com/item/1005006123456789.html',
      { ok: false, reason: 'not-a-buyer-page' },
    ],
    ['another site', 'https://example.com/p/order/index.html', { ok: false, reason: 'not-a-buyer-page' }],
    ['not a URL', 'not a url', { ok: false, reason: 'not-a-buyer-page', url: 'https://invalid.invalid/' }],
    [
      'a dispute page',
      'https://www.aliexpress.com/p/refund-dispute/detail.html?tradeOrderId=8204417366541234',
      { ok: false, pageKind: 'dispute', reason: 'layout-not-recognised' },
    ],
    [
      'an order list without orders',
      'https://www.aliexpress.com/p/order/index.html',
      { ok: false, pageKind: 'order-list', reason: 'layout-not-recognised' },
    ],
    [
      'a detail page without an order',
      'https://www.aliexpress.com/p/order/detail.html?orderId=8204417366541234',
      { ok: false, pageKind: 'order-detail', reason: 'layout-not-recognised' },
    ],
    [
      'a tracking page without packages',
      'https://www.aliexpress.com/p/tracking/index.html?tradeOrderId=8204417366541234',
      { ok: false, pageKind: 'tracking', reason: 'layout-not-recognised' },
    ],
  ])('says why it cannot read %s', (_name, url, expected) => {
    expect(readAliExpressPage(blank(), url, NOW)).toMatchObject({ readAt: NOW, ...expected });
  });

  it('reports a signed-out order list', () => {
    const document = new DOMParser().parseFromString(
      '<html><body><form><input type="email"><input type="password"><button>Sign in</button></form></body></html>',
      'text/html',
    );
    expect(readAliExpressPage(document, 'https://www.aliexpress.com/p/order/index.html', NOW)).toMatchObject({
      ok: false,
      reason: 'not-signed-in',
    });
  });
});
