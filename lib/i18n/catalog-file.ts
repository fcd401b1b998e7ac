import type { Locale } from './locales';

/**
 * Where a language's catalog is in the built extension: a JSON file per language but English (which every
 * bundle holds as the fallback). Written by wxt.config.ts (lib/i18n/catalog-files.ts), read by
 * lib/i18n/load-catalog.ts.
 */
export function catalogFile(locale: Locale): `/i18n/${string}.json` {
  return `/i18n/${locale}.json`;
}
