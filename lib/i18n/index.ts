export { chooseLocale, DEFAULT_LOCALE, isLocale, LOCALE_NAMES, LOCALES, type Locale, matchLocale } from './locales';
export type { Catalog, MessageKey } from './messages/en/index';
export { createTranslator, localeOfTag, type MessageValues, type Translator, translatorFor } from './translator';
