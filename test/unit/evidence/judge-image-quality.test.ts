import { describe, expect, it } from 'vitest';
import {
  BLUR_MAX_LAPLACIAN_VARIANCE,
  DARK_MAX_MEAN_LUMINANCE,
  DARK_MIN_SHADOW_SHARE,
  IMAGE_QUALITY_WARNINGS,
  judgeImageQuality,
  LOW_RESOLUTION_MAX_SHORT_SIDE,
  OVEREXPOSED_MIN_HIGHLIGHT_SHARE,
  OVEREXPOSED_MIN_MEAN_LUMINANCE,
} from '../../../lib/evidence/judge-image-quality';
import { type ImageQualityMetrics, measureImageQuality } from '../../../lib/evidence/measure-image-quality';
import { LOCALES } from '../../../lib/i18n';
import { CATALOGS } from '../../../lib/i18n/catalogs';
import { boxBlur, checkerboard, flat, greyImage, uniformNoise, withNoise } from './synthetic-images';

// 640 × 480: the smallest size that is not low resolution, analysed without downscaling.
const W = 640;
const H = 480;

describe('judgeImageQuality on synthetic pictures: the thresholds separate them', () => {
  it.each([
    ['flat dark (luma 20)', () => flat(W, H, 20), ['too-dark']],
    ['flat white (luma 250)', () => flat(W, H, 250), ['overexposed']],
    ['flat mid-grey: nothing in focus', () => flat(W, H, 128), ['blurred']],
    ['uniform noise', () => uniformNoise(W, H), []],
    ['sharp checkerboard, 16 px squares', () => checkerboard(W, H, 16), []],
    ['sharp checkerboard, 64 px squares', () => checkerboard(W, H, 64), []],
    ['sharp low-contrast checkerboard (100/150)', () => checkerboard(W, H, 32, 100, 150), []],
    ['sharp checkerboard with sensor noise σ=3', () => withNoise(checkerboard(W, H, 16), 3), []],
    ['dark checkerboard (0/40)', () => checkerboard(W, H, 16, 0, 40), ['too-dark']],
    ['checkerboard 16 px, box blur r=6', () => boxBlur(checkerboard(W, H, 16), 6), ['blurred']],
    ['checkerboard 32 px, box blur r=6', () => boxBlur(checkerboard(W, H, 32), 6), ['blurred']],
    ['checkerboard 64 px, box blur r=6', () => boxBlur(checkerboard(W, H, 64), 6), ['blurred']],
    ['checkerboard 64 px, box blur r=4', () => boxBlur(checkerboard(W, H, 64), 4), ['blurred']],
    [
      'dark checkerboard, box blur r=3 (focus not judged in the dark)',
      () => boxBlur(checkerboard(W, H, 16, 0, 40), 3),
      ['too-dark'],
    ],
    ['sharp checkerboard at 320 × 240', () => checkerboard(320, 240, 16), ['low-resolution']],
    [
      'black and white checkerboard: half the frame at pure white',
      () => checkerboard(W, H, 16, 0, 255),
      ['overexposed'],
    ],
  ])('%s → %o', (_label, make, expected) => {
    const metrics = measureImageQuality(make());
    expect(judgeImageQuality(metrics)).toEqual(expected);
  });

  it('keeps a wide margin between sharp and blurred boards (sharp ≥ 20× threshold, blurred ≤ 0.6×)', () => {
    for (const square of [16, 32, 64]) {
      const sharp = measureImageQuality(checkerboard(W, H, square)).sharpness;
      const blurred = measureImageQuality(boxBlur(checkerboard(W, H, square), 6)).sharpness;
      expect(sharp).toBeGreaterThan(20 * BLUR_MAX_LAPLACIAN_VARIANCE);
      expect(blurred).toBeLessThan(0.6 * BLUR_MAX_LAPLACIAN_VARIANCE);
    }
  });

  it('measures more blur as a lower sharpness (monotonic in the blur radius)', () => {
    const radii = [0, 1, 2, 3, 4, 6, 8];
    const sharpness = radii.map((r) => {
      const board = checkerboard(W, H, 32);
      return measureImageQuality(r === 0 ? board : boxBlur(board, r)).sharpness;
    });
    for (let i = 1; i < sharpness.length; i += 1) expect(sharpness[i]).toBeLessThan(sharpness[i - 1] ?? 0);
  });
});

