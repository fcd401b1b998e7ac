import type { Language } from './languages';

/**
 * Month names as dates are written next to a day number ("5 марта", "24. März", "5 de mar."), long and
 * short, folded (text.ts): twelve space-separated months per language, a month's forms separated by "|".
 * Taken from Intl (CLDR) rather than written by hand; they are data here because building them with
 * Intl.DateTimeFormat on every page cost the content script 15–30 ms (docs/PERFORMANCE.md).
 * test/unit/marketplaces/aliexpress/month-names.test.ts fails when Intl knows a form this table lacks.
 */
const MONTH_NAMES: Record<Language, string> = {
  en: 'january|jan february|feb march|mar april|apr may june|jun july|jul august|aug september|sep october|oct november|nov december|dec',
  es: 'enero|ene febrero|feb marzo|mar abril|abr mayo|may junio|jun julio|jul agosto|ago septiembre|sept octubre|oct noviembre|nov diciembre|dic',
  fr: 'janvier|janv fevrier|fevr mars avril|avr mai juin juillet|juil aout septembre|sept octobre|oct novembre|nov decembre|dec',
  pt: 'janeiro|jan fevereiro|fev marco|mar abril|abr maio|mai junho|jun julho|jul agosto|ago setembro|set outubro|out novembro|nov dezembro|dez',
  de: 'januar|jan februar|feb marz april|apr mai juni juli august|aug september|sept oktober|okt november|nov dezember|dez',
  ru: 'января|янв февраля|февр марта|мар апреля|апр мая июня|июн июля|июл августа|авг сентября|сент октября|окт ноября|нояб декабря|дек',
  pl: 'stycznia|sty lutego|lut marca|mar kwietnia|kwi maja|maj czerwca|cze lipca|lip sierpnia|sie wrzesnia|wrz pazdziernika|paz listopada|lis grudnia|gru',
};

const formsByLanguage = new Map<string, Map<string, number>>();

/** A language's month forms (folded) and their month numbers (1–12); empty for a language not in the table. */
export function monthForms(language: string): ReadonlyMap<string, number> {
  let forms = formsByLanguage.get(language);
  if (forms) return forms;
  forms = new Map();
  const months = (MONTH_NAMES as Record<string, string | undefined>)[language]?.split(' ') ?? [];
  months.forEach((names, index) => {
    for (const name of names.split('|')) forms?.set(name, index + 1);
  });
  formsByLanguage.set(language, forms);
  return forms;
}
