import { describe, expect, it } from 'vitest';
import { chooseLocale, LOCALES, matchLocale } from '../../../lib/i18n/locales';
import type { Catalog } from '../../../lib/i18n/messages/en/index';
import { en } from '../../../lib/i18n/messages/en/index';
import { createTranslator } from '../../../lib/i18n/translator';

describe('matchLocale', () => {
  it.each([
    [['es-419', 'en'], 'es'],
    [['pt-PT'], 'pt-BR'],
    [['pt_BR'], 'pt-BR'],
    [['de-AT', 'fr'], 'de'],
    [['ja', 'ru-RU'], 'ru'],
    [['PL'], 'pl'],
    [['zh-CN'], 'en'],
    [[], 'en'],
    [['', 'not a tag!', 'fr-CA'], 'fr'],
  ] as const)('%j → %s', (tags, expected) => {
    expect(matchLocale(tags)).toBe(expected);
  });
});

describe('chooseLocale', () => {
  it('takes the buyer’s choice over the browser’s languages', () => {
    expect(chooseLocale('pl', ['es-ES'])).toBe('pl');
  });
  it('follows the browser on "auto" or no choice', () => {
    expect(chooseLocale('auto', ['es-ES'])).toBe('es');
    expect(chooseLocale(undefined, ['ru'])).toBe('ru');
  });
});

describe('createTranslator', () => {
  it.each([
    ['ru', 1, '1 день'],
    ['ru', 3, '3 дня'],
    ['ru', 5, '5 дней'],
    ['ru', 21, '21 день'],
    ['pl', 1, '1 dzień'],
    ['pl', 2, '2 dni'],
    ['pl', 5, '5 dni'],
    ['pl', 22, '22 dni'],
    ['en', 1, '1 day'],
    ['en', 2, '2 days'],
    ['pt-BR', 0, '0 dia'],
  ] as const)('%s: %d days → %s', (locale, count, expected) => {
    expect(createTranslator(locale).t('common.days', { count })).toBe(expected);
  });

  it('falls back to English when a translation cannot be formatted, never throws', () => {
    const broken = { ...en, 'common.days': '{count, plural, one {# día' } as Catalog;
    expect(createTranslator('es', broken).t('common.days', { count: 2 })).toBe('2 days');
  });

  it('names the key when no language can format the message', () => {
    const broken = { ...en, 'common.days': '{count, plural,' } as Catalog;
    const t = createTranslator('en', broken);
    expect(t.t('common.days', { count: 2 })).toBe('2 days'); // English itself still formats
    expect(createTranslator('es', broken).t('common.hours')).toBe('common.hours');
  });

  it('gives every language a translator', () => {
    for (const locale of LOCALES) expect(createTranslator(locale).locale).toBe(locale);
  });
});
