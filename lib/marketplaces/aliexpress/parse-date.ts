import type { LocalDate, LocalDateTime } from '../../model/time';
import { LANGUAGES } from './languages';
import { monthForms } from './month-names';
import { foldText } from './text';

/**
 * Calendar dates as the pages write them, in any of the page languages: "Mar 5, 2024",
 * "5 mars 2024", "24. Mär 2026", "5 de mar. de 2024", "5 марта 2024 г.", "2024-03-05",
 * "05.03.2024". Month names are Intl's (long and short, in the forms they take next to a day number, such
 * as Russian "марта" or Polish "marca"), kept as data in month-names.ts. A date without a
 * year ("Sep. 19 18:46") is not a date here: the year would be a guess.
 */

/** Month number (1–12) of a month word in the given languages (tried in order), or undefined. */
export function monthFromWord(word: string, languages: readonly string[] = LANGUAGES): number | undefined {
  const folded = foldText(word).replace(/\.$/, '');
  if (folded.length < 3 && !/^(mai|maj|май)$/.test(folded)) return undefined;
  for (const language of languages) {
    const forms = monthForms(language);
    const exact = forms.get(folded);
    if (exact) return exact;
    // Abbreviations the page writes but Intl does not ("Mär", "Sept"): a unique prefix of a full name.
    const months = new Set<number>();
    for (const [form, month] of forms) if (form.length > folded.length && form.startsWith(folded)) months.add(month);
    if (months.size === 1) return [...months][0];
  }
  return undefined;
}

function pad(value: number): string {
  return String(value).padStart(2, '0');
}

function localDate(year: number, month: number, day: number): LocalDate | undefined {
  if (year < 2000 || year > 2100 || month < 1 || month > 12 || day < 1) return undefined;
  const check = new Date(Date.UTC(year, month - 1, day));
  if (check.getUTCMonth() !== month - 1) return undefined;
  return `${year}-${pad(month)}-${pad(day)}`;
}

export interface FoundDate {
  date: LocalDate;
  /** The date with the wall-clock time written right after it, when there is one. */
  dateTime: LocalDateTime;
  /** Position in `cleanText(text)` where the date starts and where the date (and time) end. */
  start: number;
  end: number;
}

const HAS_DIGIT = /\d/;
const LETTERS = '\\p{L}+\\.?';
const PATTERNS: Array<{
  regex: RegExp;
  read: (m: RegExpExecArray, languages: readonly string[]) => LocalDate | undefined;
}> = [
  {
    // 2026-10-28, 2026/10/28, 2026.10.28
    regex: /(?<!\d)(\d{4})[-/.](\d{1,2})[-/.](\d{1,2})(?!\d)/gu,
    read: (m) => localDate(Number(m[1]), Number(m[2]), Number(m[3])),
  },
  {
    // 5 mars 2024, 24. Mär 2026, 5 de mar. de 2024, 5 марта 2024 г.
    regex: new RegExp(
      `(?<!\\d)(\\d{1,2})\\.?\\s*(?:de\\s+)?(${LETTERS})\\s*(?:de\\s+|,\\s*)?(\\d{4})(?!\\d)(?:\\s?г\\.)?`,
      'gu',
    ),
    read: (m, languages) => {
      const month = monthFromWord(m[2] ?? '', languages);
      return month ? localDate(Number(m[3]), month, Number(m[1])) : undefined;
    },
  },
  {
    // Mar 5, 2024, March 5th 2024
    regex: new RegExp(`(${LETTERS})\\s+(\\d{1,2})(?:st|nd|rd|th)?,?\\s+(\\d{4})(?!\\d)`, 'gu'),
    read: (m, languages) => {
      const month = monthFromWord(m[1] ?? '', languages);
      return month ? localDate(Number(m[3]), month, Number(m[2])) : undefined;
    },
  },
  {
    // 05.03.2024 (day first), 05/03/2024 (day first, month first in English)
    regex: /(?<!\d)(\d{1,2})([./])(\d{1,2})\2(\d{4})(?!\d)/gu,
    read: (m, languages) => {
      const monthFirst = m[2] === '/' && languages[0] === 'en';
      const [day, month] = monthFirst ? [Number(m[3]), Number(m[1])] : [Number(m[1]), Number(m[3])];
      return localDate(Number(m[4]), month, day);
    },
  },
];

const TIME_AFTER =
  /^[\s,|T]*(?:(?:at|à|às|a las|um|в|o|godz\.?)\s+)?(\d{1,2}):(\d{2})(?::(\d{2}))?(?:\s*([ap])\.?\s?m\.?)?(?![\d:])/iu;

