import type { Money } from '../../model/money';
import { fractionDigits } from './currency-digits';
import { cleanText } from './text';

/**
 * Amounts as the pages write them: "US $12.34", "12,34 €", "€ 1.234,56", "1 234,56 руб.",
 * "R$ 10,00", "129,46zł", "PLN 12,34", "CA $5.00". The currency comes from the symbol or an
 * ISO code in the text; a text without one yields nothing (unless the caller knows the
 * currency from the same source). A bare "$" is US dollars: AliExpress writes every other
 * dollar with its country (CA $, AU $, MX$, NZ$, R$ …).
 */

/** Symbols and words, longest first so "US $" wins over "$". Checked case-insensitively. */
const CURRENCY_MARKS: Array<[mark: string, currency: string]> = [
  ['US $', 'USD'],
  ['US$', 'USD'],
  ['CA $', 'CAD'],
  ['CA$', 'CAD'],
  ['C$', 'CAD'],
  ['AU $', 'AUD'],
  ['AU$', 'AUD'],
  ['A$', 'AUD'],
  ['NZ $', 'NZD'],
  ['NZ$', 'NZD'],
  ['MX $', 'MXN'],
  ['MX$', 'MXN'],
  ['HK$', 'HKD'],
  ['S$', 'SGD'],
  ['CL $', 'CLP'],
  ['CLP $', 'CLP'],
  ['COL$', 'COP'],
  ['R$', 'BRL'],
  ['руб', 'RUB'],
  ['₽', 'RUB'],
  ['zł', 'PLN'],
  ['€', 'EUR'],
  ['£', 'GBP'],
  ['₴', 'UAH'],
  ['грн', 'UAH'],
  ['₸', 'KZT'],
  ['kč', 'CZK'],
  ['₺', 'TRY'],
  ['₪', 'ILS'],
  ['₩', 'KRW'],
  ['¥', 'JPY'],
  ['₹', 'INR'],
  ['฿', 'THB'],
  ['₫', 'VND'],
  ['₱', 'PHP'],
  ['lei', 'RON'],
  ['$', 'USD'],
];

const ISO_CODE =
  /(?<![A-Za-z])(USD|EUR|GBP|PLN|RUB|BRL|CAD|AUD|MXN|CHF|SEK|NOK|DKK|CZK|HUF|RON|UAH|KZT|TRY|ILS|JPY|KRW|CNY|INR|CLP|COP|PEN|NZD|SGD|HKD)(?![A-Za-z])/;

interface CurrencyMark {
  currency: string;
  start: number;
  end: number;
}

function findCurrencyMark(text: string): CurrencyMark | undefined {
  const code = ISO_CODE.exec(text);
  if (code?.[1]) return { currency: code[1], start: code.index, end: code.index + code[1].length };
  const lower = text.toLowerCase();
  for (const [mark, currency] of CURRENCY_MARKS) {
    const start = lower.indexOf(mark.toLowerCase());
    if (start >= 0) return { currency, start, end: start + mark.length };
  }
  return undefined;
}

/** The ISO currency a text names by code or symbol, or undefined. */
export function currencyOf(text: string): string | undefined {
  return findCurrencyMark(text)?.currency;
}

/**
 * The number in an amount text, deciding which separator is the decimal one: the last of two
 * different separators; a separator that repeats, or a lone one followed by exactly three
 * digits, groups thousands ("1,234", "1.234.567"); otherwise a lone separator is decimal.
 */
function amountOf(numberText: string, currency: string): number | undefined {
  const compact = numberText.replace(/[\s'’\u00a0\u202f\u2009]/g, '');
  if (!/^\d[\d.,]*$/.test(compact)) return undefined;
  const lastDot = compact.lastIndexOf('.');
  const lastComma = compact.lastIndexOf(',');
  let decimalAt = Math.max(lastDot, lastComma);
  if (lastDot < 0 || lastComma < 0) {
    const separator = compact[decimalAt];
    const repeats = separator !== undefined && compact.indexOf(separator) !== decimalAt;
    if (repeats || compact.length - decimalAt - 1 === 3) decimalAt = -1;
  }
  const integer = (decimalAt >= 0 ? compact.slice(0, decimalAt) : compact).replace(/[.,]/g, '');
  const fraction = decimalAt >= 0 ? compact.slice(decimalAt + 1) : '';
  if (/[.,]/.test(fraction)) return undefined;
  const value = Number(`${integer}.${fraction || '0'}`);
  if (!Number.isFinite(value)) return undefined;
  const scale = 10 ** fractionDigits(currency);
  return Math.round(value * scale) / scale;
}

const NUMBER = /\d[\d\s.,'’\u00a0\u202f\u2009]*/g;

/**
 * The amount in a text, with its currency: the number written next to the currency mark
 * ("Total (2 items): US $14.90" is 14.90). `knownCurrency` stands in when the text has no
 * mark (a JSON field beside a currency code). Negative amounts (discounts) are not money here.
 */
export function parseMoney(text: string | null | undefined, knownCurrency?: string): Money | undefined {
  const clean = cleanText(text);
  if (!clean) return undefined;
  const mark = findCurrencyMark(clean);
  const currency = mark?.currency ?? knownCurrency;
  if (!currency) return undefined;
  let best: { text: string; start: number; gap: number } | undefined;
  for (const match of clean.matchAll(NUMBER)) {
    const numberText = match[0].replace(/[.,\s'’\u00a0\u202f\u2009]+$/, '');
    const start = match.index;
    const end = start + numberText.length;
    const gap = mark ? Math.min(Math.abs(mark.start - end), Math.abs(start - mark.end)) : start;
    if (!best || gap < best.gap) best = { text: numberText, start, gap };
  }
  if (!best) return undefined;
  if (/[-−–]\s*\D{0,4}$/.test(clean.slice(0, best.start))) return undefined;
  const amount = amountOf(best.text, currency);
  return amount === undefined ? undefined : { amount, currency };
}

/** "$25.66|25|66" (the pages' `formatPriceInfo`): the amount before the first bar. */
export function parseFormattedPriceInfo(text: string, knownCurrency?: string): Money | undefined {
  return parseMoney(text.split('|')[0], knownCurrency);
}
