import { catalogTranslator, type Translator } from './catalog-translator';
import { loadedCatalog } from './load-catalog';
import { DEFAULT_LOCALE, type Locale, matchLocale } from './locales';
import { type Catalog, en } from './messages/en/index';

export type { Translator } from './catalog-translator';
export type { MessageValues } from './format-messages';

/**
 * A translator for one language whose catalog is at hand (given, or loaded: lib/i18n/load-catalog.ts).
 * A message that fails to format falls back to English and then to the key itself
 * (lib/i18n/format-messages.ts), so a translation slip never throws inside a render. A language not loaded
 * yet gives English, said in the console: every context loads its buyer's language before it speaks
 * (a page's I18nProvider, the worker's buyerTranslator), so this is a slip, never a blank text.
 */
export function createTranslator(locale: Locale, catalog: Catalog | undefined = loadedCatalog(locale)): Translator {
  if (catalog === undefined) {
    console.warn(`Buyer Guard: the ${locale} texts are not loaded; English is used`);
    return catalogTranslator(DEFAULT_LOCALE, en, en);
  }
  return catalogTranslator(locale, catalog, en);
}

const shared = new Map<Locale, Translator>();

/**
 * The one translator of a language, shared: the rules layer asks for one per call (an advice in the
 * buyer's language, a text for the platform in English) and keeps the messages it compiled. Kept only
 * once the language is loaded, so an early English stand-in is not kept for good.
 */
export function translatorFor(locale: Locale = DEFAULT_LOCALE): Translator {
  let translator = shared.get(locale);
  if (translator === undefined) {
    translator = createTranslator(locale);
    if (translator.locale === locale) shared.set(locale, translator);
  }
  return translator;
}

/**
 * The catalog language for a BCP 47 tag the rules layer was given ("es-419" → es, "pt-PT" → pt-BR);
 * English when none is given or none matches.
 */
export function localeOfTag(tag: string | undefined): Locale {
  return tag === undefined ? DEFAULT_LOCALE : matchLocale([tag]);
}
