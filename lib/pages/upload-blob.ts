import { bytesToBase64, CHUNK_BYTES, MAX_CHUNKS } from '../messaging/chunks';
import { sendMessageWithRetry } from '../messaging/send';

/** Largest file a page can hand to the background (the background caps evidence lower). */
export const MAX_UPLOAD_BYTES = CHUNK_BYTES * MAX_CHUNKS;

/**
 * Hands a file to the background in base64 chunks and returns the upload id that a following
 * message (addEvidence, importBackup) names. Progress is reported per chunk.
 */
export async function uploadBlob(blob: Blob, onProgress?: (sent: number, total: number) => void): Promise<string> {
  if (blob.size > MAX_UPLOAD_BYTES) {
    throw new Error(`The file is larger than ${Math.floor(MAX_UPLOAD_BYTES / 1024 / 1024)} MB.`);
  }
  const uploadId = crypto.randomUUID();
  const total = Math.max(1, Math.ceil(blob.size / CHUNK_BYTES));
  for (let index = 0; index < total; index++) {
    const part = blob.slice(index * CHUNK_BYTES, (index + 1) * CHUNK_BYTES);
    const data = bytesToBase64(new Uint8Array(await part.arrayBuffer()));
    // A chunk is stored by (upload, index): sending it again after a lost reply is harmless.
    await sendMessageWithRetry('uploadChunk', { uploadId, index, total, data });
    onProgress?.(index + 1, total);
  }
  return uploadId;
}
