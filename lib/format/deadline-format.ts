import type { Deadline, DeadlineMoment } from '../model/deadline';
import { deadlineRole } from '../rules/deadline-names';
import { type DeadlineWords, deadlineWords, providerNamedIn } from './deadline-words';
import { daysBetweenLocalDays, localDayOf } from './local-day';

/**
 * The one deadline formatter. Badge, badge panel, popup list, guide, notifications, evidence workspace,
 * evidence summary and CSV all render a deadline through it, so one deadline reads the same everywhere:
 * an instant as a date and time, a whole day as a day and never with an invented time, both in the
 * buyer's locale and zone (docs/RULES.md "Time").
 */
export interface DeadlineFormatOptions {
  /**
   * BCP 47 locale: the language of the words (English by default) and of dates and times (the browser's
   * by default).
   */
  locale?: string;
  /** IANA zone the buyer lives in; the browser's by default. */
  timeZone?: string;
}

type Formattable = Pick<Deadline, 'kind' | 'dueAt' | 'dueOn'>;

const HOUR = 3_600_000;
const DAY = 24 * HOUR;

function zoneOf(options: DeadlineFormatOptions): string {
  return options.timeZone ?? Intl.DateTimeFormat().resolvedOptions().timeZone;
}

const formatters = new Map<string, Intl.DateTimeFormat>();

function formatter(locale: string | undefined, timeZone: string, withYear: boolean, withTime: boolean) {
  const key = `${locale ?? ''}|${timeZone}|${withYear}|${withTime}`;
  let found = formatters.get(key);
  if (!found) {
    found = new Intl.DateTimeFormat(locale, {
      timeZone,
      month: 'short',
      day: 'numeric',
      ...(withYear && { year: 'numeric' }),
      ...(withTime && { hour: 'numeric', minute: '2-digit' }),
    });
    formatters.set(key, found);
  }
  return found;
}

/** Noon UTC of a local day: formatted in UTC it is that very day in every locale. */
function dayAsUtcNoon(day: string): number {
  return Date.parse(`${day}T12:00:00Z`);
}

/**
 * The date alone: "Dec 3, 3:29 PM" for an instant, "Dec 3" for a whole day; the year is added when it
 * is not the current one (in the buyer's zone).
 */
export function deadlineDate(moment: DeadlineMoment, now: number, options: DeadlineFormatOptions = {}): string {
  const timeZone = zoneOf(options);
  const thisYear = localDayOf(now, timeZone).slice(0, 4);
  if (moment.dueOn !== undefined) {
    return formatter(options.locale, 'UTC', moment.dueOn.slice(0, 4) !== thisYear, false).format(
      dayAsUtcNoon(moment.dueOn),
    );
  }
  const year = localDayOf(moment.dueAt, timeZone).slice(0, 4);
  return formatter(options.locale, timeZone, year !== thisYear, true).format(moment.dueAt);
}

/** The local day of an instant that is no deadline (an expected refund, a reply): "Dec 9", never a time. */
export function dayOfInstant(instant: number, now: number, options: DeadlineFormatOptions = {}): string {
  return deadlineDate({ dueAt: instant, dueOn: localDayOf(instant, zoneOf(options)) }, now, options);
}

/**
 * The date with what a whole day means: "by the end of Dec 3" for a deadline (open until that day is
 * over), "from Dec 3" for an opening; an instant as is.
 */
export function deadlineWhen(deadline: Formattable, now: number, options: DeadlineFormatOptions = {}): string {
  const date = deadlineDate(deadline, now, options);
  if (deadline.dueOn === undefined) return date;
  const W = deadlineWords(options.locale);
  return deadlineRole(deadline.kind) === 'opens' ? W.from(date) : W.byTheEndOf(date);
}

/** A duration rounded down, never more time than there is: its first number and its words. */
interface Span {
  count: number;
  /** "3 days 4 hours", "5 hours", "12 minutes" (as after "left"). */
  text: string;
  /** The same after "in", "ago", "ended … ago". */
  after: string;
}

function span(ms: number, W: DeadlineWords): Span {
  const abs = Math.abs(ms);
  if (abs >= DAY) {
    const days = Math.floor(abs / DAY);
    const hours = Math.floor((abs % DAY) / HOUR);
    return hours > 0
      ? {
          count: days,
          text: W.daysAndHours(W.days(days), W.hours(hours)),
          after: W.daysAndHours(W.after.days(days), W.after.hours(hours)),
        }
      : { count: days, text: W.days(days), after: W.after.days(days) };
  }
  if (abs >= HOUR) {
    const hours = Math.floor(abs / HOUR);
    return { count: hours, text: W.hours(hours), after: W.after.hours(hours) };
  }
  const minutes = Math.max(1, Math.floor(abs / 60_000));
  return { count: minutes, text: W.minutes(minutes), after: W.after.minutes(minutes) };
}

