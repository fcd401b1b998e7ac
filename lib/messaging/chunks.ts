/**
 * Files reach the background in base64 chunks: Chrome's runtime messages carry JSON only, no
 * Blobs. The protocol's uploadChunk message and the background's staging share these limits.
 */
export const MAX_CHUNK_CHARS = 8 * 1024 * 1024;
export const MAX_CHUNKS = 256;
/** Raw bytes per chunk so that their base64 stays within MAX_CHUNK_CHARS (4 chars per 3 bytes). */
export const CHUNK_BYTES = (MAX_CHUNK_CHARS / 4) * 3;

export function base64ToBytes(base64: string): Uint8Array {
  const binary = atob(base64);
  const bytes = new Uint8Array(binary.length);
  for (let i = 0; i < binary.length; i++) bytes[i] = binary.charCodeAt(i);
  return bytes;
}

export function bytesToBase64(bytes: Uint8Array): string {
  let binary = '';
  const step = 0x8000;
  for (let i = 0; i < bytes.length; i += step) binary += String.fromCharCode(...bytes.subarray(i, i + step));
  return btoa(binary);
}
