import { useLiveQuery } from 'dexie-react-hooks';
import { createContext, type ReactNode, useContext, useEffect, useMemo } from 'react';
import { readSettings } from '../../lib/db/read-settings';
import { browserLanguageTags } from '../../lib/i18n/browser-languages';
import { chooseLocale, DEFAULT_LOCALE } from '../../lib/i18n/locales';
import { createTranslator, type Translator } from '../../lib/i18n/translator';
import { pageDatabase } from '../../lib/pages/page-database';

const I18nContext = createContext<Translator>(createTranslator(DEFAULT_LOCALE));

/**
 * Gives every component below the translator for the buyer's language: the one chosen in settings, or
 * the browser's. Renders nothing until the settings are read (a few milliseconds), so the page never
 * flashes English before switching; follows a change of the setting live.
 */
export function I18nProvider({ children }: { children: ReactNode }) {
  const choice = useLiveQuery(async () => (await readSettings(pageDatabase())).language, []);
  const locale = choice === undefined ? undefined : chooseLocale(choice, browserLanguageTags());
  const translator = useMemo(() => (locale ? createTranslator(locale) : undefined), [locale]);
  useEffect(() => {
    if (locale) document.documentElement.lang = locale;
  }, [locale]);
  if (translator === undefined) return null;
  return <I18nContext.Provider value={translator}>{children}</I18nContext.Provider>;
}

/** The translator of the buyer's language: `const { t, locale } = useI18n()`. */
export function useI18n(): Translator {
  return useContext(I18nContext);
}
