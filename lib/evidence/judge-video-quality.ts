import { judgeImageQuality, LOW_RESOLUTION_MAX_SHORT_SIDE } from './judge-image-quality';
import type { ImageQualityMetrics } from './measure-image-quality';

export type VideoQualityWarning = 'too-dark' | 'overexposed' | 'low-resolution';

/**
 * Warnings for a video from a few sampled frames: dark or blown out when most sampled frames
 * are (one dark frame at a cut is fine), low resolution from the video's own size. Blur is not
 * judged: motion and compression make a single frame's Laplacian say little about focus.
 */
export function judgeVideoQuality(
  video: { width: number; height: number },
  frames: readonly ImageQualityMetrics[],
): VideoQualityWarning[] {
  const warnings: VideoQualityWarning[] = [];
  const frameWarnings = frames.map((frame) => judgeImageQuality(frame));
  const most = (warning: 'too-dark' | 'overexposed') =>
    frames.length > 0 && frameWarnings.filter((list) => list.includes(warning)).length * 2 > frames.length;
  if (most('too-dark')) warnings.push('too-dark');
  if (most('overexposed')) warnings.push('overexposed');
  if (Math.min(video.width, video.height) < LOW_RESOLUTION_MAX_SHORT_SIDE) warnings.push('low-resolution');
  return warnings;
}
