import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { orderSchema } from '../../../lib/model/order';
import {
  dayCountSchema,
  durationMsSchema,
  instantSchema,
  isoInstant,
  localDateSchema,
  localDateTimeSchema,
  MAX_INSTANT,
  MIN_INSTANT,
} from '../../../lib/model/time';

// Times Buyer Guard keeps are bounded to a range a buyer's orders can live in (2000-01-01 up to
// 2100-01-01, UTC) and to calendar days that exist, in readings, stored rows and backups alike:
// a value a page or a backup makes up must never reach `Date` arithmetic that throws.

const pad = (n: number, width = 2) => String(n).padStart(width, '0');
const realDay = (year: number, month: number, day: number) => {
  const date = new Date(Date.UTC(year, month - 1, day));
  return date.getUTCFullYear() === year && date.getUTCMonth() === month - 1 && date.getUTCDate() === day;
};

describe('instantSchema()', () => {
  it.each([
    ['the lower bound, 2000-01-01T00:00Z', MIN_INSTANT, true],
    ['the last millisecond before 2100', MAX_INSTANT - 1, true],
    ['2100-01-01T00:00Z itself', MAX_INSTANT, false],
    ['one millisecond before 2000', MIN_INSTANT - 1, false],
    ['0 (1970)', 0, false],
    ['8.7e15 (a safe integer Date cannot hold)', 8.7e15, false],
    ['2^53 − 1', Number.MAX_SAFE_INTEGER, false],
    ['a fraction', MIN_INSTANT + 0.5, false],
    ['NaN', Number.NaN, false],
    ['Infinity', Number.POSITIVE_INFINITY, false],
  ])('%s → %s', (_name, value, accepted) => {
    expect(instantSchema().safeParse(value).success).toBe(accepted);
  });

  it('accepts exactly the whole milliseconds of 2000..2099 (any number)', () => {
    fc.assert(
      fc.property(fc.oneof(fc.integer({ min: MIN_INSTANT - 1e12, max: MAX_INSTANT + 1e12 }), fc.double()), (value) => {
        const inRange = Number.isInteger(value) && value >= MIN_INSTANT && value < MAX_INSTANT;
        expect(instantSchema().safeParse(value).success).toBe(inRange);
      }),
    );
  });
});

describe('isoInstant: date conversion that cannot throw', () => {
  it('writes every accepted instant as ISO and back', () => {
    fc.assert(
      fc.property(fc.integer({ min: MIN_INSTANT, max: MAX_INSTANT - 1 }), (at) => {
        const iso = isoInstant(at);
        expect(iso && Date.parse(iso)).toBe(at);
      }),
    );
  });

  it('gives undefined, never an exception, for anything else', () => {
    fc.assert(
      fc.property(fc.oneof(fc.double(), fc.integer(), fc.constant(Number.MAX_SAFE_INTEGER)), (value) => {
        const accepted = instantSchema().safeParse(value).success;
        expect(isoInstant(value) === undefined).toBe(!accepted);
      }),
    );
  });
});

describe('localDateSchema(): a calendar day that exists', () => {
  it.each([
    ['2026-02-28', true],
    ['2028-02-29 (leap year)', true],
    ['2026-02-29 (no 29th in 2026)', false],
    ['2026-02-31', false],
    ['2026-04-31', false],
    ['2026-13-01', false],
    ['2026-00-10', false],
    ['1999-12-31 (before the range)', false],
    ['2100-01-01 (after it)', false],
    ['2099-12-31', true],
  ])('%s', (text, accepted) => {
    expect(localDateSchema().safeParse(text.slice(0, 10)).success).toBe(accepted);
  });

  it('accepts YYYY-MM-DD exactly when the day exists in 2000..2099', () => {
    fc.assert(
      fc.property(
        fc.integer({ min: 1990, max: 2110 }),
        fc.integer({ min: 0, max: 13 }),
        fc.integer({ min: 0, max: 32 }),
        (year, month, day) => {
          const text = `${pad(year, 4)}-${pad(month)}-${pad(day)}`;
          const expected = year >= 2000 && year <= 2099 && realDay(year, month, day);
          expect(localDateSchema().safeParse(text).success).toBe(expected);
        },
      ),
    );
  });
});

describe('localDateTimeSchema()', () => {
  it.each([
    ['2026-10-28T14:05', true],
    ['2026-10-28T14:05:59', true],
    ['2026-10-28', true],
    ['2026-02-31T10:00', false],
    ['2026-13-28T10:00', false],
    ['2026-10-28T24:00', false],
    ['1970-01-01T00:00', false],
  ])('%s → %s', (text, accepted) => {
    expect(localDateTimeSchema().safeParse(text).success).toBe(accepted);
  });
});

describe('durations and day counts', () => {
  it.each([
    [0, true],
    [400 * 86_400_000, true],
    [400 * 86_400_000 + 1, false],
    [-1, false],
    [8.7e15, false],
    [1.5, false],
  ])('duration %s ms → %s', (value, accepted) => {
    expect(durationMsSchema().safeParse(value).success).toBe(accepted);
  });

  it.each([
    [0, true],
    [400, true],
    [401, false],
    [-1, false],
    [2.5, false],
  ])('%s days → %s', (value, accepted) => {
    expect(dayCountSchema().safeParse(value).success).toBe(accepted);
  });
});

describe('orders carry only bounded values', () => {
  const order = { marketplace: 'aliexpress', orderId: '8100000000000001' };
  it.each([
    ['a timer at 2^53 − 1', { timers: [{ kind: 'buyer-protection-ends', endsAt: 2 ** 53 - 1, raw: '' }] }],
    ['a timer 8.7e15 ms out', { timers: [{ kind: 'buyer-protection-ends', endsAt: 8.7e15, raw: '' }] }],
    ['a timer on Feb 31', { timers: [{ kind: 'buyer-protection-ends', endsOn: '2026-02-31', raw: '' }] }],
    ['a tracking event in 1970', { tracking: { events: [{ at: 5, description: 'x', stage: 'unknown' }] } }],
    ['an order date on Feb 30', { orderedOn: '2026-02-30' }],
    ['a shipping time at 25:00', { shippedOn: '2026-03-01T25:00' }],
    ['an amount of 1e300', { total: { amount: 1e300, currency: 'USD' } }],
    ['a quantity of 1e12', { items: [{ title: 'x', quantity: 1e12 }] }],
  ])('%s is refused', (_name, fields) => {
    expect(orderSchema().safeParse({ ...order, ...fields }).success).toBe(false);
  });
});
