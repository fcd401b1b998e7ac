/**
 * Fraction digits of a currency as Intl formats it (CLDR: 2 for EUR, 0 for JPY and HUF, 3 for KWD), kept as
 * data: the first Intl.NumberFormat a page's content script builds loads the locale data, which cost
 * 18–48 ms per page load in the CPU profile (docs/PERFORMANCE.md). Only the currencies that are not 2 are
 * listed; test/unit/marketplaces/aliexpress/currency-digits.test.ts fails when Intl says otherwise for any
 * currency it knows.
 */
const NOT_TWO: Record<string, number> = {};
for (const code of 'AFN ALL BIF CLP COP DJF GNF HUF IDR IQD IRR ISK JPY KMF KPW KRW LAK LBP MGA MMK PKR PYG RWF SLL SOS SYP UGX VND VUV XAF XOF XPF YER'.split(
  ' ',
))
  NOT_TWO[code] = 0;
for (const code of 'BHD JOD KWD LYD OMR TND'.split(' ')) NOT_TWO[code] = 3;

/** How many digits after the decimal point an amount in `currency` (ISO 4217 code) has. */
export function fractionDigits(currency: string): number {
  return Object.hasOwn(NOT_TWO, currency) ? (NOT_TWO[currency] as number) : 2;
}
