import { createHash } from 'node:crypto';
import { describe, expect, it } from 'vitest';
import { sha256Hex } from '../../../lib/evidence/sha256-hex';

describe('sha256Hex', () => {
  it.each([
    ['empty input', '', 'e3b0c44298fc1c149afbf4c8996fb92427ae41e4649b934ca495991b7852b855'],
    ['"abc" (FIPS 180-2 example)', 'abc', 'ba7816bf8f01cfea414140de5dae2223b00361a396177a9cb410ff61f20015ad'],
  ])('%s', async (_label, text, expected) => {
    expect(await sha256Hex(new TextEncoder().encode(text))).toBe(expected);
    expect(await sha256Hex(new Blob([text]))).toBe(expected);
  });

  it('agrees with Node for a megabyte of binary data, whatever the input form', async () => {
    const bytes = new Uint8Array(1024 * 1024).map((_, i) => (i * 31 + (i >> 8)) & 0xff);
    const expected = createHash('sha256').update(bytes).digest('hex');
    expect(await sha256Hex(bytes)).toBe(expected);
    expect(await sha256Hex(bytes.buffer)).toBe(expected);
    expect(await sha256Hex(new Blob([bytes], { type: 'image/jpeg' }))).toBe(expected);
  });
});
