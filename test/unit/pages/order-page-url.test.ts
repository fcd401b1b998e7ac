import { describe, expect, it } from 'vitest';
import { orderPageUrl } from '../../../lib/pages/order-page-url';

const ID = '8300000000000003';
const STANDARD = `https://www.aliexpress.com/p/order/detail.html?orderId=${ID}`;

describe('orderPageUrl', () => {
  it.each([
    ['no link from the page', undefined, STANDARD],
    [
      'the page’s AliExpress link',
      `https://es.aliexpress.com/p/order/detail.html?orderId=${ID}`,
      `https://es.aliexpress.com/p/order/detail.html?orderId=${ID}`,
    ],
    [
      'the US storefront',
      `https://www.aliexpress.us/p/order/detail.html?orderId=${ID}`,
      `https://www.aliexpress.us/p/order/detail.html?orderId=${ID}`,
    ],
    ['another host', `https://evil.example/p/order/detail.html?orderId=${ID}`, STANDARD],
    ['a look-alike host', `https://www.aliexpress.com.evil.example/p/order/detail.html?orderId=${ID}`, STANDARD],
    ['credentials before the host', `https://www.aliexpress.com@evil.example/p/order/`, STANDARD],
    ['user info on the right host', `https://x:y@www.aliexpress.com/p/order/`, STANDARD],
    ['plain http', `http://www.aliexpress.com/p/order/detail.html?orderId=${ID}`, STANDARD],
    ['a javascript: URL', 'javascript:alert(1)//www.aliexpress.com/', STANDARD],
    ['not a URL', 'detail.html', STANDARD],
  ])('%s', (_name, detailUrl, expected) => {
    expect(orderPageUrl(ID, detailUrl)).toBe(expected);
  });
});
