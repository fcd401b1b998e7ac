import { describe, expect, it } from 'vitest';
import { detectAliExpressPage } from '../../../../lib/marketplaces/aliexpress/urls';

describe('detectAliExpressPage', () => {
  it.each([
    ['https://www.aliexpress.com/p/order/index.html', { kind: 'order-list' }],
    ['https://www.aliexpress.com/p/order/index.html?spm=a2g0o.home.1', { kind: 'order-list' }],
    ['https://es.aliexpress.com/p/order/index.html', { kind: 'order-list' }],
    ['https://www.aliexpress.us/p/order/index.html', { kind: 'order-list' }],
    [
      'https://www.aliexpress.com/p/order/detail.html?orderId=8204417366541234',
      { kind: 'order-detail', orderId: '8204417366541234' },
    ],
    [
      'https://www.aliexpress.com/p/tracking/index.html?tradeOrderId=8204417366541234',
      { kind: 'tracking', orderId: '8204417366541234' },
    ],
    ['https://www.aliexpress.com/p/order/list.html', { kind: 'order-list' }],
    ['https://www.aliexpress.com/p/order/', { kind: 'order-list' }],
    [
      'https://pl.aliexpress.com/p/order/detail.html?orderId=8217000000000011&spm=a2g0o',
      { kind: 'order-detail', orderId: '8217000000000011' },
    ],
    [
      'https://www.aliexpress.com/p/refund-dispute/detail.html?tradeOrderId=8204417366541234',
      { kind: 'dispute', orderId: '8204417366541234' },
    ],
    ['https://m.aliexpress.com/p/refund-dispute/list.html', { kind: 'dispute' }],
    ['https://www.aliexpress.com/p/order/detail.html', { kind: 'unknown' }],
    ['https://www.aliexpress.com/p/order/detail.html?orderId=abc', { kind: 'unknown' }],
    ['http://www.aliexpress.com/p/order/index.html', { kind: 'unknown' }],
    ['https://www.aliexpress.com.evil.example/p/order/index.html', { kind: 'unknown' }],
    ['https://www.aliexpress.com/item/1005006123456789.html', { kind: 'unknown' }],
    ['not a url', { kind: 'unknown' }],
  ])('%s', (url, expected) => {
    expect(detectAliExpressPage(url)).toEqual(expected);
  });
});
