import type { Locale } from '../../i18n/locales';
import type { MessageKey } from '../../i18n/messages/en/index';
import { localeOfTag, type MessageValues } from '../../i18n/translator';
import type { Money } from '../../model/money';
import type { ProblemReason } from '../../model/problem';
import type { Instant } from '../../model/time';
import { buyerWords } from '../buyer-words';
import { formatDay, formatMoney } from '../format';

/**
 * The language one text is written in. The platform asks for English (PLATFORM_TEXT_LANGUAGE): its
 * texts read "12.34 USD" and "Mar 29, 2026". The buyer's version is the same template from the same
 * facts in their language, with money and dates as they read them — shown beside, never sent.
 */
export interface TextLanguage {
  readonly language: Locale;
  t(key: MessageKey, values?: MessageValues): string;
  money(money: Money): string;
  day(instant: Instant, timeZone: string): string;
  /** A problem phrase as the start of a sentence ("The item arrived damaged"). */
  capitalise(text: string): string;
}

const capitaliseIn = (language: Locale) => (text: string) => text.charAt(0).toLocaleUpperCase(language) + text.slice(1);

/** English, as the platform asks. */
export const PLATFORM_LANGUAGE: TextLanguage = {
  language: 'en',
  t: buyerWords().t,
  money: formatMoney,
  day: formatDay,
  capitalise: capitaliseIn('en'),
};

const buyerLanguages = new Map<string, TextLanguage>();

/** The buyer's language (`tag`: BCP 47), for the version shown beside the platform's text. */
export function buyerTextLanguage(tag: string): TextLanguage {
  let found = buyerLanguages.get(tag);
  if (found === undefined) {
    const words = buyerWords(tag);
    const days = new Map<string, Intl.DateTimeFormat>();
    found = {
      language: words.language,
      t: words.t,
      money: words.money,
      day: (instant, timeZone) => {
        let format = days.get(timeZone);
        if (format === undefined) {
          format = new Intl.DateTimeFormat(words.tag ?? words.language, {
            timeZone,
            year: 'numeric',
            month: 'short',
            day: 'numeric',
          });
          days.set(timeZone, format);
        }
        return format.format(instant);
      },
      capitalise: capitaliseIn(words.language),
    };
    // Kept only in the language asked for (English stands in while a catalog loads: buyer-words.ts).
    if (words.language === localeOfTag(tag)) buyerLanguages.set(tag, found);
  }
  return found;
}

/** "the item arrived damaged": a problem as the texts state it. */
export function problemPhrase(language: TextLanguage, reason: ProblemReason): string {
  return language.t(`compose.problem.${reason}`);
}

/** "The item arrived damaged": a problem as the start of a sentence in the text's language. */
export function problemSentence(language: TextLanguage, reason: ProblemReason): string {
  return language.capitalise(problemPhrase(language, reason));
}
