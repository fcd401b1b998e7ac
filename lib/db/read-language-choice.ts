import { isLocale, type Locale } from '../i18n/locales';
import type { BuyerGuardDatabase } from './database';

/** The language setting as a stored value holds it: the same answer as `settingsFrom(value).language`. */
export function languageChoiceFrom(value: unknown): Locale | 'auto' {
  const language = typeof value === 'object' && value !== null ? (value as { language?: unknown }).language : undefined;
  return isLocale(language) ? language : 'auto';
}

/**
 * The buyer's language setting alone, without the settings schema: what a page needs before its first
 * render, and Zod is not loaded for it (the popup's first screen loads no Zod). Field by field, as
 * readSettings reads it (a property test holds the two to the same answer).
 */
export async function readLanguageChoice(db: BuyerGuardDatabase): Promise<Locale | 'auto'> {
  return languageChoiceFrom((await db.settings.get('settings'))?.value);
}
