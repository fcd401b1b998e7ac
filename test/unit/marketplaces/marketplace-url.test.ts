import { describe, expect, it } from 'vitest';
import {
  marketplaceImageUrl,
  marketplacePageUrl,
  withMarketplaceUrlsOnly,
} from '../../../lib/marketplaces/marketplace-url';
import type { Order } from '../../../lib/model/order';

// The one check every URL Buyer Guard opens or links goes through: https, AliExpress's own hosts, no
// credentials, no other port. Anything else is not opened, not linked, not kept from a backup.

describe('marketplacePageUrl', () => {
  it.each([
    ['https://www.aliexpress.com/p/order/detail.html?orderId=8300000000000003', true],
    ['https://es.aliexpress.com/p/order/index.html', true],
    ['https://aliexpress.com/p/order/index.html', true],
    ['https://www.aliexpress.us/p/tracking/index.html?tradeOrderId=8300000000000003', true],
    ['HTTPS://WWW.ALIEXPRESS.COM/p/order/', true],
    ['https://evil.example/p/order/detail.html?orderId=8300000000000003', false],
    ['https://www.aliexpress.com.evil.example/p/order/', false],
    ['https://evilaliexpress.com/p/order/', false],
    ['https://www.aliexpress.com@evil.example/p/order/', false],
    ['https://x:y@www.aliexpress.com/p/order/', false],
    ['https://www.aliexpress.com:8443/p/order/', false],
    ['http://www.aliexpress.com/p/order/', false],
    ['javascript:alert(1)//www.aliexpress.com/', false],
    ['data:text/html,<script>alert(1)</script>', false],
    ['chrome://settings', false],
    ['file:///etc/passwd', false],
    ['blob:https://www.aliexpress.com/0000', false],
    ['//www.aliexpress.com/p/order/', false],
    ['detail.html', false],
    ['', false],
  ])('%s → %s', (url, accepted) => {
    expect(marketplacePageUrl(url) !== undefined).toBe(accepted);
  });

  it('gives the URL normalised (what is opened is what was checked), markup in it escaped', () => {
    expect(marketplacePageUrl('HTTPS://WWW.ALIEXPRESS.COM/p/order/')).toBe('https://www.aliexpress.com/p/order/');
    expect(marketplacePageUrl('https://www.aliexpress.com/"><script>')).toBe(
      'https://www.aliexpress.com/%22%3E%3Cscript%3E',
    );
    expect(marketplacePageUrl(' javascript:alert(1)')).toBeUndefined();
    expect(marketplacePageUrl(undefined)).toBeUndefined();
  });
});

describe('marketplaceImageUrl', () => {
  it.each([
    ['https://ae01.alicdn.com/kf/S1.jpg_220x220.jpg', true],
    ['https://ae-pic-a1.aliexpress-media.com/kf/S1.jpg', true],
    ['https://www.aliexpress.com/x.png', true],
    ['https://evil.example/x.png', false],
    ['http://ae01.alicdn.com/kf/S1.jpg', false],
  ])('%s → %s', (url, accepted) => {
    expect(marketplaceImageUrl(url) !== undefined).toBe(accepted);
  });
});

describe('withMarketplaceUrlsOnly', () => {
  it('removes every URL of an order that fails the check, and names where', () => {
    const order: Order = {
      marketplace: 'aliexpress',
      orderId: '8300000000000003',
      detailUrl: 'data:text/html,<script>alert(1)</script>',
      trackingUrl: 'https://www.aliexpress.com/p/tracking/index.html?tradeOrderId=8300000000000003',
      store: { name: 'Store', url: 'https://evil.example/store/1' },
      items: [
        { title: 'A', productUrl: 'chrome://settings', imageUrl: 'https://ae01.alicdn.com/kf/a.jpg' },
        { title: 'B', productUrl: 'https://www.aliexpress.com/item/1.html', imageUrl: 'https://evil.example/b.png' },
      ],
      dispute: { url: 'https://evil.example/dispute' },
    };
    const { order: kept, removed } = withMarketplaceUrlsOnly(order);
    expect(removed).toEqual(['detailUrl', 'store.url', 'items.0.productUrl', 'items.1.imageUrl', 'dispute.url']);
    expect(kept).toEqual({
      marketplace: 'aliexpress',
      orderId: '8300000000000003',
      trackingUrl: order.trackingUrl,
      store: { name: 'Store' },
      items: [
        { title: 'A', imageUrl: 'https://ae01.alicdn.com/kf/a.jpg' },
        { title: 'B', productUrl: 'https://www.aliexpress.com/item/1.html' },
      ],
      dispute: {},
    });
  });

  it('returns the same order when every URL passes', () => {
    const order: Order = {
      marketplace: 'aliexpress',
      orderId: '8300000000000003',
      detailUrl: 'https://www.aliexpress.com/p/order/detail.html?orderId=8300000000000003',
    };
    expect(withMarketplaceUrlsOnly(order)).toEqual({ order, removed: [] });
    expect(withMarketplaceUrlsOnly(order).order).toBe(order);
  });
});