/** Every date in the text, in order of appearance. `languages` orders month-name lookups. */
export function findDates(text: string, languages: readonly string[] = LANGUAGES): FoundDate[] {
  // Every date the patterns know has digits; most lines have none and need no folding or matching.
  if (!HAS_DIGIT.test(text)) return [];
  const folded = foldText(text);
  const found: FoundDate[] = [];
  for (const { regex, read } of PATTERNS) {
    regex.lastIndex = 0;
    for (let m = regex.exec(folded); m; m = regex.exec(folded)) {
      const start = m.index;
      const end = start + m[0].length;
      if (found.some((other) => start < other.end && end > other.start)) continue;
      const date = read(m, languages);
      if (!date) continue;
      const time = TIME_AFTER.exec(folded.slice(end));
      let dateTime: LocalDateTime = date;
      let timeEnd = end;
      if (time) {
        let hours = Number(time[1]);
        if (time[4] === 'p' && hours < 12) hours += 12;
        if (time[4] === 'a' && hours === 12) hours = 0;
        if (hours < 24 && Number(time[2]) < 60 && (time[3] === undefined || Number(time[3]) < 60)) {
          dateTime = `${date}T${pad(hours)}:${time[2]}${time[3] === undefined ? '' : `:${time[3]}`}`;
          timeEnd = end + time[0].length;
        }
      }
      found.push({ date, dateTime, start, end: timeEnd });
    }
  }
  return found.sort((a, b) => a.start - b.start);
}

/** The first date in the text, if any. */
export function findDate(text: string, languages?: readonly string[]): FoundDate | undefined {
  return findDates(text, languages)[0];
}

/** A day of the year as tracking writes it, without the year: "Jul. 28", "Tue | Jul. 28 18:39", "28 juil. 14:30", "28. Juli", "28 июля". */
export interface MonthDay {
  month: number;
  day: number;
  /** "HH:mm" or "HH:mm:ss" written right after it. */
  time?: string;
}

const MONTH_DAY = [
  // Jul. 28, Sep 19
  { regex: new RegExp(`(?<![\\p{L}\\d])(${LETTERS})\\s*(\\d{1,2})(?![\\d:.,/])`, 'u'), month: 1, day: 2 },
  // 28 juil., 28. Juli, 28 de jul., 28 июля
  { regex: new RegExp(`(?<![\\d:])(\\d{1,2})\\.?\\s*(?:de\\s+)?(${LETTERS})`, 'u'), month: 2, day: 1 },
];

export function findMonthDay(text: string, languages: readonly string[] = LANGUAGES): MonthDay | undefined {
  if (!HAS_DIGIT.test(text)) return undefined;
  // "mar. | 28 juil.": the weekday before the bar could read as a month (French "mar.", Spanish "mar").
  const folded = foldText(text.slice(text.lastIndexOf('|') + 1));
  for (const { regex, month: monthGroup, day: dayGroup } of MONTH_DAY) {
    const m = regex.exec(folded);
    if (!m) continue;
    const month = monthFromWord(m[monthGroup] ?? '', languages);
    const day = Number(m[dayGroup]);
    if (!month || day < 1 || day > 31) continue;
    const time = TIME_AFTER.exec(folded.slice(m.index + m[0].length));
    const hours = Number(time?.[1]);
    const found: MonthDay = { month, day };
    if (time && hours < 24 && Number(time[2]) < 60 && !time[4])
      found.time = `${pad(hours)}:${time[2]}${time[3] === undefined ? '' : `:${time[3]}`}`;
    return found;
  }
  return undefined;
}

const DAY_MS = 86_400_000;

function withYear(monthDay: MonthDay, year: number): LocalDateTime | undefined {
  const date = localDate(year, monthDay.month, monthDay.day);
  if (!date) return undefined;
  return monthDay.time ? `${date}T${monthDay.time}` : date;
}

/** The wall-clock reading of a local date-time as if it were UTC: for comparing it with an instant. */
function asUtc(value: LocalDateTime): number {
  return Date.parse(value.length === 10 ? `${value}T00:00:00Z` : `${value}Z`);
}

/**
 * The year of a day written without one, from an instant the same source gives for it (a tracking event's
 * `time`, `etaTimeStamp`). The written day and month are the page's; the instant only tells the year: the one
 * that puts the written day nearest to it, when that is within a season (a year away is a year apart; an
 * instant a few days off, as time zones or anonymised captures make it, still names the same year).
 */
export function monthDayAt(monthDay: MonthDay, instant: number): LocalDateTime | undefined {
  const year = new Date(instant).getUTCFullYear();
  let best: { value: LocalDateTime; distance: number } | undefined;
  for (const candidate of [year - 1, year, year + 1]) {
    const value = withYear(monthDay, candidate);
    const distance = value ? Math.abs(asUtc(value) - instant) : Number.POSITIVE_INFINITY;
    if (value && (!best || distance < best.distance)) best = { value, distance };
  }
  return best && best.distance <= 90 * DAY_MS ? best.value : undefined;
}

/**
 * The year of a day written without one for something that already happened (a tracking event, "Delivered:
 * Jul. 28"): the latest such day not after the reading time (a day's grace for time zones). Tracking pages
 * show a parcel's last weeks, so this is the year it happened in.
 */
export function pastMonthDay(monthDay: MonthDay, now: number): LocalDateTime | undefined {
  const year = new Date(now).getUTCFullYear();
  for (const candidate of [year + 1, year, year - 1]) {
    const value = withYear(monthDay, candidate);
    if (value && asUtc(value) <= now + DAY_MS) return value;
  }
  return undefined;
}
