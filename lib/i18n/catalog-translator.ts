import { createMessageFormatter, type MessageValues } from './format-messages';
import type { Locale } from './locales';
import type { Catalog, MessageKey } from './messages/en/index';

/** Turns a message key and its values into text in one language. */
export interface Translator {
  readonly locale: Locale;
  t(key: MessageKey, values?: MessageValues): string;
}

/**
 * A translator over a catalog the caller holds, falling back to `fallback` (English) and then to the key
 * (lib/i18n/format-messages.ts). Imports no catalog itself, so an extension page can load only its buyer's
 * language (lib/i18n/load-catalog.ts) instead of all seven.
 */
export function catalogTranslator(locale: Locale, catalog: Catalog, fallback: Catalog): Translator {
  return { locale, t: createMessageFormatter<MessageKey>(locale, catalog, fallback) };
}
