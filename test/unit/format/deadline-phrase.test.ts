import { describe, expect, it } from 'vitest';
import { deadlinePhrase } from '../../../lib/format/deadline-phrase';
import { relativeTime } from '../../../lib/format/relative-time';

const NOW = Date.UTC(2026, 10, 20, 12);
const MINUTE = 60_000;
const HOUR = 60 * MINUTE;
const DAY = 24 * HOUR;

describe('relativeTime', () => {
  it.each([
    ['30 seconds ahead reads as a minute, never "now"', 30_000, 'in 1 minute'],
    ['59 minutes ahead', 59 * MINUTE, 'in 59 minutes'],
    ['exactly an hour', HOUR, 'in 1 hour'],
    ['47 h 59 min: hours, rounded down', 2 * DAY - MINUTE, 'in 47 hours'],
    ['exactly two days', 2 * DAY, 'in 2 days'],
    ['4 days 23 h: rounded down to 4 days', 5 * DAY - HOUR, 'in 4 days'],
    ['2 days 1 hour ago', -(2 * DAY + HOUR), '2 days ago'],
    ['3 hours ago', -3 * HOUR, '3 hours ago'],
  ])('%s', (_, offset, expected) => {
    expect(relativeTime(NOW + offset, NOW)).toBe(expected);
  });
});

describe('deadlinePhrase', () => {
  it('is the label and the time left, the same words as every chip', () => {
    expect(deadlinePhrase({ label: 'Buyer protection ends', dueAt: NOW + 4 * DAY, source: 'page' }, NOW)).toBe(
      'Buyer protection ends in 4 days',
    );
  });

  it('says "(est.)" when a rule estimated the date', () => {
    expect(deadlinePhrase({ label: 'Dispute can be opened', dueAt: NOW + 9 * DAY, source: 'estimate' }, NOW)).toBe(
      'Dispute can be opened in 9 days (est.)',
    );
  });
});
