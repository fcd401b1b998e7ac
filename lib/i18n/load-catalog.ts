import type { Locale } from './locales';
import { type Catalog, en } from './messages/en/index';

/**
 * The catalogs an extension page loads on demand, one chunk per language: a page needs its buyer's
 * language and English (the fallback), not all seven (about 100 KB each). The background worker
 * cannot import chunks later and keeps every catalog (lib/i18n/catalogs.ts).
 */
const LOADERS: Readonly<Record<Locale, () => Promise<Catalog>>> = {
  en: async () => en,
  es: async () => (await import('./messages/es/index')).es,
  fr: async () => (await import('./messages/fr/index')).fr,
  'pt-BR': async () => (await import('./messages/pt-BR/index')).ptBR,
  de: async () => (await import('./messages/de/index')).de,
  ru: async () => (await import('./messages/ru/index')).ru,
  pl: async () => (await import('./messages/pl/index')).pl,
};

const loading = new Map<Locale, Promise<Catalog>>();
const loaded = new Map<Locale, Catalog>([['en', en]]);

/** One language's catalog, loaded once; a failed load is tried again on the next call. */
export function loadCatalog(locale: Locale): Promise<Catalog> {
  let pending = loading.get(locale);
  if (pending === undefined) {
    pending = LOADERS[locale]().then(
      (catalog) => {
        loaded.set(locale, catalog);
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
