import { createMessageFormatter } from '../i18n/format-messages';
import { DEFAULT_LOCALE, type Locale, matchLocale } from '../i18n/locales';
import { deadline as de } from '../i18n/messages/de/deadline';
import { type DeadlineMessages, deadline as en } from '../i18n/messages/en/deadline';
import { deadline as es } from '../i18n/messages/es/deadline';
import { deadline as fr } from '../i18n/messages/fr/deadline';
import { deadline as pl } from '../i18n/messages/pl/deadline';
import { deadline as ptBR } from '../i18n/messages/pt-BR/deadline';
import { deadline as ru } from '../i18n/messages/ru/deadline';
import type { DeadlineKind, DeadlineSource, Urgency } from '../model/deadline';
import type { PaymentProvider } from '../model/dispute';

/**
 * Every word the deadline formatter writes, in the buyer's language, from the `deadline` area of the
 * catalogs (lib/i18n/messages/<locale>/deadline.ts). Only that area is imported here, so the content
 * script's badges carry the deadline words of seven languages and not the whole catalog. Dates and
 * times themselves are Intl's, in the buyer's locale.
 */
const AREA: Readonly<Record<Locale, DeadlineMessages>> = { en, es, fr, 'pt-BR': ptBR, de, ru, pl };

type Key = keyof DeadlineMessages;

export interface DeadlineWords {
  readonly locale: Locale;
  /** A deadline's one name; the payment provider's window is named after the provider. */
  name: (kind: DeadlineKind, provider?: PaymentProvider) => string;
  byTheEndOf: (day: string) => string;
  from: (day: string) => string;
  days: (count: number) => string;
  hours: (count: number) => string;
  minutes: (count: number) => string;
  /** The same counts after "in", "ago", "ended … ago" (declined there in German, Russian, Polish). */
  after: { days: (count: number) => string; hours: (count: number) => string; minutes: (count: number) => string };
  /** "3 days 4 hours". */
  daysAndHours: (days: string, hours: string) => string;
  /** "3 days 4 hours left"; `count` is the duration's first number (a verb may agree with it). */
  left: (duration: string, count: number) => string;
  lastDayToday: string;
  lastDayTomorrow: string;
  endedYesterday: string;
  ended: (duration: string) => string;
  in: (duration: string) => string;
  today: string;
  tomorrow: string;
  yesterday: string;
  possibleNow: string;
  ago: (duration: string) => string;
  source: Readonly<Record<DeadlineSource, string>>;
  /** "Buyer protection ends: Dec 3, 3:29 PM". */
  text: (name: string, when: string) => string;
  /** "Buyer protection ends: Dec 3, 3:29 PM — 3 days 4 hours left (estimated)". */
  line: (text: string, left: string, source: string) => string;
  actBefore: (when: string) => string;
  actByEndOf: (day: string) => string;
  safetyNet: string;
  overdue: string;
  urgency: Readonly<Record<Urgency, string>>;
}

const cache = new Map<Locale, DeadlineWords>();

/**
 * The deadline words of the language a BCP 47 tag names ("es-419" → Spanish); English when no tag is
 * given or the language is not one Buyer Guard speaks.
 */
export function deadlineWords(tag?: string): DeadlineWords {
  const locale = tag === undefined ? DEFAULT_LOCALE : matchLocale([tag]);
  let words = cache.get(locale);
  if (words === undefined) {
    words = wordsOf(locale);
    cache.set(locale, words);
  }
  return words;
}

function wordsOf(locale: Locale): DeadlineWords {
  const t = createMessageFormatter<Key>(locale, AREA[locale], en);
  return {
    locale,
    name: (kind, provider) =>
      kind === 'chargeback-window-closes' && provider !== undefined
        ? t(`deadline.name.chargeback-window-closes.${provider}`)
        : t(`deadline.name.${kind}`),
    byTheEndOf: (day) => t('deadline.byTheEndOf', { day }),
    from: (day) => t('deadline.from', { day }),
    days: (count) => t('deadline.days', { count }),
    hours: (count) => t('deadline.hours', { count }),
    minutes: (count) => t('deadline.minutes', { count }),
    after: {
      days: (count) => t('deadline.daysAfter', { count }),
      hours: (count) => t('deadline.hoursAfter', { count }),
      minutes: (count) => t('deadline.minutesAfter', { count }),
    },
    daysAndHours: (days, hours) => t('deadline.daysAndHours', { days, hours }),
    left: (duration, count) => t('deadline.left', { duration, count }),
    lastDayToday: t('deadline.lastDayToday'),
    lastDayTomorrow: t('deadline.lastDayTomorrow'),
    endedYesterday: t('deadline.endedYesterday'),
    ended: (duration) => t('deadline.ended', { duration }),
    in: (duration) => t('deadline.in', { duration }),
    today: t('deadline.today'),
    tomorrow: t('deadline.tomorrow'),
    yesterday: t('deadline.yesterday'),
    possibleNow: t('deadline.possibleNow'),
    ago: (duration) => t('deadline.ago', { duration }),
    source: {
      page: t('deadline.source.page'),
      'page-rule': t('deadline.source.page-rule'),
      estimate: t('deadline.source.estimate'),
    },
    text: (name, when) => t('deadline.text', { name, when }),
    line: (text, left, source) => t('deadline.line', { text, left, source }),
    actBefore: (when) => t('deadline.actBefore', { when }),
    actByEndOf: (day) => t('deadline.actByEndOf', { day }),
    safetyNet: t('deadline.safetyNet'),
    overdue: t('deadline.overdue'),
    urgency: {
      overdue: t('urgency.overdue'),
      urgent: t('urgency.urgent'),
      soon: t('urgency.soon'),
      upcoming: t('urgency.upcoming'),
      none: t('urgency.none'),
    },
  };
}

/**
 * The stored name of a deadline is English (lib/rules/deadline-names.ts writes it); the provider it names
 * (PayPal or card) is read back from it, so the same name is shown in the buyer's language.
 */
export function providerNamedIn(label: string | undefined): PaymentProvider | undefined {
  if (label === en['deadline.name.chargeback-window-closes.paypal']) return 'paypal';
  if (label === en['deadline.name.chargeback-window-closes.card']) return 'card';
  return undefined;
}
