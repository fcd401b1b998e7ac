import { browser } from 'wxt/browser';
import { catalogFile } from './catalog-file';
import type { Locale } from './locales';
import { type Catalog, en } from './messages/en/index';

/**
 * The catalogs a context has, loaded on demand: a popup, a page or the background worker needs its buyer's
 * language and English (the fallback, always here), not all seven (about 100 KB each). Each language but
 * English is a JSON file of the extension (written at build time by wxt.config.ts, lib/i18n/catalog-file.ts),
 * read with fetch: the one way that works in the worker too, which cannot import a chunk later. Fetching
 * the extension's own file is no network request.
 */
const loaded = new Map<Locale, Catalog>([['en', en]]);
const loading = new Map<Locale, Promise<Catalog>>();

/** A parsed file is a catalog when it is an object of texts (the file is ours; this guards a damaged copy). */
function asCatalog(value: unknown, locale: Locale): Catalog {
  const isTexts =
    typeof value === 'object' &&
    value !== null &&
    !Array.isArray(value) &&
    Object.values(value).every((text) => typeof text === 'string');
  if (!isTexts) throw new Error(`The ${locale} texts file is damaged`);
  return value as Catalog;
}

async function fetchCatalog(locale: Locale): Promise<Catalog> {
  // WXT types getURL for the files it knows of in public/; the catalogs are added by a build hook.
  const url = (browser.runtime.getURL as (path: string) => string)(catalogFile(locale));
  const response = await fetch(url);
  if (!response.ok) throw new Error(`The ${locale} texts could not be read (${response.status})`);
  return asCatalog(await response.json(), locale);
}

/** One language's catalog, loaded once; a failed load is tried again on the next call. */
export function loadCatalog(locale: Locale): Promise<Catalog> {
  const ready = loaded.get(locale);
  if (ready) return Promise.resolve(ready);
  let pending = loading.get(locale);
  if (pending === undefined) {
    pending = fetchCatalog(locale).then(
      (catalog) => {
        loaded.set(locale, catalog);
        loading.delete(locale);
        return catalog;
      },
      (error: unknown) => {
        loading.delete(locale);
        throw error;
      },
    );
    loading.set(locale, pending);
  }
  return pending;
}

/** The catalog of a language already loaded (English always is), so a page can render without waiting. */
export function loadedCatalog(locale: Locale): Catalog | undefined {
  return loaded.get(locale);
}

/** Hands over catalogs already at hand (the unit tests hold every catalog in their sources). */
export function rememberCatalog(locale: Locale, catalog: Catalog): void {
  loaded.set(locale, catalog);
}

/** Forgets every loaded catalog but English (tests of the loading itself). */
export function forgetLoadedCatalogs(): void {
  for (const locale of loaded.keys()) if (locale !== 'en') loaded.delete(locale);
  loading.clear();
}
