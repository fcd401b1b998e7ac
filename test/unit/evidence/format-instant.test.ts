import { describe, expect, it } from 'vitest';
import { formatInstant, usableTimeZone } from '../../../lib/evidence/format-instant';

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
