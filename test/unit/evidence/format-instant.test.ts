import { describe, expect, it } from 'vitest';
import { formatInstant, formatInstantFor, usableTimeZone } from '../../../lib/evidence/format-instant';

describe('formatInstant', () => {
  const at = Date.UTC(2026, 2, 9, 23, 5, 59); // 2026-03-09 23:05:59 UTC
  it.each([
    ['UTC', '2026-03-09 23:05'],
    ['Europe/Berlin', '2026-03-10 00:05'],
    ['America/New_York', '2026-03-09 19:05'], // EDT began on 2026-03-08
    ['Asia/Kolkata', '2026-03-10 04:35'],
    ['Not/AZone', '2026-03-09 23:05'],
  ])('%s → %s', (zone, text) => {
    expect(formatInstant(at, zone)).toBe(text);
  });

  it('shows midnight as 00, not 24', () => {
    expect(formatInstant(Date.UTC(2026, 0, 1, 0, 0), 'UTC')).toBe('2026-01-01 00:00');
  });

  it('falls back to UTC for an unknown zone and keeps a valid one', () => {
    expect(usableTimeZone('Not/AZone')).toBe('UTC');
    expect(usableTimeZone('Europe/Paris')).toBe('Europe/Paris');
    expect(usableTimeZone(undefined)).toMatch(/\w/);
  });
});

describe('formatInstantFor (the workspace, in the buyer’s language)', () => {
  const at = Date.UTC(2026, 2, 9, 13, 5);
  it('writes the moment as the language does, in the given zone', () => {
    expect(formatInstantFor(at, 'Europe/Madrid', 'es')).toBe('9 mar 2026, 14:05');
    expect(formatInstantFor(at, 'UTC', 'en')).toBe('Mar 9, 2026, 1:05 PM');
    expect(formatInstantFor(at, 'Europe/Berlin', 'de')).toBe('09.03.2026, 14:05');
  });

  it('falls back to UTC for a bad zone and to a dash for a value that is not a moment', () => {
    expect(formatInstantFor(at, 'Not/AZone', 'en')).toBe('Mar 9, 2026, 1:05 PM');
    expect(formatInstantFor(Number.NaN, 'UTC', 'en')).toBe('—');
  });
});
