import { describe, expect, it } from 'vitest';
import { fractionDigits } from '../../../../lib/marketplaces/aliexpress/currency-digits';

describe('currency fraction digits kept as data', () => {
  const currencies = Intl.supportedValuesOf('currency');

  it('covers a real list of currencies', () => {
    expect(currencies.length).toBeGreaterThan(100);
  });

  it('says what Intl says for every currency Intl knows', () => {
    const differs = currencies.filter(
      (currency) =>
        fractionDigits(currency) !==
        new Intl.NumberFormat('en', { style: 'currency', currency }).resolvedOptions().maximumFractionDigits,
    );
    expect(differs).toEqual([]);
  });

  it('gives 2 for a code it has never heard of, as Intl did when it could not format one', () => {
    expect(fractionDigits('ZZZ')).toBe(2);
    expect(fractionDigits('toString')).toBe(2);
  });
});
