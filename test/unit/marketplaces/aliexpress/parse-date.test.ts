import { describe, expect, it } from 'vitest';
import {
  findDate,
  findDates,
  findMonthDay,
  monthDayAt,
  monthFromWord,
  pastMonthDay,
} from '../../../../lib/marketplaces/aliexpress/parse-date';

describe('findDate', () => {
  it.each([
    ['Mar 5, 2024', 'en', '2024-03-05'],
    ['March 5th 2024', 'en', '2024-03-05'],
    ['Sep. 13, 2026', 'en', '2026-09-13'],
    ['5 mars 2024', 'fr', '2024-03-05'],
    ['1 sept. 2026', 'fr', '2026-09-01'],
    ['3 déc. 2026', 'fr', '2026-12-03'],
    ['24. Mär 2026', 'de', '2026-03-24'],
    ['10. Sept. 2026', 'de', '2026-09-10'],
    ['5 de mar. de 2024', 'es', '2024-03-05'],
    ['1 de sept. de 2026', 'es', '2026-09-01'],
    ['12 de septiembre de 2026', 'es', '2026-09-12'],
    ['15 de out. de 2026', 'pt', '2026-10-15'],
    ['5 марта 2024 г.', 'ru', '2024-03-05'],
    ['18 ноября 2026 г.', 'ru', '2026-11-18'],
    ['5 mar 2024', 'pl', '2024-03-05'],
    ['17 października 2026', 'pl', '2026-10-17'],
    ['5 maja 2026', 'pl', '2026-05-05'],
    ['2026-10-28', 'en', '2026-10-28'],
    ['05.03.2024', 'de', '2024-03-05'],
    ['03/05/2024', 'en', '2024-03-05'],
    ['03/05/2024', 'fr', '2024-05-03'],
  ])('%s (%s) → %s', (text, language, date) => {
    expect(findDate(text, [language])?.date).toBe(date);
  });

  it.each([
    ['a date without a year', 'Sat | Sep. 19 18:46'],
    ['an impossible day', 'Feb 30, 2026'],
    ['a year out of range', 'Mar 5, 1999'],
    ['a word that is not a month', 'Order 5, 2026'],
    ['a number', '8204417366541234'],
  ])('reads nothing from %s', (_name, text) => {
    expect(findDate(text)).toBeUndefined();
  });

  it.each([
    ['2026-09-19 18:46:03', '2026-09-19T18:46:03'],
    ['Oct 28, 2026 14:05', '2026-10-28T14:05'],
    ['Sep 13, 2026 2:05 PM', '2026-09-13T14:05'],
    ['Sep 13, 2026 12:10 AM', '2026-09-13T00:10'],
    ['18 ноября 2026 г. 21:17', '2026-11-18T21:17'],
    ['19.11.2026 14:30', '2026-11-19T14:30'],
  ])('keeps the wall-clock time after %s', (text, dateTime) => {
    expect(findDate(text)?.dateTime).toBe(dateTime);
  });

  it('finds every date in order, the end of a range last', () => {
    expect(findDates('Nov 20, 2026 - Dec 1, 2026').map((found) => found.date)).toEqual(['2026-11-20', '2026-12-01']);
  });

  it('finds the date inside a labelled line and says where it is', () => {
    const found = findDate('Order date: Oct 28, 2026 Order ID: 8204417366541234');
    expect(found).toMatchObject({ date: '2026-10-28', start: 12, end: 24 });
  });
});

describe('monthFromWord', () => {
  it.each([
    ['Jan', 'en', 1],
    ['janv.', 'fr', 1],
    ['févr.', 'fr', 2],
    ['juil.', 'fr', 7],
    ['Mär', 'de', 3],
    ['Okt', 'de', 10],
    ['ene', 'es', 1],
    ['dic.', 'es', 12],
    ['set.', 'pt', 9],
    ['марта', 'ru', 3],
    ['мая', 'ru', 5],
    ['lis', 'pl', 11],
    ['października', 'pl', 10],
  ])('%s (%s) is month %d', (word, language, month) => {
    expect(monthFromWord(word, [language])).toBe(month);
  });

  it('refuses an ambiguous prefix', () => {
    expect(monthFromWord('ju', ['en'])).toBeUndefined();
  });
});

describe('day-first and month-first numeric dates', () => {
  it('reads 19/11/2026 as a French page writes it and refuses it on an English page', () => {
    expect(findDate('19/11/2026 14:30', ['fr'])?.dateTime).toBe('2026-11-19T14:30');
    expect(findDate('19/11/2026', ['en'])).toBeUndefined();
  });
});

describe('days written without a year (tracking)', () => {
  it.each([
    ['Tue | Jul. 28 18:39', 'en', { month: 7, day: 28, time: '18:39' }],
    ['Delivered：Jul. 28', 'en', { month: 7, day: 28 }],
    ['mar. | 28 juil. 14:30', 'fr', { month: 7, day: 28, time: '14:30' }],
    ['mié. | 18 nov. 10:02', 'es', { month: 11, day: 18, time: '10:02' }],
    ['28 июля', 'ru', { month: 7, day: 28 }],
    ['12 days 05:33', 'en', undefined],
    ['Package 1', 'en', undefined],
  ])('%s', (text, language, expected) => {
    expect(findMonthDay(text, [language])).toEqual(expected);
  });

  const julyTwentyEight = { month: 7, day: 28, time: '18:39' };

  it('takes the year from the instant the same source gives, even a few days off', () => {
    expect(monthDayAt(julyTwentyEight, Date.parse('2026-07-29T01:39:00Z'))).toBe('2026-07-28T18:39');
    // Anonymised captures shift instants by days; the written day still names the year.
    expect(monthDayAt(julyTwentyEight, Date.parse('2026-07-20T00:00:00Z'))).toBe('2026-07-28T18:39');
    // Around new year the nearest year wins.
    expect(monthDayAt({ month: 12, day: 31 }, Date.parse('2027-01-01T03:00:00Z'))).toBe('2026-12-31');
    expect(monthDayAt({ month: 1, day: 1 }, Date.parse('2026-12-31T20:00:00Z'))).toBe('2027-01-01');
  });

  it('names no year when the instant is too far from the written day to tell', () => {
    expect(monthDayAt(julyTwentyEight, Date.parse('2026-01-28T00:00:00Z'))).toBeUndefined();
  });

  it('puts a past event in the latest year that is not after the reading time', () => {
    expect(pastMonthDay(julyTwentyEight, Date.parse('2026-11-20T09:00:00Z'))).toBe('2026-07-28T18:39');
    expect(pastMonthDay({ month: 12, day: 30 }, Date.parse('2027-01-02T09:00:00Z'))).toBe('2026-12-30');
    // No 29 February within the year before: no date rather than one from years ago.
    expect(pastMonthDay({ month: 2, day: 29 }, Date.parse('2026-11-20T09:00:00Z'))).toBeUndefined();
  });
});
