import { describe, expect, it } from 'vitest';
import { assembleUpload, discardAbandonedUploads, stageChunk } from '../../../lib/background/uploads';
import { base64ToBytes, bytesToBase64 } from '../../../lib/messaging/chunks';
import { freshDatabase, NOW } from './test-data';

const ID = '3f2b8c1e-5d7a-4e9b-8c2d-1a2b3c4d5e6f';

describe('uploads', () => {
  it('round-trips bytes through base64, including large inputs', () => {
    const bytes = new Uint8Array(200_000).map((_, i) => (i * 31) % 256);
    expect(base64ToBytes(bytesToBase64(bytes))).toEqual(bytes);
  });

  it('assembles chunks in index order, whatever order they arrived in', async () => {
    const db = freshDatabase();
    await stageChunk(db, { uploadId: ID, index: 1, total: 2, data: bytesToBase64(new Uint8Array([3, 4])) }, NOW);
    await stageChunk(db, { uploadId: ID, index: 0, total: 2, data: bytesToBase64(new Uint8Array([1, 2])) }, NOW);
    expect(await assembleUpload(db, ID)).toEqual({ ok: true, bytes: new Uint8Array([1, 2, 3, 4]) });
  });

  it('says how much of an incomplete upload arrived', async () => {
    const db = freshDatabase();
    await stageChunk(db, { uploadId: ID, index: 0, total: 3, data: '' }, NOW);
    expect(await assembleUpload(db, ID)).toEqual({
      ok: false,
      error: 'The upload is incomplete (1 of 3 parts arrived).',
    });
    expect(await assembleUpload(db, '00000000-0000-4000-8000-000000000000')).toMatchObject({ ok: false });
  });

  it('keeps a resent chunk once (idempotent put)', async () => {
    const db = freshDatabase();
    const chunk = { uploadId: ID, index: 0, total: 1, data: bytesToBase64(new Uint8Array([9])) };
    await stageChunk(db, chunk, NOW);
    await stageChunk(db, chunk, NOW + 1);
    expect(await assembleUpload(db, ID)).toEqual({ ok: true, bytes: new Uint8Array([9]) });
  });

  it('discards uploads abandoned for hours', async () => {
    const db = freshDatabase();
    await stageChunk(db, { uploadId: ID, index: 0, total: 2, data: '' }, NOW - 7 * 3_600_000);
    await stageChunk(db, { uploadId: crypto.randomUUID(), index: 0, total: 2, data: '' }, NOW);
    expect(await discardAbandonedUploads(db, NOW)).toBe(1);
    expect(await db.uploads.count()).toBe(1);
  });
});
