import { describe, expect, it } from 'vitest';
import { quantityIn } from '../../../../lib/marketplaces/aliexpress/read-dom-parts';

describe('quantityIn', () => {
  it.each([
    ['x2', 2],
    ['× 3', 3],
    ['US $3.50x2', 2],
    ['US $18.99 x1', 1],
    ['Mini PC x86 4GB US $99.00 x1', 1],
    ['Qty: 4', 4],
    ['Cant.: 2', 2],
    ['Кол-во: 5', 5],
    ['Ilość: 3', 3],
  ])('%s → %d', (text, quantity) => {
    expect(quantityIn(text)).toBe(quantity);
  });

  it.each(['Mini PC x86', 'Mini PC x86 US $99.00', 'Cable 2m x2 pack', 'US $18.99', 'x0', ''])(
    'reads no quantity from %j',
    (text) => {
      expect(quantityIn(text)).toBeUndefined();
    },
  );
});
