import { catalogFile } from './catalog-file';
import { CATALOGS } from './catalogs';
import { DEFAULT_LOCALE, LOCALES } from './locales';

/**
 * Build only: each language's catalog but English as a JSON file of the extension, from the same TypeScript
 * catalogs as everything else, so they cannot drift. No context parses a language it does not speak:
 * the worker's cold start compiled all seven when they were in its bundle (about 20 ms of its 85).
 */
export function catalogFiles(): Array<{ relativeDest: string; contents: string }> {
  return LOCALES.filter((locale) => locale !== DEFAULT_LOCALE).map((locale) => ({
    relativeDest: catalogFile(locale).slice(1),
    contents: JSON.stringify(CATALOGS[locale]),
  }));
}
