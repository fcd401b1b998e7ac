/**
 * The fallback screenshot: the browser's own screen-share picker (the buyer chooses the tab), one
 * frame drawn to a PNG, and the stream stopped at once. Needs a click (user activation) and an
 * extension page (a <video> element). Nothing is recorded or sent anywhere.
 */
export type DisplayFrame =
  | { ok: true; blob: Blob; label: string }
  /** Why not, for the page to word (`workspace.capture.<reason>`); `detail` is the browser's own error. */
  | { ok: false; reason: DisplayFrameFailure; detail?: string };

export type DisplayFrameFailure = 'unsupported' | 'cancelled' | 'share-failed' | 'no-frame' | 'not-written';

/** Chrome's tab-sharing hints are not in TypeScript's DOM types yet. */
interface DisplayOptions extends DisplayMediaStreamOptions {
  preferCurrentTab?: boolean;
  selfBrowserSurface?: 'include' | 'exclude';
}

const FIRST_FRAME_TIMEOUT_MS = 5_000;

export async function captureDisplayFrame(): Promise<DisplayFrame> {
  if (!navigator.mediaDevices?.getDisplayMedia) {
    return { ok: false, reason: 'unsupported' };
  }
  let stream: MediaStream;
  try {
    const options: DisplayOptions = {
      video: { displaySurface: 'browser' },
      audio: false,
      preferCurrentTab: false,
      selfBrowserSurface: 'exclude',
    };
    stream = await navigator.mediaDevices.getDisplayMedia(options);
  } catch (error) {
    // NotAllowedError: the buyer closed the picker or refused.
    const cancelled = error instanceof DOMException && error.name === 'NotAllowedError';
    return cancelled
      ? { ok: false, reason: 'cancelled' }
      : { ok: false, reason: 'share-failed', detail: String(error) };
  }
  const video = document.createElement('video');
  try {
    const label = stream.getVideoTracks()[0]?.label ?? '';
    video.muted = true;
    video.playsInline = true;
    video.srcObject = stream;
    await video.play();
    if (!(await firstFrame(video))) {
      return { ok: false, reason: 'no-frame' };
    }
    const canvas = document.createElement('canvas');
    canvas.width = video.videoWidth;
    canvas.height = video.videoHeight;
    canvas.getContext('2d')?.drawImage(video, 0, 0);
    const blob = await new Promise<Blob | null>((resolve) => canvas.toBlob(resolve, 'image/png'));
    return blob ? { ok: true, blob, label } : { ok: false, reason: 'not-written' };
  } finally {
    for (const track of stream.getTracks()) track.stop();
    video.srcObject = null;
  }
}

/** Resolves true once the video has a frame with a size (a detached <video> gets no paint callbacks). */
function firstFrame(video: HTMLVideoElement): Promise<boolean> {
  const ready = () => video.readyState >= HTMLMediaElement.HAVE_CURRENT_DATA && video.videoWidth > 0;
  if (ready()) return Promise.resolve(true);
  return new Promise((resolve) => {
    const done = (value: boolean) => {
      clearTimeout(timer);
      video.removeEventListener('loadeddata', check);
      video.removeEventListener('resize', check);
      resolve(value);
    };
    const check = () => ready() && done(true);
    const timer = setTimeout(() => done(false), FIRST_FRAME_TIMEOUT_MS);
    video.addEventListener('loadeddata', check);
    video.addEventListener('resize', check);
  });
}
