import { TZDate, tzScan } from '@date-fns/tz';
import { addDays } from 'date-fns';
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import {
  addBusinessDaysInZone,
  addDaysInZone,
  addLocalDays,
  assertTimeZone,
  calendarDaysBetween,
  endOfLocalDay,
  hasTimeOfDay,
  isValidTimeZone,
  localDateOf,
  localDateOfInstant,
  localDateTimeToInstant,
  startOfLocalDay,
} from '../../../lib/rules/zoned-time';
import { ZONES } from './arbitraries';

const utc = (iso: string) => Date.parse(iso);

// Any millisecond from 1900 to 2100 in any of the test zones, and the two hours around every DST change of
// 2024–2030 in particular: the property tests' instants, [zone, instant].
const anyInstant = fc.integer({ min: utc('1900-01-01T00:00:00Z'), max: utc('2100-01-01T00:00:00Z') });
const changes = ZONES.flatMap((zone) =>
  tzScan(zone, { start: new Date('2024-01-01T00:00:00Z'), end: new Date('2031-01-01T00:00:00Z') }).map(
    (change) => [zone, +change.date] as const,
  ),
);
const nearChange = fc
  .tuple(fc.constantFrom(...changes), fc.integer({ min: -3_600_000, max: 3_600_000 }))
  .map(([[zone, at], shift]) => [zone, at + shift] as const);
const zonedInstant = fc.oneof(fc.tuple(fc.constantFrom<string>(...ZONES), anyInstant), nearChange);

describe('startOfLocalDay / endOfLocalDay', () => {
  // [zone, day, first instant of the day (UTC), first instant of the next day (UTC)]
  const cases: [string, string, string, string][] = [
    ['UTC', '2026-03-05', '2026-03-05T00:00:00Z', '2026-03-06T00:00:00Z'],
    ['Europe/Berlin', '2026-03-28', '2026-03-27T23:00:00Z', '2026-03-28T23:00:00Z'], // day before DST starts
    ['Europe/Berlin', '2026-03-29', '2026-03-28T23:00:00Z', '2026-03-29T22:00:00Z'], // 23-hour day
    ['Europe/Berlin', '2026-03-30', '2026-03-29T22:00:00Z', '2026-03-30T22:00:00Z'], // day after
    ['Europe/Berlin', '2026-10-25', '2026-10-24T22:00:00Z', '2026-10-25T23:00:00Z'], // 25-hour day
    ['America/New_York', '2026-03-08', '2026-03-08T05:00:00Z', '2026-03-09T04:00:00Z'], // DST starts
    ['America/New_York', '2026-11-01', '2026-11-01T04:00:00Z', '2026-11-02T05:00:00Z'], // DST ends
    ['Asia/Tokyo', '2026-01-01', '2025-12-31T15:00:00Z', '2026-01-01T15:00:00Z'], // ahead of UTC, no DST
    ['Pacific/Auckland', '2026-04-05', '2026-04-04T11:00:00Z', '2026-04-05T12:00:00Z'], // NZ DST ends
    ['Pacific/Auckland', '2026-09-27', '2026-09-26T12:00:00Z', '2026-09-27T11:00:00Z'], // NZ DST starts
    ['America/Santiago', '2024-09-08', '2024-09-08T04:00:00Z', '2024-09-09T03:00:00Z'], // midnight skipped: day starts 01:00
  ];

  it.each(cases)('%s %s starts at %s and ends just before %s', (zone, day, start, nextStart) => {
    expect(startOfLocalDay(day, zone)).toBe(utc(start));
    expect(endOfLocalDay(day, zone)).toBe(utc(nextStart) - 1);
    expect(localDateOfInstant(startOfLocalDay(day, zone), zone)).toBe(day);
    expect(localDateOfInstant(endOfLocalDay(day, zone), zone)).toBe(day);
    expect(localDateOfInstant(endOfLocalDay(day, zone) + 1, zone)).toBe(addLocalDays(day, 1));
  });
});

describe('localDateTimeToInstant', () => {
  it.each([
    ['2026-03-05T14:22', 'Europe/Berlin', '2026-03-05T13:22:00Z'],
    ['2026-03-05T14:22:09', 'Europe/Berlin', '2026-03-05T13:22:09Z'],
    ['2026-07-05T14:22', 'Europe/Berlin', '2026-07-05T12:22:00Z'],
    ['2026-03-05', 'Asia/Tokyo', '2026-03-04T15:00:00Z'],
    ['2026-03-08T02:30', 'America/New_York', '2026-03-08T07:30:00Z'], // does not exist: moved forward one hour
  ])('%s in %s is %s', (value, zone, expected) => {
    expect(localDateTimeToInstant(value, zone)).toBe(utc(expected));
  });

  it('rejects what is not a local date', () => {
    expect(() => localDateTimeToInstant('March 5', 'UTC')).toThrow(RangeError);
  });
});

