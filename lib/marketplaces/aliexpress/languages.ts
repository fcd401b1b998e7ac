/** Languages whose labels, month names and phrases the readers know (labels.ts, month-names.ts). */
export const LANGUAGES = ['en', 'es', 'fr', 'pt', 'de', 'ru', 'pl'] as const;
export type Language = (typeof LANGUAGES)[number];

/** A table of phrases per language, for one meaning. */
export type Phrases = Partial<Record<Language, readonly string[]>>;

export function isLanguage(value: string): value is Language {
  return (LANGUAGES as readonly string[]).includes(value);
}
