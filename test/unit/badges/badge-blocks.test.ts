import { readFileSync } from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { badgeBlocks } from '../../../lib/badges/badge-blocks';
import { findOrderElements } from '../../../lib/marketplaces/aliexpress/find-order-elements';

const FIXTURES = path.resolve(__dirname, '../../fixtures/aliexpress');
const page = (name: string) =>
  new DOMParser().parseFromString(readFileSync(path.join(FIXTURES, name), 'utf8'), 'text/html');
const TRACKING = (id: string) => `https://www.aliexpress.com/p/tracking/index.html?_addShare=no&tradeOrderId=${id}`;

describe('badgeBlocks: where the badges anchor on each page', () => {
  it.each([
    ['tracking.8204417366541234.html', '8204417366541234'],
    ['tracking.8213000000000011.html', '8213000000000011'],
    ['tracking.8231000000000101.html', '8231000000000101'],
    ['tracking.8232000000000202.html', '8232000000000202'],
  ])('a tracking page (%s): one block, its header, for the order its address names', (file, orderId) => {
    const document = page(file);
    const blocks = badgeBlocks(document, TRACKING(orderId));
    expect(blocks).toHaveLength(1);
    expect(blocks[0]?.orderId).toBe(orderId);
    expect(blocks[0]?.element.className).toMatch(/logistic-info-v2--header--/);
    // The header holds the page's status line: the badge sits by it, not by the event list.
    expect(blocks[0]?.element.querySelector('[class*="statusTitle"]')).not.toBeNull();
  });

  it('a tracking page without a header it knows gets no badge rather than one in the wrong place', () => {
    const document = new DOMParser().parseFromString('<div><p>In transit</p></div>', 'text/html');
    expect(badgeBlocks(document, TRACKING('8204417366541234'))).toEqual([]);
  });

  it('My Orders and an order’s page: each order’s block, as findOrderElements finds them', () => {
    const document = page('order-list.en.html');
    const url = 'https://www.aliexpress.com/p/order/index.html';
    expect(badgeBlocks(document, url)).toEqual(findOrderElements(document));
    expect(badgeBlocks(document, url).length).toBeGreaterThan(1);
  });
});
