import { describe, expect, it } from 'vitest';
import { judgeVideoQuality } from '../../../lib/evidence/judge-video-quality';
import type { ImageQualityMetrics } from '../../../lib/evidence/measure-image-quality';

const frame = (meanLuminance: number, highlightClipped = 0): ImageQualityMetrics => ({
  width: 1280,
  height: 720,
  meanLuminance,
  contrast: 30,
  sharpness: 0, // blur is never judged on video frames
  shadowClipped: 0,
  highlightClipped,
  analysedWidth: 160,
  analysedHeight: 90,
});
const HD = { width: 1280, height: 720 };

describe('judgeVideoQuality', () => {
  it.each<[string, { width: number; height: number }, ImageQualityMetrics[], string[]]>([
    ['well lit', HD, [frame(120), frame(110), frame(130)], []],
    ['all frames dark', HD, [frame(10), frame(20), frame(15)], ['too-dark']],
    ['most frames dark (3 of 5)', HD, [frame(10), frame(120), frame(20), frame(15), frame(130)], ['too-dark']],
    ['half the frames dark (2 of 4) is not most', HD, [frame(10), frame(120), frame(20), frame(130)], []],
    ['one dark frame at a cut', HD, [frame(120), frame(5), frame(110)], []],
    ['blown out', HD, [frame(240), frame(230), frame(120)], ['overexposed']],
    ['clipped highlights', HD, [frame(150, 0.5), frame(150, 0.6)], ['overexposed']],
    ['360p', { width: 640, height: 360 }, [frame(120)], ['low-resolution']],
    ['480p (854 × 480) is enough', { width: 854, height: 480 }, [frame(120)], []],
    ['portrait 720 × 1280', { width: 720, height: 1280 }, [frame(120)], []],
    ['no frames could be read', HD, [], []],
  ])('%s', (_label, size, frames, expected) => {
    expect(judgeVideoQuality(size, frames)).toEqual(expected);
  });
});
