import { describe, expect, it } from 'vitest';
import { measureSince, measureTotal } from '../../../lib/marketplaces/timing';

describe('measureSince', () => {
  it('records a buyer-guard measure from the start given to now, keeping only the latest of a name', () => {
    const first = performance.now();
    measureSince('buyer-guard:test-step', first);
    const second = performance.now();
    measureSince('buyer-guard:test-step', second);
    const entries = performance.getEntriesByName('buyer-guard:test-step', 'measure');
    expect(entries).toHaveLength(1);
    expect(entries[0]?.startTime).toBe(second);
    expect(entries[0]?.duration).toBeGreaterThanOrEqual(0);
  });

  it('never throws, even for a start the timeline cannot take', () => {
    expect(() => measureSince('buyer-guard:bad-start', Number.NaN)).not.toThrow();
  });
});

describe('measureTotal', () => {
  it('records the running total as one measure of that length, ending now, keeping only the latest', () => {
    measureTotal('buyer-guard:test-total', 3);
    measureTotal('buyer-guard:test-total', 7.5);
    const entries = performance.getEntriesByName('buyer-guard:test-total', 'measure');
    expect(entries).toHaveLength(1);
    expect(entries[0]?.duration).toBeCloseTo(7.5, 6);
    expect((entries[0]?.startTime ?? 0) + (entries[0]?.duration ?? 0)).toBeLessThanOrEqual(performance.now());
  });

  it('never throws, even for a total the timeline cannot take', () => {
    expect(() => measureTotal('buyer-guard:bad-total', Number.NaN)).not.toThrow();
  });
});
