/**
 * A detached <video> element over a Blob, for reading metadata and frames. Needs a DOM: extension
 * pages only (a service worker has none). Nothing is played, shown or sent anywhere.
 */
/** Why a video could not be read; the page words it in the buyer's language (`workspace.media.<reason>`). */
export type VideoFailure = { ok: false; reason: 'not-playable' | 'timeout' };

export interface OpenedVideo {
  video: HTMLVideoElement;
  /** Seconds. */
  duration: number;
  width: number;
  height: number;
  close: () => void;
}

export async function openVideo(
  blob: Blob,
  timeoutMs: number,
): Promise<{ ok: true; opened: OpenedVideo } | VideoFailure> {
  const url = URL.createObjectURL(blob);
  const video = document.createElement('video');
  video.muted = true;
  video.preload = 'auto';
  video.playsInline = true;
  const close = () => {
    video.removeAttribute('src');
    video.load();
    URL.revokeObjectURL(url);
  };
  const loaded = new Promise<boolean>((resolve) => {
    video.addEventListener('loadedmetadata', () => resolve(true), { once: true });
    video.addEventListener('error', () => resolve(false), { once: true });
  });
  video.src = url;
  const outcome = await withTimeout(loaded, timeoutMs);
  if (outcome !== true || video.videoWidth === 0) {
    close();
    return outcome === 'timeout' ? timedOut() : notPlayable();
  }
  const duration = await withTimeout(knownDuration(video), timeoutMs);
  if (duration === 'timeout') {
    close();
    return timedOut();
  }
  return { ok: true, opened: { video, duration, width: video.videoWidth, height: video.videoHeight, close } };
}

/** Seeks and waits until the frame at `seconds` can be drawn; false on time-out. */
export async function seekTo(video: HTMLVideoElement, seconds: number, timeoutMs: number): Promise<boolean> {
  const seeked = new Promise<true>((resolve) => {
    video.addEventListener('seeked', () => resolve(true), { once: true });
  });
  video.currentTime = seconds;
  return (await withTimeout(seeked, timeoutMs)) === true;
}

/**
 * The duration, also for files whose header has none (MediaRecorder's WebM reports Infinity
 * until the end is seen): seeking far past the end makes the browser find it.
 */
async function knownDuration(video: HTMLVideoElement): Promise<number> {
  if (Number.isFinite(video.duration)) return video.duration;
  await new Promise<void>((resolve) => {
    const done = () => {
      if (!Number.isFinite(video.duration)) return;
      video.removeEventListener('durationchange', done);
      video.removeEventListener('timeupdate', done);
      resolve();
    };
    video.addEventListener('durationchange', done);
    video.addEventListener('timeupdate', done);
    video.currentTime = Number.MAX_SAFE_INTEGER;
  });
  return video.duration;
}

async function withTimeout<T>(promise: Promise<T>, timeoutMs: number): Promise<T | 'timeout'> {
  let timer: ReturnType<typeof setTimeout> | undefined;
  const timeout = new Promise<'timeout'>((resolve) => {
    timer = setTimeout(() => resolve('timeout'), timeoutMs);
  });
  try {
    return await Promise.race([promise, timeout]);
  } finally {
    clearTimeout(timer);
  }
}

function notPlayable(): VideoFailure {
  return { ok: false, reason: 'not-playable' };
}

function timedOut(): VideoFailure {
  return { ok: false, reason: 'timeout' };
}
