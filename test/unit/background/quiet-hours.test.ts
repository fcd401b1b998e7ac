import { describe, expect, it } from 'vitest';
import { afterQuietHours, isInQuietHours, localMinutesOfDay } from '../../../lib/background/quiet-hours';

describe('isInQuietHours', () => {
  it.each([
    ['21:59 before a 22–08 night', 21 * 60 + 59, '22:00', '08:00', false],
    ['22:00 starts it', 22 * 60, '22:00', '08:00', true],
    ['03:00 inside it', 3 * 60, '22:00', '08:00', true],
    ['08:00 ends it', 8 * 60, '22:00', '08:00', false],
    ['13:00 inside a 12–14 day window', 13 * 60, '12:00', '14:00', true],
    ['14:00 after it', 14 * 60, '12:00', '14:00', false],
    ['equal start and end means none', 5 * 60, '08:00', '08:00', false],
  ])('%s', (_name, minutes, start, end, expected) => {
    expect(isInQuietHours(minutes, start, end)).toBe(expected);
  });
});

describe('afterQuietHours', () => {
  const quiet = { start: '22:00', end: '08:00' };

  it('reads local time in the given zone', () => {
    expect(localMinutesOfDay(Date.UTC(2026, 0, 1, 23, 15), 'Europe/Berlin')).toBe(15);
    expect(localMinutesOfDay(Date.UTC(2026, 0, 1, 23, 15), 'Asia/Tokyo')).toBe(8 * 60 + 15);
  });

  it('leaves a time outside quiet hours alone', () => {
    const noon = Date.UTC(2026, 5, 1, 10, 0);
    expect(afterQuietHours(noon, quiet, 'Europe/Berlin')).toBe(noon);
  });

  it('moves 23:00 Berlin to 08:00 Berlin the next morning', () => {
    const late = Date.UTC(2026, 5, 1, 21, 0); // 23:00 CEST
    expect(new Date(afterQuietHours(late, quiet, 'Europe/Berlin')).toISOString()).toBe('2026-06-02T06:00:00.000Z');
  });

  it('lands on 08:00 local across the spring DST change (Berlin, 29 March 2026)', () => {
    const before = Date.UTC(2026, 2, 28, 22, 0); // 23:00 CET, the night clocks go forward
    const result = afterQuietHours(before, quiet, 'Europe/Berlin');
    expect(localMinutesOfDay(result, 'Europe/Berlin')).toBe(8 * 60);
    expect(new Date(result).toISOString()).toBe('2026-03-29T06:00:00.000Z');
  });

  it('lands on 08:00 local across the autumn DST change (New York, 1 November 2026)', () => {
    const before = Date.UTC(2026, 10, 1, 3, 0); // 23:00 EDT on 31 October
    const result = afterQuietHours(before, quiet, 'America/New_York');
    expect(localMinutesOfDay(result, 'America/New_York')).toBe(8 * 60);
    expect(new Date(result).toISOString()).toBe('2026-11-01T13:00:00.000Z');
  });
});
