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

/** "12.34 USD": the ISO code avoids ambiguous symbols ($ is not only USD). */
export function formatMoney(money: Money): string {
  const digits = currencyDigits(money.currency);
  return `${money.amount.toFixed(digits)} ${money.currency}`;
}

export function roundMoney(amount: number, currency: string): number {
  const factor = 10 ** currencyDigits(currency);
  return Math.round(amount * factor) / factor;
}
