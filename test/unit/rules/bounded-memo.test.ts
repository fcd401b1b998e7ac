import { describe, expect, it } from 'vitest';
import { boundedMemo } from '../../../lib/rules/bounded-memo';
import { addDaysInZone, localDateOfInstant, startOfLocalDay } from '../../../lib/rules/zoned-time';

describe('boundedMemo', () => {
  it('computes a key once and hands the same value out again', () => {
    const remember = boundedMemo<number>(10);
    let calls = 0;
    const square = (n: number) =>
      remember(String(n), () => {
        calls++;
        return n * n;
      });
    expect([square(3), square(3), square(4)]).toEqual([9, 9, 16]);
    expect(calls).toBe(2);
  });

  it('forgets everything once the limit is reached, then computes again', () => {
    const remember = boundedMemo<string>(2);
    const computed: string[] = [];
    const upper = (s: string) =>
      remember(s, () => {
        computed.push(s);
        return s.toUpperCase();
      });
    for (const s of ['a', 'b', 'c', 'a']) upper(s);
    expect(computed).toEqual(['a', 'b', 'c', 'a']);
  });

  it('remembers nothing when the computation throws', () => {
    const remember = boundedMemo<number>(10);
    let attempts = 0;
    const flaky = () =>
      remember('k', () => {
        attempts++;
        if (attempts === 1) throw new RangeError('first time');
        return 7;
      });
    expect(flaky).toThrow(RangeError);
    expect(flaky()).toBe(7);
    expect(attempts).toBe(2);
  });
});

describe('remembered zone conversions', () => {
  const instant = Date.UTC(2026, 2, 28, 12);
  it('keep zones apart: the same day or instant in two zones gives each zone its own answer', () => {
    for (let round = 0; round < 2; round++) {
      expect(startOfLocalDay('2026-03-29', 'Europe/Berlin')).toBe(Date.UTC(2026, 2, 28, 23));
      expect(startOfLocalDay('2026-03-29', 'America/New_York')).toBe(Date.UTC(2026, 2, 29, 4));
      expect(localDateOfInstant(Date.UTC(2026, 2, 28, 23, 30), 'Europe/Berlin')).toBe('2026-03-29');
      expect(localDateOfInstant(Date.UTC(2026, 2, 28, 23, 30), 'America/New_York')).toBe('2026-03-28');
    }
  });

  it('keep the day count apart: one and two days later across a DST change are 23 and 47 hours', () => {
    for (let round = 0; round < 2; round++) {
      expect(addDaysInZone(instant, 1, 'Europe/Berlin') - instant).toBe(23 * 3_600_000);
      expect(addDaysInZone(instant, 2, 'Europe/Berlin') - instant).toBe(47 * 3_600_000);
      expect(addDaysInZone(instant, 1, 'UTC') - instant).toBe(24 * 3_600_000);
    }
  });
});
