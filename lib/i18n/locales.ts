/**
 * The languages Buyer Guard speaks: the same seven its page readers understand, so a buyer reads the
 * extension in the language AliExpress shows them. Brazilian Portuguese is the Portuguese AliExpress
 * serves (pt.aliexpress.com); every other Portuguese tag falls back to it.
 */
export const LOCALES = ['en', 'es', 'fr', 'pt-BR', 'de', 'ru', 'pl'] as const;
export type Locale = (typeof LOCALES)[number];

export const DEFAULT_LOCALE: Locale = 'en';

/**
 * The message of each `_locales/<lang>/messages.json` that names the folder's language (manifest-locales.ts):
 * how the extension learns which one the browser picked.
 */
export const LOCALE_MESSAGE = 'localeCode';

/** Each language in its own words, for the language menu (never translated). */
export const LOCALE_NAMES: Readonly<Record<Locale, string>> = {
  en: 'English',
  es: 'Español',
  fr: 'Français',
  'pt-BR': 'Português (Brasil)',
  de: 'Deutsch',
  ru: 'Русский',
  pl: 'Polski',
};

export function isLocale(value: unknown): value is Locale {
  return typeof value === 'string' && (LOCALES as readonly string[]).includes(value);
}

/**
 * The first of the buyer's language tags (most preferred first, as the browser lists them) that
 * Buyer Guard speaks, matched on the language alone ("es-419" → es, "pt-PT" → pt-BR); English when
 * none matches. Malformed tags are skipped, never thrown on.
 */
export function matchLocale(tags: readonly string[]): Locale {
  for (const tag of tags) {
    const language = languageOf(tag);
    if (language === undefined) continue;
    const match = LOCALES.find((locale) => locale.split('-')[0] === language);
    if (match) return match;
  }
  return DEFAULT_LOCALE;
}

function languageOf(tag: string): string | undefined {
  try {
    return new Intl.Locale(tag.replace('_', '-')).language.toLowerCase();
  } catch {
    return undefined;
  }
}

/** The buyer's choice in settings ('auto' = follow the browser) resolved against the browser's languages. */
export function chooseLocale(choice: Locale | 'auto' | undefined, browserTags: readonly string[]): Locale {
  return choice !== undefined && choice !== 'auto' ? choice : matchLocale(browserTags);
}
