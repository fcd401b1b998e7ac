import type { Money } from '../../model/money';
import { parseFormattedPriceInfo, parseMoney } from './parse-money';
import { cleanText } from './text';

/**
 * Reading the page's JSON by key names, never by fixed paths: a renamed or moved field leaves that
 * field unread instead of breaking the reading. Every helper returns undefined for what it cannot use.
 */

export type Json = Record<string, unknown>;

export function isRecord(value: unknown): value is Json {
  return typeof value === 'object' && value !== null && !Array.isArray(value);
}

/** The first non-empty value under any of the names (exact first, then ignoring case). */
export function field(record: Json, ...names: string[]): unknown {
  for (const name of names) {
    const value = record[name];
    if (value !== undefined && value !== null && value !== '') return value;
  }
  const lowered = names.map((name) => name.toLowerCase());
  for (const key of Object.keys(record)) {
    if (!lowered.includes(key.toLowerCase())) continue;
    const value = record[key];
    if (value !== undefined && value !== null && value !== '') return value;
  }
  return undefined;
}

/** The record under any of the names, when it is one. */
export function recordField(record: Json, ...names: string[]): Json | undefined {
  const value = field(record, ...names);
  return isRecord(value) ? value : undefined;
}

/** Markup some texts carry (`<span style="…">R$5 coupon if delayed</span>`), reduced to its words. */
const TAG = /<\/?[a-z][^>]{0,500}>/gi;

export function text(value: unknown): string | undefined {
  if (typeof value === 'string') return cleanText(value.includes('<') ? value.replace(TAG, ' ') : value) || undefined;
  if (typeof value === 'number' && Number.isFinite(value)) return String(value);
  return undefined;
}

/** Digits of an id, from a string or a number that JSON kept exactly. */
export function idText(value: unknown, pattern = /^\d{6,24}$/): string | undefined {
  if (typeof value === 'number')
    return Number.isSafeInteger(value) && pattern.test(String(value)) ? String(value) : undefined;
  const candidate = text(value);
  return candidate && pattern.test(candidate) ? candidate : undefined;
}

export function positiveInt(value: unknown): number | undefined {
  const number = typeof value === 'number' ? value : Number(text(value));
  return Number.isInteger(number) && number > 0 ? number : undefined;
}

/** Epoch milliseconds, as a number or a string of digits (the reverse API writes `gmtCreate: "1648…"`). */
export function instant(value: unknown): number | undefined {
  const number = typeof value === 'number' ? value : /^\d{12,14}$/.test(text(value) ?? '') ? Number(value) : Number.NaN;
  return Number.isSafeInteger(number) && number > 946_684_800_000 ? number : undefined;
}

/** A boolean as JSON writes it, or as a string ("true"): some responses stringify their scalars. */
export function flag(value: unknown): boolean | undefined {
  if (typeof value === 'boolean') return value;
  if (value === 'true') return true;
  if (value === 'false') return false;
  return undefined;
}

/** Money from "$25.66", "$25.66|25|66", or { value|amount|cent, currency|currencyCode } (and `formatMoney`). */
export function money(value: unknown, currency?: string): Money | undefined {
  if (typeof value === 'string')
    return value.includes('|') ? parseFormattedPriceInfo(value, currency) : parseMoney(value, currency);
  if (typeof value === 'number') return currency && value >= 0 ? parseMoney(String(value), currency) : undefined;
  if (!isRecord(value)) return undefined;
  const ownCurrency = text(field(value, 'currencyCode', 'currency')) ?? currency;
  const cents = field(value, 'cent');
  if (typeof cents === 'number' && ownCurrency) return parseMoney(String(cents / 100), ownCurrency);
  return money(
    field(value, 'formatPriceInfo', 'value', 'amount', 'formatMoney', 'displayAmount', 'formattedAmount', 'unit'),
    ownCurrency,
  );
}

/**
 * Every string in the value (depth-limited), with the key it stands under: where the JSON carries the page's
 * sentences. Subtrees under a `skip` key are left out.
 */
export function stringsOf(
  value: unknown,
  skip: ReadonlySet<string> = new Set(),
  depth = 0,
  out: Array<{ key: string; text: string }> = [],
  key = '',
): Array<{ key: string; text: string }> {
  if (depth > 6 || out.length > 400) return out;
  if (typeof value === 'string') {
    const shown = value.length < 600 ? text(value) : undefined;
    if (shown) out.push({ key, text: shown });
  } else if (Array.isArray(value)) for (const entry of value) stringsOf(entry, skip, depth + 1, out, key);
  else if (isRecord(value))
    for (const [name, entry] of Object.entries(value))
      if (!skip.has(name)) stringsOf(entry, skip, depth + 1, out, name);
  return out;
}
