import { describe, expect, it } from 'vitest';
import { currencyOf, parseMoney } from '../../../../lib/marketplaces/aliexpress/parse-money';

describe('parseMoney', () => {
  it.each([
    ['US $12.34', 12.34, 'USD'],
    ['US $1,234.56', 1234.56, 'USD'],
    ['$25.66', 25.66, 'USD'],
    ['12,34 €', 12.34, 'EUR'],
    ['€ 1.234,56', 1234.56, 'EUR'],
    ['1.234 €', 1234, 'EUR'],
    ['1 234,56 руб.', 1234.56, 'RUB'],
    ['3\u00a0599,00\u00a0₽', 3599, 'RUB'],
    ['R$ 10,00', 10, 'BRL'],
    ['129,46zł', 129.46, 'PLN'],
    ['Razem: 1 299,99 zł', 1299.99, 'PLN'],
    ['PLN 12,34', 12.34, 'PLN'],
    ['CA $5.00', 5, 'CAD'],
    ['AU $7.10', 7.1, 'AUD'],
    ['MX$199.00', 199, 'MXN'],
    ['£3.50', 3.5, 'GBP'],
    ['¥1,234', 1234, 'JPY'],
    ['₩12,000', 12000, 'KRW'],
    ['Total (2 items): US $14.90', 14.9, 'USD'],
    ['Итого (3 товара): 1 234,56 руб.', 1234.56, 'RUB'],
    ['US $0.99', 0.99, 'USD'],
  ])('%s → %d %s', (text, amount, currency) => {
    expect(parseMoney(text)).toEqual({ amount, currency });
  });

  it.each([
    ['no currency', '12.34'],
    ['a discount', '-$2.93'],
    ['a quantity', 'x2'],
    ['empty', ''],
    ['words only', 'Free shipping'],
  ])('reads nothing from %s', (_name, text) => {
    expect(parseMoney(text)).toBeUndefined();
  });

  it('uses a known currency when the text has no symbol (a JSON amount)', () => {
    expect(parseMoney('25.66', 'USD')).toEqual({ amount: 25.66, currency: 'USD' });
  });

  it('rounds to the currency minor unit', () => {
    expect(parseMoney('US $1.005')?.amount).toBe(1005);
    expect(parseMoney('US $1.5')?.amount).toBe(1.5);
  });

  it('names currencies by code before symbol', () => {
    expect(currencyOf('PLN 12,34 zł')).toBe('PLN');
    expect(currencyOf('12 €')).toBe('EUR');
    expect(currencyOf('12')).toBeUndefined();
  });
});
