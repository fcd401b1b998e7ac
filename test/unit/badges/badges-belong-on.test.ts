import { describe, expect, it } from 'vitest';
import { badgesBelongOn } from '../../../lib/badges/badges-belong-on';

describe('badgesBelongOn', () => {
  it.each([
    ['https://www.aliexpress.com/p/order/index.html', true],
    ['https://www.aliexpress.com/p/order/index.html?tab=shipped', true],
    ['https://es.aliexpress.com/p/order/detail.html?orderId=8204417366541234', true],
    ['https://www.aliexpress.us/p/order/detail.html?orderId=8204417366541234', true],
    ['https://www.aliexpress.com/p/order/detail.html', false],
    ['https://www.aliexpress.com/p/tracking/index.html?tradeOrderId=8204417366541234', true],
    ['https://www.aliexpress.com/p/tracking/index.html', false],
    ['https://www.aliexpress.com/item/1005006123456789.html', false],
    ['http://www.aliexpress.com/p/order/index.html', false],
  ])('%s → %s', (url, expected) => {
    expect(badgesBelongOn(url)).toBe(expected);
  });
});
