import { catalogTranslator, type Translator } from './catalog-translator';
import { CATALOGS } from './catalogs';
import { DEFAULT_LOCALE, type Locale, matchLocale } from './locales';
import { type Catalog, en } from './messages/en/index';

export type { Translator } from './catalog-translator';
export type { MessageValues } from './format-messages';

/**
 * A translator for one language. A message that fails to format falls back to English and then to the
 * key itself (lib/i18n/format-messages.ts), so a translation slip never throws inside a render.
 */
export function createTranslator(locale: Locale, catalog: Catalog = CATALOGS[locale]): Translator {
  return catalogTranslator(locale, catalog, en);
}

const shared = new Map<Locale, Translator>();

/**
 * The one translator of a language, shared: the rules layer asks for one per call (an advice in the
 * buyer's language, a text for the platform in English) and keeps the messages it compiled.
 */
export function translatorFor(locale: Locale = DEFAULT_LOCALE): Translator {
  let translator = shared.get(locale);
  if (translator === undefined) {
    translator = createTranslator(locale);
    shared.set(locale, translator);
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