describe('measureImageQuality', () => {
  it('measures brightness and contrast of known pictures', () => {
    const half = measureImageQuality(greyImage(W, H, (x) => (x < W / 2 ? 0 : 200)));
    expect(half.meanLuminance).toBeCloseTo(100, 5);
    expect(half.contrast).toBeCloseTo(100, 5);
    expect(half.shadowClipped).toBeCloseTo(0.5, 5);
    expect(half.highlightClipped).toBe(0);
    const flatGrey = measureImageQuality(flat(W, H, 128));
    expect(flatGrey).toMatchObject({ meanLuminance: 128, contrast: 0, sharpness: 0 });
  });

  it('weights colour channels as BT.601 luma', () => {
    const pixel = (r: number, g: number, b: number) => ({
      width: 4,
      height: 4,
      data: new Uint8ClampedArray(Array.from({ length: 16 }, () => [r, g, b, 255]).flat()),
    });
    expect(measureImageQuality(pixel(255, 0, 0)).meanLuminance).toBeCloseTo(0.299 * 255, 3);
    expect(measureImageQuality(pixel(0, 255, 0)).meanLuminance).toBeCloseTo(0.587 * 255, 3);
    expect(measureImageQuality(pixel(0, 0, 255)).meanLuminance).toBeCloseTo(0.114 * 255, 3);
  });

  it('shows transparent pixels as white', () => {
    const transparent = { width: 8, height: 8, data: new Uint8ClampedArray(8 * 8 * 4) };
    expect(measureImageQuality(transparent).meanLuminance).toBeCloseTo(255, 5);
  });

  it('analyses a 12 MP picture on a copy of at most 1024 px and reports the original size', () => {
    const photo = checkerboard(4000, 3000, 64);
    const started = performance.now();
    const metrics = measureImageQuality(photo);
    const elapsed = performance.now() - started;
    expect(metrics).toMatchObject({ width: 4000, height: 3000, analysedWidth: 1000, analysedHeight: 750 });
    expect(metrics.meanLuminance).toBeCloseTo(125, 0);
    expect(judgeImageQuality(metrics)).toEqual([]);
    console.info(`measureImageQuality on 4000 × 3000 RGBA in Node: ${elapsed.toFixed(0)} ms`);
  });

  it('takes the original size from the caller when the pixels are a scaled copy', () => {
    const metrics = measureImageQuality(checkerboard(400, 300, 8), { width: 4000, height: 3000 });
    expect(metrics).toMatchObject({ width: 4000, height: 3000, analysedWidth: 400 });
    expect(judgeImageQuality(metrics)).not.toContain('low-resolution');
  });

  it.each([
    [0, 0],
    [1, 1],
    [2, 2],
  ])('handles a degenerate %i × %i picture without dividing by zero', (width, height) => {
    const metrics = measureImageQuality({ width, height, data: new Uint8ClampedArray(width * height * 4).fill(255) });
    expect(Number.isFinite(metrics.meanLuminance)).toBe(true);
    expect(metrics.sharpness).toBe(0);
  });
});

describe('judgeImageQuality thresholds at their boundaries', () => {
  const usable: ImageQualityMetrics = {
    width: 1000,
    height: 750,
    meanLuminance: 120,
    contrast: 50,
    sharpness: 500,
    shadowClipped: 0,
    highlightClipped: 0,
    analysedWidth: 1000,
    analysedHeight: 750,
  };
  it.each<[string, Partial<ImageQualityMetrics>, string[]]>([
    ['usable', {}, []],
    ['mean just under the dark limit', { meanLuminance: DARK_MAX_MEAN_LUMINANCE - 0.01 }, ['too-dark']],
    ['mean at the dark limit', { meanLuminance: DARK_MAX_MEAN_LUMINANCE }, []],
    ['shadows at the crushed-black share', { shadowClipped: DARK_MIN_SHADOW_SHARE }, ['too-dark']],
    ['shadows just under it', { shadowClipped: DARK_MIN_SHADOW_SHARE - 0.01 }, []],
    ['mean at the overexposed limit', { meanLuminance: OVEREXPOSED_MIN_MEAN_LUMINANCE }, []],
    ['mean just over it', { meanLuminance: OVEREXPOSED_MIN_MEAN_LUMINANCE + 0.01 }, ['overexposed']],
    ['highlights at the blown-out share', { highlightClipped: OVEREXPOSED_MIN_HIGHLIGHT_SHARE }, ['overexposed']],
    ['sharpness just under the blur limit', { sharpness: BLUR_MAX_LAPLACIAN_VARIANCE - 0.01 }, ['blurred']],
    ['sharpness at the blur limit', { sharpness: BLUR_MAX_LAPLACIAN_VARIANCE }, []],
    ['blurred and dark: only the darkness', { sharpness: 0, meanLuminance: 20 }, ['too-dark']],
    ['blurred and small', { sharpness: 0, width: 320 }, ['blurred', 'low-resolution']],
    ['short side just under the resolution limit', { height: LOW_RESOLUTION_MAX_SHORT_SIDE - 1 }, ['low-resolution']],
    ['short side at the resolution limit', { width: LOW_RESOLUTION_MAX_SHORT_SIDE }, []],
    [
      'everything wrong at once',
      { meanLuminance: 10, highlightClipped: 0.5, sharpness: 0, width: 100 },
      ['too-dark', 'overexposed', 'low-resolution'],
    ],
  ])('%s', (_label, change, expected) => {
    expect(judgeImageQuality({ ...usable, ...change })).toEqual(expected);
  });

  it('has advice for every warning in every language', () => {
    for (const locale of LOCALES) {
      for (const warning of IMAGE_QUALITY_WARNINGS) {
        const advice = CATALOGS[locale][`workspace.quality.${warning}`];
        expect(advice, `${locale} ${warning}`).toMatch(/\p{L}{3}/u);
      }
    }
  });
});
