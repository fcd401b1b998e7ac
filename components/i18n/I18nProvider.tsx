import { useLiveQuery } from 'dexie-react-hooks';
import { createContext, type ReactNode, useContext, useEffect, useMemo, useState } from 'react';
import { languageChoiceFrom, readLanguageChoice } from '../../lib/db/read-language-choice';
import { browserLanguageTags } from '../../lib/i18n/browser-languages';
import { catalogTranslator, type Translator } from '../../lib/i18n/catalog-translator';
import { loadCatalog, loadedCatalog } from '../../lib/i18n/load-catalog';
import { chooseLocale, DEFAULT_LOCALE, type Locale, matchLocale } from '../../lib/i18n/locales';
import { type Catalog, en } from '../../lib/i18n/messages/en/index';
import { earlyRead, earlyReadAnswer } from '../../lib/pages/early-read';
import { pageDatabase } from '../../lib/pages/page-database';

const I18nContext = createContext<Translator>(catalogTranslator(DEFAULT_LOCALE, en, en));

// Most buyers keep the language on "auto": the browser's language is fetched while the settings are read.
void loadCatalog(matchLocale(browserLanguageTags())).catch(() => undefined);

type Shown = { locale: Locale; catalog: Catalog };

/**
 * The language setting as the page's early script read it (lib/pages/early-read.ts), before Dexie has opened
 * the database: the first render need not wait for Dexie. Undefined on a page without an early read.
 */
function useEarlyLanguageChoice(): Locale | 'auto' | undefined {
  // Answered before React's first render (the usual case): that render already has the language.
  const [choice, setChoice] = useState(() => {
    const answered = earlyReadAnswer()?.value;
    return answered ? languageChoiceFrom(answered.settings) : undefined;
  });
  useEffect(() => {
    // Also when it answered between the first render and now: setting the same choice again changes nothing.
    let current = true;
    earlyRead()?.then(
      (value) => current && value && setChoice(languageChoiceFrom(value.settings)),
      () => undefined,
    );
    return () => {
      current = false;
    };
  }, []);
  return choice;
}

/**
 * The catalog of `locale` once it is loaded; nothing while the first one loads, the previous language while a
 * changed one loads, and English when a catalog cannot be loaded (never a blank page for good).
 */
function useCatalog(locale: Locale | undefined): Shown | undefined {
  const [, setArrivals] = useState(0);
  const [failed, setFailed] = useState<Locale>();
  const [previous, setPrevious] = useState<Shown>();
  const catalog = locale && loadedCatalog(locale);
  useEffect(() => {
    if (!locale || catalog) return;
    let current = true;
    loadCatalog(locale).then(
      () => current && setArrivals((n) => n + 1),
      () => current && setFailed(locale),
    );
    return () => {
      current = false;
    };
  }, [locale, catalog]);
  useEffect(() => {
    if (locale && catalog) setPrevious({ locale, catalog });
  }, [locale, catalog]);
  if (locale && catalog) return { locale, catalog };
  if (locale && failed === locale) return { locale: DEFAULT_LOCALE, catalog: en };
  return previous;
}

/**
 * Gives every component below the translator for the buyer's language: the one chosen in settings, or
 * the browser's. Renders nothing until the settings and that language's catalog are read (a few
 * milliseconds), so the page never flashes English before switching; follows a change of the setting live.
 */
export function I18nProvider({ children }: { children: ReactNode }) {
  const early = useEarlyLanguageChoice();
  // The live setting, once Dexie has read it, is the truth and follows changes; the early read only goes first.
  const choice = useLiveQuery(() => readLanguageChoice(pageDatabase()), []) ?? early;
  const locale = choice === undefined ? undefined : chooseLocale(choice, browserLanguageTags());
  const shown = useCatalog(locale);
  const shownLocale = shown?.locale;
  const shownCatalog = shown?.catalog;
  const translator = useMemo(
    () => (shownLocale && shownCatalog ? catalogTranslator(shownLocale, shownCatalog, en) : undefined),
    [shownLocale, shownCatalog],
  );
  useEffect(() => {
    if (translator) document.documentElement.lang = translator.locale;
  }, [translator]);
  if (translator === undefined) return null;
  return <I18nContext.Provider value={translator}>{children}</I18nContext.Provider>;
}

/** The translator of the buyer's language: `const { t, locale } = useI18n()`. */
export function useI18n(): Translator {
  return useContext(I18nContext);
}
