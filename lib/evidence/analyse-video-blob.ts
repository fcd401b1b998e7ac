import { judgeVideoQuality, type VideoQualityWarning } from './judge-video-quality';
import { type ImageQualityMetrics, measureImageQuality } from './measure-image-quality';
import { VIDEO_TIMEOUT_MS, type VideoMetadata } from './read-video-metadata';
import { openVideo, seekTo, type VideoFailure } from './video-element';

export interface VideoAnalysis extends VideoMetadata {
  ok: true;
  /** The sampled frames: time (s) and the measures of each. */
  frames: { time: number; metrics: ImageQualityMetrics }[];
  warnings: VideoQualityWarning[];
}

/** Frames are sampled small: brightness needs no detail, and seeking dominates the time anyway. */
const FRAME_SAMPLE_LONG_SIDE = 160;
export const VIDEO_SAMPLE_FRAMES = 5;

/**
 * Metadata plus a dark/overexposed check on a few evenly spaced frames (at 10 %, 30 %, … of the
 * duration). Extension pages only (needs a <video> element).
 */
export async function analyseVideoBlob(
  blob: Blob,
  options: { frames?: number; timeoutMs?: number } = {},
): Promise<VideoAnalysis | VideoFailure> {
  const timeoutMs = options.timeoutMs ?? VIDEO_TIMEOUT_MS;
  const opened = await openVideo(blob, timeoutMs);
  if (!opened.ok) return opened;
  const { video, duration, width, height, close } = opened.opened;
  try {
    const scale = Math.min(1, FRAME_SAMPLE_LONG_SIDE / Math.max(width, height));
    const canvas = new OffscreenCanvas(Math.max(1, Math.round(width * scale)), Math.max(1, Math.round(height * scale)));
    const context = canvas.getContext('2d', { willReadFrequently: true });
    if (!context) throw new Error('OffscreenCanvas 2D context unavailable');
    const count = Math.max(1, options.frames ?? VIDEO_SAMPLE_FRAMES);
    const frames: VideoAnalysis['frames'] = [];
    for (let i = 0; i < count; i += 1) {
      const time = (duration * (i + 0.5)) / count;
      if (!(await seekTo(video, time, timeoutMs))) {
        return { ok: false, reason: 'timeout' };
      }
      context.drawImage(video, 0, 0, canvas.width, canvas.height);
      const pixels = context.getImageData(0, 0, canvas.width, canvas.height);
      frames.push({ time, metrics: measureImageQuality(pixels, { width, height }) });
    }
    const warnings = judgeVideoQuality(
      { width, height },
      frames.map((frame) => frame.metrics),
    );
    return { ok: true, duration, width, height, frames, warnings };
  } finally {
    close();
  }
}
