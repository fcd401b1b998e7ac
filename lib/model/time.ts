import * as z from 'zod/mini';

/**
 * Two kinds of time, never mixed:
 * - an instant: epoch milliseconds (UTC), what storage, alarms and the deadline engine use;
 * - a local date: a calendar day as the page shows it ("Oct 28, 2026" → "2026-10-28"),
 *   without a time zone. Turning a local date into an instant is the deadline engine's job
 *   (in the buyer's time zone), never a reader's guess.
 */
export const instantSchema = z.int().check(z.nonnegative());
export type Instant = z.infer<typeof instantSchema>;

export const localDateSchema = z
  .string()
  .check(z.regex(/^\d{4}-(0[1-9]|1[0-2])-(0[1-9]|[12]\d|3[01])$/, 'expected YYYY-MM-DD'));
export type LocalDate = z.infer<typeof localDateSchema>;

/** A local date with an optional local wall-clock time ("2026-10-28T14:05"), as a tracking event shows it. */
export const localDateTimeSchema = z
  .string()
  .check(
    z.regex(
      /^\d{4}-\d{2}-\d{2}(T([01]\d|2[0-3]):[0-5]\d(:[0-5]\d)?)?$/,
      'expected YYYY-MM-DD or YYYY-MM-DDTHH:mm[:ss]',
    ),
  );
export type LocalDateTime = z.infer<typeof localDateTimeSchema>;
