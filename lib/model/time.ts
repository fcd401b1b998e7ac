import * as z from 'zod/mini';
import { lazy } from '../lazy';

/**
 * Two kinds of time, never mixed:
 * - an instant: epoch milliseconds (UTC), what storage, alarms and the deadline engine use;
 * - a local date: a calendar day as the page shows it ("Oct 28, 2026" → "2026-10-28"),
 *   without a time zone. Turning a local date into an instant is the deadline engine's job
 *   (in the buyer's time zone), never a reader's guess.
 *
 * Both are bounded to a range a buyer's orders can live in: a page's countdown of 8.7e15 ms or a
 * backup's 2^53 − 1 is a number `Date` cannot hold, and one such value used to stop every later
 * reading ("Invalid time value"). Readings, stored rows and backups go through these same schemas.
 */

/** 2000-01-01T00:00:00Z: nothing Buyer Guard tracks happened before. */
export const MIN_INSTANT = Date.UTC(2000, 0, 1);
/** 2100-01-01T00:00:00Z (excluded): no deadline is set this far ahead. */
export const MAX_INSTANT = Date.UTC(2100, 0, 1);
const FIRST_YEAR = 2000;
const LAST_YEAR = 2099;
const DAY_MS = 86_400_000;
/** The longest span a rule or a page states (a 400-day window is already longer than any rule). */
export const MAX_DAYS = 400;

export const instantSchema = lazy(() => z.int().check(z.gte(MIN_INSTANT), z.lt(MAX_INSTANT)));
export type Instant = z.infer<ReturnType<typeof instantSchema>>;

/** A length of time in ms (a lead time, a countdown's remainder): whole, not negative, at most MAX_DAYS. */
export const durationMsSchema = lazy(() => z.int().check(z.gte(0), z.lte(MAX_DAYS * DAY_MS)));
/** A number of days a page or a rule states ("within 15 days"). */
export const dayCountSchema = lazy(() => z.int().check(z.gte(0), z.lte(MAX_DAYS)));

/** Whether "YYYY-MM-DD…" names a day the calendar has ("2026-02-31" does not), in the accepted years. */
function realDayPrefix(text: string): boolean {
  const [year, month, day] = [text.slice(0, 4), text.slice(5, 7), text.slice(8, 10)].map(Number) as [
    number,
    number,
    number,
  ];
  const date = new Date(Date.UTC(year, month - 1, day));
  return year >= FIRST_YEAR && year <= LAST_YEAR && date.getUTCMonth() === month - 1 && date.getUTCDate() === day;
}

export const localDateSchema = lazy(() =>
  z
    .string()
    .check(
      z.regex(/^\d{4}-(0[1-9]|1[0-2])-(0[1-9]|[12]\d|3[01])$/, 'expected YYYY-MM-DD'),
      z.refine(realDayPrefix, 'not a calendar day between 2000 and 2099'),
    ),
);
export type LocalDate = z.infer<ReturnType<typeof localDateSchema>>;

/** A local date with an optional local wall-clock time ("2026-10-28T14:05"), as a tracking event shows it. */
export const localDateTimeSchema = lazy(() =>
  z
    .string()
    .check(
      z.regex(
        /^\d{4}-\d{2}-\d{2}(T([01]\d|2[0-3]):[0-5]\d(:[0-5]\d)?)?$/,
        'expected YYYY-MM-DD or YYYY-MM-DDTHH:mm[:ss]',
      ),
      z.refine(realDayPrefix, 'not a calendar day between 2000 and 2099'),
    ),
);
export type LocalDateTime = z.infer<ReturnType<typeof localDateTimeSchema>>;

/** Whether a number is an instant the schemas accept (and `Date` can hold). */
export function isInstant(value: number): boolean {
  return Number.isInteger(value) && value >= MIN_INSTANT && value < MAX_INSTANT;
}

/** An instant as ISO 8601 (UTC), or undefined for a value outside the accepted range: never throws. */
export function isoInstant(value: number): string | undefined {
  return isInstant(value) ? new Date(value).toISOString() : undefined;
}
