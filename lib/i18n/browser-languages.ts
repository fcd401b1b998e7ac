import { browser } from 'wxt/browser';
import { LOCALE_MESSAGE } from './locales';

/**
 * The buyer's languages, most preferred first: the language the browser picked for the extension's own
 * name (from `_locales`, so texts and toolbar title always agree), then the browser's UI language, then
 * the languages the buyer listed for web pages. Works in the worker and in extension pages alike.
 */
export function browserLanguageTags(): string[] {
  const tags: string[] = [];
  try {
    // WXT types getMessage for its own generated keys only; this one comes from lib/i18n/manifest-locales.ts.
    const getMessage = browser.i18n.getMessage as (name: string) => string;
    tags.push(getMessage(LOCALE_MESSAGE), browser.i18n.getUILanguage());
  } catch {
    // No i18n API (a test environment): the page languages still count.
  }
  if (typeof navigator !== 'undefined') tags.push(...(navigator.languages ?? []), navigator.language);
  return tags.filter((tag): tag is string => typeof tag === 'string' && tag.length > 0);
}
