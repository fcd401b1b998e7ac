import { type Translator, translatorFor } from '../i18n/translator';

const UNITS = ['KB', 'MB', 'GB'] as const;

/**
 * Human size in binary units (1 MB = 1024 × 1024 bytes), the convention of upload forms and
 * file managers on Windows, so "5 MB" here is the same "5 MB" the buyer sees in the form.
 * One decimal below 10 units ("4.8 MB", "4,8 Mo"), none above ("12 MB"); exact bytes below 1 KB.
 * The number is written in the buyer's language (Intl), the unit comes from the catalog.
 */
export function formatBytes(bytes: number, words: Translator = translatorFor()): string {
  const number = (value: number, fractionDigits: number) =>
    new Intl.NumberFormat(words.locale, { maximumFractionDigits: fractionDigits }).format(value);
  if (!Number.isFinite(bytes) || bytes < 1024) return words.t('workspace.size.bytes', { count: bytes });
  let value = bytes / 1024;
  let unit = 0;
  while (value >= 1024 && unit < UNITS.length - 1) {
    value /= 1024;
    unit += 1;
  }
  const size = value < 10 ? number(Math.round(value * 10) / 10, 1) : number(Math.round(value), 0);
  return words.t(`workspace.size.${UNITS[unit] ?? 'GB'}`, { size });
}