/** "3 days 4 hours", "5 hours", "12 minutes": rounded down, never more time than there is. */
export function duration(ms: number, options: DeadlineFormatOptions = {}): string {
  return span(ms, deadlineWords(options.locale)).text;
}

/** How much time is left, in the deadline's own terms: "3 days 4 hours left", "last day today", "ended 2 days ago". */
export function timeLeft(deadline: Formattable, now: number, options: DeadlineFormatOptions = {}): string {
  const role = deadlineRole(deadline.kind);
  const W = deadlineWords(options.locale);
  if (deadline.dueOn !== undefined) {
    const days = daysBetweenLocalDays(localDayOf(now, zoneOf(options)), deadline.dueOn);
    return role === 'closes'
      ? wholeDayLeft(W, days, now > deadline.dueAt)
      : wholeDayAhead(W, days, role, now >= deadline.dueAt);
  }
  const ms = deadline.dueAt - now;
  const left = span(ms, W);
  if (role === 'opens') return ms <= 0 ? W.possibleNow : W.in(left.after);
  if (role === 'expected') return ms < 0 ? W.ago(left.after) : W.in(left.after);
  return ms < 0 ? W.ended(left.after) : W.left(left.text, left.count);
}

function wholeDayLeft(W: DeadlineWords, days: number, passed: boolean): string {
  if (passed) return days >= -1 ? W.endedYesterday : W.ended(W.after.days(-days));
  if (days <= 0) return W.lastDayToday;
  if (days === 1) return W.lastDayTomorrow;
  return W.left(W.days(days), days);
}

function wholeDayAhead(W: DeadlineWords, days: number, role: 'opens' | 'expected', reached: boolean): string {
  if (role === 'opens' && reached) return W.possibleNow;
  if (days === 0) return W.today;
  if (days === 1) return W.tomorrow;
  if (days === -1) return W.yesterday;
  return days > 0 ? W.in(W.after.days(days)) : W.ago(W.after.days(-days));
}

/** Who says so: "stated by the page", "page-stated rule", "estimated". */
export function deadlineSourceText(deadline: Pick<Deadline, 'source'>, options: DeadlineFormatOptions = {}): string {
  return deadlineWords(options.locale).source[deadline.source];
}

/**
 * A deadline's one name in the buyer's language. The stored name is English (it names the payment
 * provider of a chargeback window); the kind decides the words.
 */
export function deadlineName(
  deadline: Pick<Deadline, 'kind'> & { label?: string },
  options: DeadlineFormatOptions = {},
): string {
  return deadlineWords(options.locale).name(deadline.kind, providerNamedIn(deadline.label));
}

/**
 * For files (CSV): an instant as ISO 8601 in UTC ("2026-12-03T14:29:00.000Z"), a whole day as the day
 * ("2026-12-03") — a spreadsheet reads both, and a day never gains a time.
 */
export function deadlineIso(moment: DeadlineMoment): string {
  return moment.dueOn ?? new Date(moment.dueAt).toISOString();
}

/** Everything a view shows of one deadline, worded once. */
export interface DeadlineView {
  name: string;
  /** "Dec 3, 3:29 PM", "by the end of Dec 3". */
  when: string;
  /** "3 days 4 hours left". */
  left: string;
  /** "stated by the page", "page-stated rule", "estimated". */
  source: string;
  passed: boolean;
  /** "Buyer protection ends: Dec 3, 3:29 PM". */
  text: string;
  /** "Buyer protection ends: Dec 3, 3:29 PM — 3 days 4 hours left (estimated)". */
  line: string;
}

export function deadlineView(
  deadline: Formattable & Pick<Deadline, 'source'> & { label?: string },
  now: number,
  options: DeadlineFormatOptions = {},
): DeadlineView {
  const W = deadlineWords(options.locale);
  const name = deadlineName(deadline, options);
  const when = deadlineWhen(deadline, now, options);
  const left = timeLeft(deadline, now, options);
  const source = deadlineSourceText(deadline, options);
  const text = W.text(name, when);
  return { name, when, left, source, passed: now > deadline.dueAt, text, line: W.line(text, left, source) };
}
