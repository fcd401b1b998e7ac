import type { ImageQualityMetrics } from './measure-image-quality';

export type ImageQualityWarning = 'too-dark' | 'overexposed' | 'blurred' | 'low-resolution';

/*
 * Thresholds, on the analysed copy (longer side ≤ ANALYSIS_MAX_SIDE, luma 0…255). Calibrated on
 * synthetic pictures (test/unit/evidence/judge-image-quality.test.ts shows each one's numbers):
 * - a sharp checkerboard (levels 30/220, 16–64 px squares) measures 2,100–9,900; even at 20 %
 *   contrast (levels 100/150) it measures ~310. The same boards box-blurred with a radius of 4–6 px
 *   (a 9 × 9 to 13 × 13 mean, a missed focus at this scale) measure 12–84; uniform noise ~109,000.
 *   100 sits in that gap and is the value commonly used for variance-of-Laplacian blur checks.
 *   Sensor noise raises the measure (a 4-neighbour Laplacian turns noise of deviation σ into a
 *   variance of 20σ²), so a noisy blurred photo may pass: the check errs towards no warning.
 *   It also scales with contrast squared, so focus is not judged on a too dark or overexposed
 *   photo (a sharp scene darkened to a sixth measures ~57 in Chromium: it would read as blurred).
 * - brightness: a dim but usable indoor photo averages 60–90; under 50 (a fifth of full scale),
 *   or with most of the frame crushed to black, the defect is lost in the dark.
 * - exposure: above 215 on average, or with 40 % of the frame blown to white, detail is gone.
 * - resolution: a shorter side under 480 px (less than VGA) cannot show a label or a scratch.
 * Screenshots are not judged: a page's white background or dark theme is not a camera fault.
 */
export const BLUR_MAX_LAPLACIAN_VARIANCE = 100;
export const DARK_MAX_MEAN_LUMINANCE = 50;
export const DARK_MIN_SHADOW_SHARE = 0.6;
export const OVEREXPOSED_MIN_MEAN_LUMINANCE = 215;
export const OVEREXPOSED_MIN_HIGHLIGHT_SHARE = 0.4;
export const LOW_RESOLUTION_MAX_SHORT_SIDE = 480;

/** Warnings for a photo, in a fixed order; empty when it looks usable. 'blurred' only when the exposure is usable. */
export function judgeImageQuality(metrics: ImageQualityMetrics): ImageQualityWarning[] {
  const warnings: ImageQualityWarning[] = [];
  if (metrics.meanLuminance < DARK_MAX_MEAN_LUMINANCE || metrics.shadowClipped >= DARK_MIN_SHADOW_SHARE) {
    warnings.push('too-dark');
  }
  if (
    metrics.meanLuminance > OVEREXPOSED_MIN_MEAN_LUMINANCE ||
    metrics.highlightClipped >= OVEREXPOSED_MIN_HIGHLIGHT_SHARE
  ) {
    warnings.push('overexposed');
  }
  // Darkness and glare flatten edges too (the measure scales with contrast squared): a dark sharp
  // photo measures like a blurred one. Focus is only judged when the exposure is usable.
  if (warnings.length === 0 && metrics.sharpness < BLUR_MAX_LAPLACIAN_VARIANCE) warnings.push('blurred');
  if (Math.min(metrics.width, metrics.height) < LOW_RESOLUTION_MAX_SHORT_SIDE) warnings.push('low-resolution');
  return warnings;
}

/** Every warning, in the order they are judged: the workspace words each (catalog `workspace.quality.<warning>`). */
export const IMAGE_QUALITY_WARNINGS: readonly ImageQualityWarning[] = [
  'too-dark',
  'overexposed',
  'blurred',
  'low-resolution',
];
