import { describe, expect, it } from 'vitest';
import { formatBytes } from '../../../lib/evidence/format-bytes';

describe('formatBytes', () => {
  it.each([
    [0, '0 bytes'],
    [1, '1 byte'],
    [1023, '1023 bytes'],
    [1024, '1 KB'],
    [1536, '1.5 KB'],
    [10 * 1024 - 1, '10 KB'],
    [10 * 1024 + 600, '11 KB'],
    [5 * 1024 * 1024, '5 MB'],
    [5 * 1024 * 1024 + 1, '5 MB'],
    [1.25 * 1024 * 1024, '1.3 MB'],
    [3 * 1024 ** 3, '3 GB'],
    [5000 * 1024 ** 3, '5000 GB'],
    [-1, '-1 bytes'],
  ])('%d → %s', (bytes, text) => {
    expect(formatBytes(bytes)).toBe(text);
  });
});
