import { readFileSync } from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { findOrderElements } from '../../../../lib/marketplaces/aliexpress/find-order-elements';

const FIXTURES = path.resolve(import.meta.dirname, '../../../fixtures/aliexpress');
const load = (name: string) =>
  new DOMParser().parseFromString(readFileSync(path.join(FIXTURES, name), 'utf8'), 'text/html');

describe('findOrderElements', () => {
  it('finds each order card of My Orders, in page order', () => {
    const found = findOrderElements(load('order-list.en.html'));
    expect(found.map((entry) => entry.orderId)).toEqual([
      '8204417366541234',
      '8211002233445566',
      '8209988776655443',
      '8201234567890123',
      '8207770001112223',
      '8198765432105678',
      '8195551112223334',
    ]);
    for (const { element } of found) expect(element.classList.contains('order-item')).toBe(true);
  });

  it('finds the blocks of a layout with unknown class names by their order-id labels', () => {
    const found = findOrderElements(load('order-list.redesign.en.html'));
    expect(found.map((entry) => [entry.orderId, entry.element.tagName])).toEqual([
      ['8218000000000011', 'SECTION'],
      ['8218000000000022', 'SECTION'],
    ]);
  });

  it('finds the one order of a detail page', () => {
    const found = findOrderElements(load('order-detail.8212345678905678.html'));
    expect(found.map((entry) => entry.orderId)).toEqual(['8212345678905678']);
    expect(found[0]?.element.textContent).toContain('Set de cuchillos');
  });

  it('finds nothing on a page without orders', () => {
    expect(findOrderElements(load('order-list.captcha.html'))).toEqual([]);
    expect(findOrderElements(load('order-list.empty.en.html'))).toEqual([]);
  });
});
