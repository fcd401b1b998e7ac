import { IntlMessageFormat } from 'intl-messageformat';
import { CATALOGS } from './catalogs';
import type { Locale } from './locales';
import { type Catalog, en, type MessageKey } from './messages/en/index';

export type MessageValues = Readonly<Record<string, string | number>>;

/** Turns a message key and its values into text in one language. */
export interface Translator {
  readonly locale: Locale;
  t(key: MessageKey, values?: MessageValues): string;
}

/**
 * A translator for one language. Each message is parsed once, on first use. A message that fails to
 * format (a value missing, a broken translation) falls back to English and then to the key itself, so a
 * translation slip never blanks a deadline or throws inside a render.
 */
export function createTranslator(locale: Locale, catalog: Catalog = CATALOGS[locale]): Translator {
  const compiled = new Map<MessageKey, IntlMessageFormat>();
  const format = (key: MessageKey, values: MessageValues | undefined, source: Catalog, tag: string): string => {
    let message = source === catalog ? compiled.get(key) : undefined;
    if (message === undefined) {
      message = new IntlMessageFormat(source[key], tag);
      if (source === catalog) compiled.set(key, message);
    }
    return String(message.format(values));
  };
  return {
    locale,
    t(key, values) {
      try {
        return format(key, values, catalog, locale);
      } catch {
        try {
          return format(key, values, en, 'en');
        } catch {
          return key;
        }
      }
    },
  };
}
