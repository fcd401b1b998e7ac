import type { Locale } from '../i18n/locales';
import type { MessageKey } from '../i18n/messages/en/index';
import { localeOfTag, type MessageValues, translatorFor } from '../i18n/translator';
import type { Money } from '../model/money';
import { formatMoneyIn } from './format';

/**
 * How the rules layer speaks to the buyer: messages from the catalogs in the buyer's language, money
 * in that language's own form. `tag` is the BCP 47 locale the caller gave (dates use it as is); the
 * catalog is its language ("es-419" → Spanish). English when none is given.
 */
export interface BuyerWords {
  /** The catalog language. */
  readonly language: Locale;
  /** The locale as given, for Intl dates (undefined: the browser's). */
  readonly tag?: string;
  t(key: MessageKey, values?: MessageValues): string;
  money(money: Money): string;
}

const cache = new Map<string, BuyerWords>();

export function buyerWords(tag?: string): BuyerWords {
  const cacheKey = tag ?? '';
  let words = cache.get(cacheKey);
  if (words === undefined) {
    const language = localeOfTag(tag);
    const translator = translatorFor(language);
    // A language whose catalog is not loaded yet comes back as English (lib/i18n/translator.ts): then every
    // part speaks English (texts, money, dates), and nothing is kept, so the language is used once loaded.
    const loaded = translator.locale === language;
    const shownTag = loaded ? tag : translator.locale;
    words = {
      language: translator.locale,
      ...(shownTag !== undefined && { tag: shownTag }),
      t: translator.t,
      money: (money) => formatMoneyIn(money, shownTag ?? language),
    };
    if (loaded) cache.set(cacheKey, words);
  }
  return words;
}

/** Whole sentences joined with a space, empty ones left out. */
export function sentences(...parts: readonly (string | false | undefined)[]): string {
  return parts.filter((part): part is string => typeof part === 'string' && part !== '').join(' ');
}

/** A list item inside a sentence: its first letter in lower case, except in German (nouns keep capitals). */
export function lowerFirst(text: string, language: Locale): string {
  if (language === 'de' || text === '') return text;
  return text.charAt(0).toLocaleLowerCase(language) + text.slice(1);
}

/**
 * A value as an ICU `select` key: hyphens are pattern syntax there, so "full-refund" is written
 * "full_refund" in the catalogs.
 */
export function selectKey(value: string): string {
  return value.replaceAll('-', '_');
}
