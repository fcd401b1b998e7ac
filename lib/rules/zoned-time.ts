import { TZDate, tzOffset } from '@date-fns/tz';
import { addBusinessDays } from 'date-fns';
import type { Instant, LocalDate, LocalDateTime } from '../model/time';
import { boundedMemo } from './bounded-memo';

/**
 * Local dates and instants, converted in the buyer's IANA time zone. All offset and DST work is
 * done by @date-fns/tz (TZDate on top of Intl); nothing here adds hours by hand.
 *
 * Day semantics (docs/RULES.md "Time"):
 * - start of a local day: its first instant (01:00 where DST skips midnight, e.g. America/Santiago);
 * - end of a local day: the instant before the next local day starts (23:59:59.999 on a normal day);
 * - adding N days to an instant keeps the wall-clock time, so a deadline 1 day after 12:00 the day
 *   before a DST change is 12:00 the next day, 23 or 25 hours later.
 */

const LOCAL_DATE = /^(\d{4})-(\d{2})-(\d{2})/;
const LOCAL_TIME = /T(\d{2}):(\d{2})(?::(\d{2}))?$/;

/**
 * Each zone conversion costs a few Intl calls (microseconds each); deriving thousands of orders
 * converts the same days, instants and offsets over and over. The conversions are pure, so their
 * results are remembered, keyed by every argument: a remembered answer is the answer. 50,000
 * entries (a few MB at most) hold every conversion of 10,000 orders; the worker drops them when it stops.
 */
const CONVERSIONS_REMEMBERED = 50_000;
const rememberedInstant = boundedMemo<Instant>(CONVERSIONS_REMEMBERED);
const rememberedDate = boundedMemo<LocalDate>(CONVERSIONS_REMEMBERED);
/** Calendar sums: every rule adds its few day counts to the same few hundred days (a tenth of an ingest's deriving before). */
const rememberedSum = boundedMemo<LocalDate>(CONVERSIONS_REMEMBERED);

/** Zones already checked: building an Intl formatter to check one costs more than a whole deadline. */
const checkedZones = new Map<string, boolean>();

export function isValidTimeZone(timeZone: string): boolean {
  let valid = checkedZones.get(timeZone);
  if (valid === undefined) {
    try {
      new Intl.DateTimeFormat('en-US', { timeZone });
      valid = true;
    } catch {
      valid = false;
    }
    checkedZones.set(timeZone, valid);
  }
  return valid;
}

/** A time zone the engine can use; an unknown one is a bug in the caller (it comes from Intl). */
export function assertTimeZone(timeZone: string): void {
  if (!isValidTimeZone(timeZone)) throw new RangeError(`Unknown time zone: ${timeZone}`);
}

function dateParts(value: LocalDateTime): [number, number, number] {
  const match = LOCAL_DATE.exec(value);
  if (!match) throw new RangeError(`Not a local date: ${value}`);
  return [Number(match[1]), Number(match[2]) - 1, Number(match[3])];
}

/** The calendar day of a local date-time ("2026-03-05T14:22" → "2026-03-05"). */
export function localDateOf(value: LocalDateTime): LocalDate {
  return value.slice(0, 10);
}

export function hasTimeOfDay(value: LocalDateTime): boolean {
  return LOCAL_TIME.test(value);
}

/** Calendar arithmetic on a day, independent of any zone. */
export function addLocalDays(date: LocalDate, days: number): LocalDate {
  return rememberedSum(`${date}|${days}`, () => {
    const [year, month, day] = dateParts(date);
    return new Date(Date.UTC(year, month, day + days)).toISOString().slice(0, 10);
  });
}

export function startOfLocalDay(date: LocalDate, timeZone: string): Instant {
  return rememberedInstant(`start|${timeZone}|${date}`, () => {
    const [year, month, day] = dateParts(date);
    return +new TZDate(year, month, day, timeZone);
  });
}

export function endOfLocalDay(date: LocalDate, timeZone: string): Instant {
  return startOfLocalDay(addLocalDays(date, 1), timeZone) - 1;
}

/** A page's wall-clock reading as an instant; a bare date is taken at the start of its day. */
export function localDateTimeToInstant(value: LocalDateTime, timeZone: string): Instant {
  const [year, month, day] = dateParts(value);
  const time = LOCAL_TIME.exec(value);
  if (!time) return startOfLocalDay(value, timeZone);
  return rememberedInstant(`at|${timeZone}|${value}`, () => {
    return +new TZDate(year, month, day, Number(time[1]), Number(time[2]), Number(time[3] ?? 0), timeZone);
  });
}

/** The buyer's calendar day at an instant. */
export function localDateOfInstant(instant: Instant, timeZone: string): LocalDate {
  return rememberedDate(`day|${timeZone}|${instant}`, () => {
    // What `new TZDate(instant, timeZone)` holds as its wall clock (@date-fns/tz syncToInternal: the instant
    // moved by the zone's offset there, in whole seconds), read with one offset lookup instead of the
    // constructor's several: the instants of deadlines are mostly distinct, so this is rarely remembered.
    const wallClock = new Date(instant + Math.round(tzOffset(timeZone, new Date(instant)) * 60) * 1000);
    const month = String(wallClock.getUTCMonth() + 1).padStart(2, '0');
    const day = String(wallClock.getUTCDate()).padStart(2, '0');
    return `${wallClock.getUTCFullYear()}-${month}-${day}`;
  });
}

/** N calendar days later at the same local wall-clock time (DST-safe). */
export function addDaysInZone(instant: Instant, days: number, timeZone: string): Instant {
  return rememberedInstant(`days|${timeZone}|${instant}|${days}`, () => {
    // date-fns addDays on a TZDate, without the copy of the date it makes first (a second TZDate: a
    // third of the offset lookups; most instants here are distinct countdown ends, rarely remembered).
    if (Number.isNaN(days)) return Number.NaN;
    const date = new TZDate(instant, timeZone);
    if (days !== 0) date.setDate(date.getDate() + days);
    return +date;
  });
}

/** N working days (Monday–Friday) later at the same local wall-clock time; public holidays are not known. */
export function addBusinessDaysInZone(instant: Instant, days: number, timeZone: string): Instant {
  return rememberedInstant(`workdays|${timeZone}|${instant}|${days}`, () =>
    Number(addBusinessDays(new TZDate(instant, timeZone), days)),
  );
}

/** Whole local calendar days from `now` to `dueAt` (0 = due today, negative = past). */
export function calendarDaysBetween(now: Instant, dueAt: Instant, timeZone: string): number {
  const from = Date.parse(localDateOfInstant(now, timeZone));
  const to = Date.parse(localDateOfInstant(dueAt, timeZone));
  return Math.round((to - from) / 86_400_000);
}
