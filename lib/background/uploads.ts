import type { BuyerGuardDatabase } from '../db/database';
import { type Translator, translatorFor } from '../i18n/translator';
import { base64ToBytes } from '../messaging/chunks';

/**
 * Upload chunks (lib/messaging/chunks.ts) are staged in IndexedDB, so a worker stopped halfway
 * loses nothing the page was told was received, and the consumer (evidence, import) takes them
 * in one step.
 */

/** Staged chunks older than this belong to an abandoned upload. */
const ABANDONED_AFTER_MS = 6 * 60 * 60 * 1000;

export async function stageChunk(
  db: BuyerGuardDatabase,
  chunk: { uploadId: string; index: number; total: number; data: string },
  now: number,
): Promise<void> {
  await db.uploads.put({ ...chunk, at: now });
}

export type AssembledUpload = { ok: true; bytes: Uint8Array } | { ok: false; error: string };

/** Joins a complete upload's chunks, in order; says which part is missing otherwise. */
export async function assembleUpload(
  db: BuyerGuardDatabase,
  uploadId: string,
  { t }: Pick<Translator, 't'> = translatorFor('en'),
): Promise<AssembledUpload> {
  const chunks = await db.uploads.where('uploadId').equals(uploadId).sortBy('index');
  const total = chunks[0]?.total;
  if (!total) return { ok: false, error: t('settings.import.error.uploadMissing') };
  if (chunks.length !== total || chunks.some((c, i) => c.index !== i || c.total !== total)) {
    return { ok: false, error: t('settings.import.error.uploadIncomplete', { arrived: chunks.length, total }) };
  }
  const parts = chunks.map((c) => base64ToBytes(c.data));
  const bytes = new Uint8Array(parts.reduce((n, p) => n + p.length, 0));
  let offset = 0;
  for (const part of parts) {
    bytes.set(part, offset);
    offset += part.length;
  }
  return { ok: true, bytes };
}

export async function discardUpload(db: BuyerGuardDatabase, uploadId: string): Promise<void> {
  await db.uploads.where('uploadId').equals(uploadId).delete();
}

export async function discardAbandonedUploads(db: BuyerGuardDatabase, now: number): Promise<number> {
  return db.uploads
    .where('at')
    .below(now - ABANDONED_AFTER_MS)
    .delete();
}
