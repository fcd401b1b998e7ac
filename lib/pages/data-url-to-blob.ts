import { base64ToBytes } from '../messaging/chunks';

/** A base64 data URL ("data:image/png;base64,…", what tabs.captureVisibleTab answers) as a Blob; null when it is not one. */
export function dataUrlToBlob(dataUrl: string): Blob | null {
  const match = /^data:([\w.+-]+\/[\w.+-]+);base64,([A-Za-z0-9+/]*={0,2})$/.exec(dataUrl);
  if (!match?.[1] || match[2] === undefined) return null;
  try {
    return new Blob([base64ToBytes(match[2]) as Uint8Array<ArrayBuffer>], { type: match[1] });
  } catch {
    return null;
  }
}
