import { describe, expect, it } from 'vitest';
import { type EncodingSearchOptions, searchImageEncoding } from '../../../lib/evidence/search-image-encoding';

/**
 * A model of a JPEG encoder: size grows with the pixel count and, steeply, with the quality,
 * as real encoders do. It records every call so the tests can check what the search asked for.
 */
function modelEncoder(bytesPerPixel = (quality: number) => 0.15 + 1.4 * quality ** 3) {
  const calls: { width: number; height: number; quality: number | undefined }[] = [];
  const encode = async (width: number, height: number, quality?: number) => {
    calls.push({ width, height, quality });
    return { size: Math.round(width * height * bytesPerPixel(quality ?? 1)) };
  };
  return { encode, calls };
}

const MB = 1024 * 1024;
const PHOTO: EncodingSearchOptions = {
  width: 4000,
  height: 3000,
  maxBytes: 5 * MB,
  lossy: true,
  maxQuality: 0.9,
  minQuality: 0.6,
  minShortSide: 480,
};

describe('searchImageEncoding', () => {
  it('keeps full size and the best quality when that fits', async () => {
    const { encode, calls } = modelEncoder();
    const result = await searchImageEncoding(encode, { ...PHOTO, maxBytes: 20 * MB });
    expect(result).toMatchObject({ ok: true, width: 4000, height: 3000, quality: 0.9 });
    expect(calls).toHaveLength(1);
  });

  it('lowers the quality before the size, to the highest quality that fits (within the bisection step)', async () => {
    const { encode, calls } = modelEncoder();
    const maxBytes = 7 * MB;
    const result = await searchImageEncoding(encode, { ...PHOTO, maxBytes });
    if (!result.ok) throw new Error('expected a fit');
    expect(result).toMatchObject({ width: 4000, height: 3000 });
    expect(result.encoded.size).toBeLessThanOrEqual(maxBytes);
    // The exact best quality for the model: 12e6 × (0.15 + 1.4 q³) = 7 MiB (q ≈ 0.71).
    const exact = Math.cbrt((maxBytes / 12e6 - 0.15) / 1.4);
    expect(exact).toBeGreaterThan(0.6);
    expect(result.quality).toBeLessThanOrEqual(exact);
    expect(result.quality).toBeGreaterThan(exact - (0.9 - 0.6) / 2 ** 4 - 0.01);
    expect(calls.every((call) => call.width === 4000)).toBe(true);
  });

  it('downsizes, keeping the aspect ratio, when even the lowest quality is too large', async () => {
    const { encode, calls } = modelEncoder();
    const result = await searchImageEncoding(encode, { ...PHOTO, maxBytes: 2 * MB });
    if (!result.ok) throw new Error('expected a fit');
    expect(result.encoded.size).toBeLessThanOrEqual(2 * MB);
    expect(result.width).toBeLessThan(4000);
    expect(result.width / result.height).toBeCloseTo(4 / 3, 2);
    // Not needlessly small: at least 80 % of the area that fits at the lowest quality.
    const areaAtMinQuality = (2 * MB) / (0.15 + 1.4 * 0.6 ** 3);
    expect(result.width * result.height).toBeGreaterThan(0.8 * areaAtMinQuality);
    expect(calls.length).toBeLessThanOrEqual(12);
  });

  it.each([
    ['a size that grows linearly with quality', (q: number) => 0.2 + q],
    ['a steep curve near the best quality', (q: number) => 0.15 + 1.4 * q ** 3],
    ['a curve with a knee (flat, then a jump above 0.85)', (q: number) => (q > 0.85 ? 1.2 : 0.3 + 0.1 * q)],
  ])(
    'at full size, finds a quality within 0.03 of the best in at most 6 encodes, for %s',
    async (_label, bytesPerPixel) => {
      let checked = 0;
      for (const megabytes of [4, 5, 6, 7, 8, 9, 10]) {
        const { encode, calls } = modelEncoder(bytesPerPixel);
        const maxBytes = megabytes * MB;
        const result = await searchImageEncoding(encode, { ...PHOTO, maxBytes });
        if (!result.ok || result.width !== 4000 || result.quality === 0.9) continue; // other tests cover those
        checked += 1;
        const fitsAt = (q: number) => 12e6 * bytesPerPixel(q) <= maxBytes;
        const quality = result.quality ?? 0;
        expect(fitsAt(quality)).toBe(true);
        for (let better = quality + 0.03; better <= 0.9 + 1e-9; better += 0.01) expect(fitsAt(better)).toBe(false);
        expect(calls.length).toBeLessThanOrEqual(6);
      }
      expect(checked).toBeGreaterThan(0);
    },
  );

  it('never asks for a size above the original', async () => {
    const { encode, calls } = modelEncoder();
    await searchImageEncoding(encode, { ...PHOTO, width: 1200, height: 1600, maxBytes: 300 * 1024 });
    expect(calls.every((call) => call.width <= 1200 && call.height <= 1600)).toBe(true);
  });

  it('fails with the smallest attempt when the useful minimum size cannot fit', async () => {
    const { encode, calls } = modelEncoder();
    const result = await searchImageEncoding(encode, { ...PHOTO, maxBytes: 50 * 1024 });
    expect(result.ok).toBe(false);
    if (result.ok) return;
    expect(result.reason).toBe('cannot-fit');
    expect(Math.min(result.smallest?.width ?? 0, result.smallest?.height ?? 0)).toBe(480);
    expect(result.smallest?.quality).toBe(0.6);
    expect(calls.every((call) => Math.min(call.width, call.height) >= 480)).toBe(true);
  });

  it('does not shrink a picture already under the minimum size, and fails instead', async () => {
    const { encode, calls } = modelEncoder();
    const result = await searchImageEncoding(encode, { ...PHOTO, width: 400, height: 300, maxBytes: 1000 });
    expect(result.ok).toBe(false);
    expect(calls.every((call) => call.width === 400)).toBe(true);
  });

  it('only resizes a lossless picture, without a quality', async () => {
    const { encode, calls } = modelEncoder(() => 3);
    const result = await searchImageEncoding(encode, { ...PHOTO, lossy: false, maxBytes: 10 * MB });
    if (!result.ok) throw new Error('expected a fit');
    expect(result.quality).toBeUndefined();
    expect(result.encoded.size).toBeLessThanOrEqual(10 * MB);
    expect(calls.every((call) => call.quality === undefined)).toBe(true);
  });

  it('applies a cap on the longer side first', async () => {
    const { encode, calls } = modelEncoder();
    const result = await searchImageEncoding(encode, { ...PHOTO, maxBytes: 20 * MB, maxSide: 2000 });
    expect(result).toMatchObject({ ok: true, width: 2000, height: 1500 });
    expect(calls[0]).toMatchObject({ width: 2000, height: 1500 });
  });

  it('stops after maxAttempts with an encoder that never gets smaller', async () => {
    let calls = 0;
    const stubborn = async () => {
      calls += 1;
      return { size: 100 * MB };
    };
    const result = await searchImageEncoding(stubborn, { ...PHOTO, minShortSide: 1, maxAttempts: 10 });
    expect(result.ok).toBe(false);
    expect(calls).toBeLessThanOrEqual(11);
  });
});
