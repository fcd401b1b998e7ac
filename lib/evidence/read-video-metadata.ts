import { openVideo, type VideoFailure } from './video-element';

export interface VideoMetadata {
  /** Seconds. */
  duration: number;
  width: number;
  height: number;
}

export const VIDEO_TIMEOUT_MS = 10_000;

/** Duration and picture size of a video file, via a detached <video> element (extension pages only). */
export async function readVideoMetadata(
  blob: Blob,
  timeoutMs = VIDEO_TIMEOUT_MS,
): Promise<({ ok: true } & VideoMetadata) | VideoFailure> {
  const result = await openVideo(blob, timeoutMs);
  if (!result.ok) return result;
  const { duration, width, height, close } = result.opened;
  close();
  return { ok: true, duration, width, height };
}