describe('calendar helpers', () => {
  it.each([
    ['2026-02-28', 1, '2026-03-01'],
    ['2028-02-28', 1, '2028-02-29'],
    ['2026-12-31', 1, '2027-01-01'],
    ['2026-03-01', 11, '2026-03-12'],
    ['2026-03-01', -1, '2026-02-28'],
  ])('%s + %i days = %s', (day, days, expected) => {
    expect(addLocalDays(day, days)).toBe(expected);
  });

  it('reads the day and whether a time was given', () => {
    expect(localDateOf('2026-03-05T14:22')).toBe('2026-03-05');
    expect(hasTimeOfDay('2026-03-05T14:22')).toBe(true);
    expect(hasTimeOfDay('2026-03-05')).toBe(false);
  });

  it('gives the buyer’s day at an instant, per zone', () => {
    const instant = utc('2026-03-05T23:30:00Z');
    expect(localDateOfInstant(instant, 'Asia/Tokyo')).toBe('2026-03-06');
    expect(localDateOfInstant(instant, 'America/New_York')).toBe('2026-03-05');
    expect(localDateOfInstant(instant, 'UTC')).toBe('2026-03-05');
  });

  it('gives the day @date-fns/tz gives, at any instant in any zone (DST changes and their edges included)', () => {
    const zoned = (instant: number, zone: string) => {
      const date = new TZDate(instant, zone);
      return `${date.getFullYear()}-${String(date.getMonth() + 1).padStart(2, '0')}-${String(date.getDate()).padStart(2, '0')}`;
    };
    fc.assert(
      fc.property(zonedInstant, ([zone, instant]) => {
        expect(localDateOfInstant(instant, zone)).toBe(zoned(instant, zone));
      }),
      { numRuns: 2000 },
    );
  });

  it.each([
    ['2026-03-05T10:00:00Z', '2026-03-05T23:00:00Z', 'UTC', 0],
    ['2026-03-05T10:00:00Z', '2026-03-06T00:00:00Z', 'UTC', 1],
    ['2026-03-05T10:00:00Z', '2026-03-04T23:59:59Z', 'UTC', -1],
    ['2026-03-28T10:00:00Z', '2026-03-30T10:00:00Z', 'Europe/Berlin', 2],
  ])('days from %s to %s in %s: %i', (from, to, zone, expected) => {
    expect(calendarDaysBetween(utc(from), utc(to), zone)).toBe(expected);
  });
});

describe('adding days in a zone keeps the wall-clock time across DST', () => {
  it.each([
    ['Europe/Berlin', '2026-03-28T11:00:00Z', 1, '2026-03-29T10:00:00Z'], // 12:00 → 12:00, 23 h later
    ['Europe/Berlin', '2026-10-24T10:00:00Z', 1, '2026-10-25T11:00:00Z'], // 12:00 → 12:00, 25 h later
    ['America/New_York', '2026-03-07T17:00:00Z', 1, '2026-03-08T16:00:00Z'],
    ['America/New_York', '2026-10-31T16:00:00Z', 1, '2026-11-01T17:00:00Z'],
    ['Asia/Tokyo', '2026-03-05T03:00:00Z', 15, '2026-03-20T03:00:00Z'],
    ['Pacific/Auckland', '2026-04-03T23:00:00Z', 1, '2026-04-05T00:00:00Z'], // 12:00 NZDT → 12:00 NZST
  ])('%s: %s + %i days = %s', (zone, from, days, expected) => {
    expect(addDaysInZone(utc(from), days, zone)).toBe(utc(expected));
  });

  it('gives what date-fns addDays gives on a TZDate, for any instant, zone and day count (DST edges included)', () => {
    // Days that land on a DST change from the hours around one, and any days from anywhere.
    const days = fc.oneof(fc.integer({ min: -400, max: 400 }), fc.constantFrom(0, 1, 7, 15, 30, 90, 180));
    fc.assert(
      fc.property(zonedInstant, days, ([zone, instant], count) => {
        expect(addDaysInZone(instant, count, zone)).toBe(+addDays(new TZDate(instant, zone), count));
        // Landing on a change: from the same wall-clock time a whole number of days before it.
        const before = +addDays(new TZDate(instant, zone), -count);
        expect(addDaysInZone(before, count, zone)).toBe(+addDays(new TZDate(before, zone), count));
      }),
      { numRuns: 2000 },
    );
  });

  it('counts working days Monday to Friday', () => {
    // Friday 2026-03-06 12:00 Berlin + 1 working day = Monday 2026-03-09 12:00.
    expect(addBusinessDaysInZone(utc('2026-03-06T11:00:00Z'), 1, 'Europe/Berlin')).toBe(utc('2026-03-09T11:00:00Z'));
    expect(addBusinessDaysInZone(utc('2026-03-02T11:00:00Z'), 10, 'Europe/Berlin')).toBe(utc('2026-03-16T11:00:00Z'));
  });
});

describe('time zones', () => {
  it('knows IANA names and rejects unknown ones', () => {
    expect(isValidTimeZone('Europe/Berlin')).toBe(true);
    expect(isValidTimeZone('Mars/Olympus')).toBe(false);
    expect(() => assertTimeZone('Mars/Olympus')).toThrow(RangeError);
    expect(() => assertTimeZone('Asia/Tokyo')).not.toThrow();
  });
});
