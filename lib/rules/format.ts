import type { Money } from '../model/money';
import type { Instant } from '../model/time';

/** "Mar 29, 2026" in the buyer's zone: texts for the platform are English (PLATFORM_TEXT_LANGUAGE). */
export function formatDay(instant: Instant, timeZone: string): string {
  return new Intl.DateTimeFormat('en-US', { timeZone, year: 'numeric', month: 'short', day: 'numeric' }).format(
    instant,
  );
}

/** Minor-unit digits of a currency (2 for USD, 0 for JPY). */
export function currencyDigits(currency: string): number {
  return new Intl.NumberFormat('en-US', { style: 'currency', currency }).resolvedOptions().maximumFractionDigits ?? 2;
}

/** "12.34 USD", for texts sent to the platform: the ISO code avoids ambiguous symbols ($ is not only USD). */
export function formatMoney(money: Money): string {
  const digits = currencyDigits(money.currency);
  return `${money.amount.toFixed(digits)} ${money.currency}`;
}

export function roundMoney(amount: number, currency: string): number {
  const factor = 10 ** currencyDigits(currency);
  return Math.round(amount * factor) / factor;
}

const moneyFormats = new Map<string, Intl.NumberFormat>();

/**
 * An amount as the buyer reads money in their language: "129,46 zł", "US$ 12,34", "$12.34" (Intl,
 * currency style; the locale's own symbol placement and separators). For what Buyer Guard shows the
 * buyer; texts for the platform keep formatMoney.
 */
export function formatMoneyIn(money: Money, locale = 'en'): string {
  const key = `${locale}|${money.currency}`;
  let format = moneyFormats.get(key);
  if (format === undefined) {
    try {
      format = new Intl.NumberFormat(locale, { style: 'currency', currency: money.currency });
    } catch {
      // A currency code Intl does not know: the platform's form, never a throw inside a render.
      return formatMoney(money);
    }
    moneyFormats.set(key, format);
  }
  return format.format(money.amount);
}
