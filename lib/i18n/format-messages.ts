import { IntlMessageFormat } from 'intl-messageformat';

export type MessageValues = Readonly<Record<string, string | number>>;

/**
 * Formats the messages of one catalog (or one area of it) in one language. Each message is parsed once,
 * on first use. A message that fails to format (a value missing, a broken translation) falls back to the
 * fallback catalog (English) and then to the key itself, so a translation slip never blanks a deadline
 * or throws inside a render. Kept apart from the full catalogs so a part that needs only a few texts
 * (the deadline formatter in the content script) bundles only those.
 */
export function createMessageFormatter<K extends string>(
  locale: string,
  catalog: Readonly<Record<K, string>>,
  fallback: Readonly<Record<K, string>>,
): (key: K, values?: MessageValues) => string {
  const compiled = new Map<K, IntlMessageFormat>();
  const fallbackCompiled = new Map<K, IntlMessageFormat>();
  const format = (
    key: K,
    values: MessageValues | undefined,
    source: Readonly<Record<K, string>>,
    tag: string,
    cache: Map<K, IntlMessageFormat>,
  ): string => {
    let message = cache.get(key);
    if (message === undefined) {
      message = new IntlMessageFormat(source[key], tag);
      cache.set(key, message);
    }
    return String(message.format(values));
  };
  return (key, values) => {
    try {
      return format(key, values, catalog, locale, compiled);
    } catch {
      try {
        return format(key, values, fallback, 'en', fallbackCompiled);
      } catch {
        return key;
      }
    }
  };
}
