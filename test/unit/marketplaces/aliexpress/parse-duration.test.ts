import { describe, expect, it } from 'vitest';
import { findDuration } from '../../../../lib/marketplaces/aliexpress/parse-duration';

const DAY = 86_400_000;
const HOUR = 3_600_000;

describe('findDuration', () => {
  it.each([
    ['12 days 05:33:21', 12 * DAY + 5 * HOUR + 33 * 60_000 + 21_000],
    ['12 d 05:33:21', 12 * DAY + 5 * HOUR + 33 * 60_000 + 21_000],
    ['1 day', DAY],
    ['23:59:35', 23 * HOUR + 59 * 60_000 + 35_000],
    ['3 días 4 h', 3 * DAY + 4 * HOUR],
    ['45 jours 03:12:09', 45 * DAY + 3 * HOUR + 12 * 60_000 + 9_000],
    ['20 dias 10:00:00', 20 * DAY + 10 * HOUR],
    ['30 Tage 08:00:00', 30 * DAY + 8 * HOUR],
    ['von 4 Tagen 10:00:00', 4 * DAY + 10 * HOUR],
    ['12 дней 05:33:21', 12 * DAY + 5 * HOUR + 33 * 60_000 + 21_000],
    ['1 день', DAY],
    ['7 dni 12:00:00', 7 * DAY + 12 * HOUR],
    ['2 jours 3 heures', 2 * DAY + 3 * HOUR],
    ['5 Std. 30 Min.', 5 * HOUR + 30 * 60_000],
    ['12d 05:33:21', 12 * DAY + 5 * HOUR + 33 * 60_000 + 21_000],
    ['(3d)', 3 * DAY],
  ])('%s', (text, milliseconds) => {
    expect(findDuration(text)?.milliseconds).toBe(milliseconds);
  });

  it.each([
    ['a date', 'Refund if no delivery before Oct 15, 2026'],
    ['a count of items', '3 items'],
    ['nothing', 'Awaiting delivery'],
    // Image names and hashes hold digit-letter pairs that are no countdown ("2d", "5s", "6867d").
    ['an image name', 'https://ae-pic-a1.example-media.com/kf/S90ab12c3d4a2d9f8ce5s6867dC.jpg_220x220.jpg'],
    ['a hash', 'S1f0c2d9a8e'],
  ])('reads no countdown from %s', (_name, text) => {
    expect(findDuration(text)).toBeUndefined();
  });

  it('reads the countdown where it stands in a sentence', () => {
    expect(findDuration('automatically confirmed in 29 days 23:50:14 if')).toMatchObject({ start: 27, end: 43 });
  });
});
