import { describe, expect, it } from 'vitest';
import { ancestorZIndexes, overlayZIndex } from '../../../lib/badges/overlay-z-index';

describe('overlayZIndex', () => {
  it.each([
    ['no ancestor raises the orders: just above the page flow', ['auto', 'auto'], 1],
    ['the outermost raised ancestor decides', ['auto', '20', '500'], 21],
    ['a negative level still puts the badges above the flow', ['-1'], 1],
    ['the maximum is not exceeded', ['2147483647'], 2147483647],
  ] as const)('%s', (_, values, expected) => {
    expect(overlayZIndex(values)).toBe(expected);
  });

  it('reads the ancestors outermost first', () => {
    document.body.innerHTML = '<main style="position:relative;z-index:7"><div><p id="order"></p></div></main>';
    const order = document.querySelector('#order');
    if (!order) throw new Error('no order');
    const values = ancestorZIndexes(order);
    expect(values.at(-2)).toBe('7');
    expect(overlayZIndex(values)).toBe(8);
  });
});
