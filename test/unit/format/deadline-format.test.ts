import { describe, expect, it } from 'vitest';
import {
  dayOfInstant,
  deadlineDate,
  deadlineIso,
  deadlineSourceText,
  deadlineView,
  deadlineWhen,
  duration,
  timeLeft,
} from '../../../lib/format/deadline-format';
import type { Deadline } from '../../../lib/model/deadline';
import { endOfLocalDay, startOfLocalDay } from '../../../lib/rules/zoned-time';

const TZ = 'Europe/Berlin';
const EN = { locale: 'en-US', timeZone: TZ };
const MINUTE = 60_000;
const HOUR = 60 * MINUTE;
const DAY = 24 * HOUR;
/** Nov 30, 2026, 10:00 in Berlin. */
const NOW = Date.parse('2026-11-30T09:00:00Z');

const instant = (dueAt: number, kind: Deadline['kind'] = 'buyer-protection-ends') => ({ kind, dueAt });
const day = (dueOn: string, kind: Deadline['kind'] = 'dispute-window-closes') => ({
  kind,
  dueOn,
  dueAt: kind === 'dispute-opens' ? startOfLocalDay(dueOn, TZ) : endOfLocalDay(dueOn, TZ),
});

describe('deadlineDate: one date, in the buyer’s locale and zone', () => {
  it.each([
    ['an instant this year: day and time, no year', { dueAt: Date.parse('2026-12-03T14:29:00Z') }, 'Dec 3, 3:29 PM'],
    ['an instant next year: with the year', { dueAt: Date.parse('2027-01-05T14:29:00Z') }, 'Jan 5, 2027, 3:29 PM'],
    ['a whole day: the day, never a time', { dueAt: endOfLocalDay('2026-12-03', TZ), dueOn: '2026-12-03' }, 'Dec 3'],
    ['a whole day next year', { dueAt: endOfLocalDay('2027-01-02', TZ), dueOn: '2027-01-02' }, 'Jan 2, 2027'],
  ])('%s', (_name, moment, expected) => {
    expect(deadlineDate(moment, NOW, EN)).toBe(expected);
  });

  it('a whole day is the same day in every zone (it is the buyer’s day, not an instant)', () => {
    for (const timeZone of ['Pacific/Auckland', 'America/Los_Angeles', 'UTC', 'Asia/Tokyo']) {
      expect(deadlineDate({ dueAt: 0, dueOn: '2026-12-03' }, NOW, { locale: 'en-US', timeZone })).toBe('Dec 3');
    }
  });

  it('an instant is shown in the buyer’s zone, across midnight and DST', () => {
    const late = Date.parse('2026-03-28T23:30:00Z'); // Berlin: Mar 29, 00:30 (CET); New York: Mar 28, 7:30 PM
    expect(deadlineDate({ dueAt: late }, NOW, EN)).toBe('Mar 29, 12:30 AM');
    expect(deadlineDate({ dueAt: late }, NOW, { locale: 'en-US', timeZone: 'America/New_York' })).toBe(
      'Mar 28, 7:30 PM',
    );
  });

  it('follows the locale it is given', () => {
    const moment = { dueAt: Date.parse('2026-12-03T14:29:00Z') };
    expect(deadlineDate(moment, NOW, { locale: 'de-DE', timeZone: TZ })).toBe('3. Dez., 15:29');
    expect(deadlineDate({ ...moment, dueOn: '2026-12-03' }, NOW, { locale: 'fr-FR', timeZone: TZ })).toBe('3 déc.');
  });

  it('the day of an instant that is no deadline reads as a day', () => {
    expect(dayOfInstant(Date.parse('2026-12-09T23:30:00Z'), NOW, EN)).toBe('Dec 10');
  });
});

describe('deadlineWhen: what a whole day means', () => {
  it.each([
    ['a deadline on a whole day: open until the day is over', day('2026-12-03'), 'by the end of Dec 3'],
    ['an opening on a whole day: from its start', day('2026-12-03', 'dispute-opens'), 'from Dec 3'],
    ['an instant as is', instant(Date.parse('2026-12-03T14:29:00Z')), 'Dec 3, 3:29 PM'],
  ])('%s', (_name, deadline, expected) => {
    expect(deadlineWhen(deadline, NOW, EN)).toBe(expected);
  });
});

