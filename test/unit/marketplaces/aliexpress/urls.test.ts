import { describe, expect, it } from 'vitest';
import {
  detectAliExpressPage,
  orderDetailPageUrl,
  trackingPageUrl,
} from '../../../../lib/marketplaces/aliexpress/urls';

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
    [
      'https://www.aliexpress.com/p/reverse-pages/detail.html?reverseOrderLineId=6230000000000112&tradeOrderId=8240000000000011',
      { kind: 'dispute', orderId: '8240000000000011' },
    ],
    // The form that opens a return/refund shows no case yet.
    ['https://www.aliexpress.com/p/reverse-pages/start.html?tradeOrderId=8240000000000011', { kind: 'unknown' }],
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

describe('order page addresses', () => {
  it.each([
    // The order-list JSON gives the detail page without the id; the page adds it.
    [
      'https://www.aliexpress.com/p/order/detail.html',
      'https://www.aliexpress.com/p/order/detail.html?orderId=8100000000000001',
    ],
    [
      '//www.aliexpress.com/p/order/detail.html?orderId=8100000000000001',
      'https://www.aliexpress.com/p/order/detail.html?orderId=8100000000000001',
    ],
    [
      'https://es.aliexpress.com/p/order/detail.html',
      'https://es.aliexpress.com/p/order/detail.html?orderId=8100000000000001',
    ],
    // Another order, another host, http, another path: the standard address instead.
    [
      'https://www.aliexpress.com/p/order/detail.html?orderId=8199999999999999',
      'https://www.aliexpress.com/p/order/detail.html?orderId=8100000000000001',
    ],
    [
      'https://evil.example/p/order/detail.html',
      'https://www.aliexpress.com/p/order/detail.html?orderId=8100000000000001',
    ],
    [
      'http://www.aliexpress.com/p/order/detail.html',
      'https://www.aliexpress.com/p/order/detail.html?orderId=8100000000000001',
    ],
    ['javascript:alert(1)', 'https://www.aliexpress.com/p/order/detail.html?orderId=8100000000000001'],
    [undefined, 'https://www.aliexpress.com/p/order/detail.html?orderId=8100000000000001'],
  ])('detail page from %s', (given, expected) => {
    expect(orderDetailPageUrl('8100000000000001', given)).toBe(expected);
  });

  it.each([
    [
      'https://www.aliexpress.com/p/tracking/index.html',
      'https://www.aliexpress.com/p/tracking/index.html?tradeOrderId=8100000000000001',
    ],
    [
      'https://www.aliexpress.com/p/tracking/index.html?_addShare=no&_login=yes&tradeOrderId=8100000000000001',
      'https://www.aliexpress.com/p/tracking/index.html?_addShare=no&_login=yes&tradeOrderId=8100000000000001',
    ],
    [
      'https://www.aliexpress.com/p/order/detail.html',
      'https://www.aliexpress.com/p/tracking/index.html?tradeOrderId=8100000000000001',
    ],
  ])('tracking page from %s', (given, expected) => {
    expect(trackingPageUrl('8100000000000001', given)).toBe(expected);
  });

  it('every address built is one the page detector reads back as that order', () => {
    expect(detectAliExpressPage(orderDetailPageUrl('8100000000000001'))).toEqual({
      kind: 'order-detail',
      orderId: '8100000000000001',
    });
    expect(detectAliExpressPage(trackingPageUrl('8100000000000001'))).toEqual({
      kind: 'tracking',
      orderId: '8100000000000001',
    });
  });
});
