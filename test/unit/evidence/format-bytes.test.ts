import { describe, expect, it } from 'vitest';
import { formatBytes } from '../../../lib/evidence/format-bytes';
import { translatorFor } from '../../../lib/i18n/translator';

describe('formatBytes', () => {
  it.each([
    [0, '0 bytes'],
    [1, '1 byte'],
    [1023, '1,023 bytes'],
    [1024, '1 KB'],
    [1536, '1.5 KB'],
    [10 * 1024 - 1, '10 KB'],
    [10 * 1024 + 600, '11 KB'],
    [5 * 1024 * 1024, '5 MB'],
    [5 * 1024 * 1024 + 1, '5 MB'],
    [1.25 * 1024 * 1024, '1.3 MB'],
    [3 * 1024 ** 3, '3 GB'],
    [5000 * 1024 ** 3, '5,000 GB'],
    [Number.NaN, 'NaN bytes'],
  ])('%d → %s', (bytes, text) => {
    expect(formatBytes(bytes)).toBe(text);
  });

  it.each([
    ['es', 1.25 * 1024 * 1024, '1,3 MB'],
    ['fr', 1.25 * 1024 * 1024, '1,3 Mo'],
    ['de', 5 * 1024 * 1024, '5 MB'],
    ['ru', 12 * 1024, '12 КБ'],
    ['ru', 3, '3 байта'],
    ['pl', 5, '5 bajtów'],
    ['pt-BR', 1, '1 byte'],
  ] as const)('in %s: %d → %s', (locale, bytes, text) => {
    expect(formatBytes(bytes, translatorFor(locale))).toBe(text);
  });
});