describe('timeLeft: rounded down, never more time than there is', () => {
  it.each([
    ['3 days 4 hours 59 minutes', instant(NOW + 3 * DAY + 4 * HOUR + 59 * MINUTE), '3 days 4 hours left'],
    ['exactly 2 days', instant(NOW + 2 * DAY), '2 days left'],
    ['1 day 1 hour', instant(NOW + DAY + HOUR), '1 day 1 hour left'],
    ['23 hours 59 minutes', instant(NOW + DAY - MINUTE), '23 hours left'],
    ['59 minutes', instant(NOW + 59 * MINUTE), '59 minutes left'],
    ['30 seconds: a minute, never "0"', instant(NOW + 30_000), '1 minute left'],
    ['the last instant itself', instant(NOW), '1 minute left'],
    ['one millisecond past', instant(NOW - 1), 'ended 1 minute ago'],
    ['2 days 1 hour ago', instant(NOW - 2 * DAY - HOUR), 'ended 2 days 1 hour ago'],
  ])('an instant, %s → %s', (_name, deadline, expected) => {
    expect(timeLeft(deadline, NOW, EN)).toBe(expected);
  });

  it.each([
    ['its last day is today (the morning of it)', day('2026-11-30'), NOW, 'last day today'],
    ['its last day is today (its last instant)', day('2026-11-30'), endOfLocalDay('2026-11-30', TZ), 'last day today'],
    ['the day after it', day('2026-11-30'), endOfLocalDay('2026-11-30', TZ) + 1, 'ended yesterday'],
    ['its last day is tomorrow', day('2026-12-01'), NOW, 'last day tomorrow'],
    ['three days ahead', day('2026-12-03'), NOW, '3 days left'],
    ['ended five days ago', day('2026-11-25'), NOW, 'ended 5 days ago'],
  ])('a whole day, %s → %s', (_name, deadline, now, expected) => {
    expect(timeLeft(deadline, now, EN)).toBe(expected);
  });

  it.each([
    ['an opening ahead (instant)', instant(NOW + 2 * DAY + 3 * HOUR, 'escalation-possible'), NOW, 'in 2 days 3 hours'],
    ['an opening reached (instant)', instant(NOW, 'escalation-possible'), NOW, 'possible now'],
    ['an opening on a day ahead', day('2026-12-02', 'dispute-opens'), NOW, 'in 2 days'],
    ['an opening tomorrow', day('2026-12-01', 'dispute-opens'), NOW, 'tomorrow'],
    ['an opening from the start of today', day('2026-11-30', 'dispute-opens'), NOW, 'possible now'],
    ['an expected moment ahead', instant(NOW + 5 * HOUR, 'escalation-due'), NOW, 'in 5 hours'],
    ['an expected moment passed', instant(NOW - 3 * DAY, 'seller-response-due'), NOW, '3 days ago'],
    ['an expected day today', day('2026-11-30', 'escalation-due'), NOW, 'today'],
    ['an expected day yesterday', day('2026-11-29', 'escalation-due'), NOW, 'yesterday'],
    ['an expected day two days ago', day('2026-11-28', 'escalation-due'), NOW, '2 days ago'],
  ])('%s → %s', (_name, deadline, now, expected) => {
    expect(timeLeft(deadline, now, EN)).toBe(expected);
  });

  it('counts calendar days in the buyer’s zone, also across a DST change (a 23-hour day)', () => {
    // Berlin, Mar 28 at 12:00; the last day Mar 30: Mar 29 has 23 hours.
    const now = Date.parse('2026-03-28T11:00:00Z');
    expect(timeLeft(day('2026-03-30'), now, EN)).toBe('2 days left');
    expect(timeLeft(day('2026-03-30'), now, { locale: 'en-US', timeZone: 'Pacific/Auckland' })).toBe(
      'last day tomorrow',
    );
  });

  it('durations are floored', () => {
    expect(duration(DAY + 59 * MINUTE)).toBe('1 day');
    expect(duration(-(2 * HOUR + 1))).toBe('2 hours');
  });
});

describe('the rest of a deadline’s words', () => {
  it('names who says so', () => {
    expect(deadlineSourceText({ source: 'page' })).toBe('stated by the page');
    expect(deadlineSourceText({ source: 'page-rule' })).toBe('page-stated rule');
    expect(deadlineSourceText({ source: 'estimate' })).toBe('estimated');
  });

  it('writes files in ISO: an instant in UTC, a whole day as the day', () => {
    expect(deadlineIso({ dueAt: Date.parse('2026-12-03T14:29:00Z') })).toBe('2026-12-03T14:29:00.000Z');
    expect(deadlineIso({ dueAt: endOfLocalDay('2026-12-03', TZ), dueOn: '2026-12-03' })).toBe('2026-12-03');
  });

  it('one view of a deadline: name, when, time left, source, and the lines built from them', () => {
    const view = deadlineView(
      {
        kind: 'buyer-protection-ends',
        dueAt: Date.parse('2026-12-03T14:29:00Z'),
        source: 'page',
        label: 'Buyer protection ends',
      },
      NOW,
      EN,
    );
    expect(view).toEqual({
      name: 'Buyer protection ends',
      when: 'Dec 3, 3:29 PM',
      left: '3 days 5 hours left',
      source: 'stated by the page',
      passed: false,
      text: 'Buyer protection ends: Dec 3, 3:29 PM',
      line: 'Buyer protection ends: Dec 3, 3:29 PM — 3 days 5 hours left (stated by the page)',
    });
  });

  it('uses the browser’s zone and locale when none is given', () => {
    const moment = { dueAt: Date.parse('2026-12-03T14:29:00Z') };
    const browser = Intl.DateTimeFormat().resolvedOptions().timeZone;
    expect(deadlineDate(moment, NOW)).toBe(deadlineDate(moment, NOW, { timeZone: browser }));
  });
});
