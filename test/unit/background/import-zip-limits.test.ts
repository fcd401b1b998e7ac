// @vitest-environment node
import { describe, expect, it } from 'vitest';
import { MAX_IMPORT_BYTES, readBackupFile } from '../../../lib/background/import-backup';
import { garbageZip, lyingZip, zipBomb } from '../../fixtures/backups/hostile-zips';

// What the headers of a backup ZIP declare is weighed before anything is inflated.

describe('readBackupFile and hostile archives', () => {
  it('refuses a bomb that declares more than it may unpack, before inflating any of it', async () => {
    // Inflating any of these entries would fail ("damaged"): the answer shows none was tried.
    const entries = Math.ceil(MAX_IMPORT_BYTES / (512 * 1024 * 1024)) + 1;
    const result = await readBackupFile(garbageZip(entries, 512 * 1024 * 1024));
    expect(result).toEqual({ ok: false, error: 'The archive unpacks to more than Buyer Guard can import at once.' });
  });

  it('inflates an archive that declares no more than the limit (and finds it damaged here)', async () => {
    const result = await readBackupFile(garbageZip(2, 1024));
    expect(result).toEqual({ ok: false, error: 'The file is damaged: it is not a readable ZIP archive.' });
  });

  it('refuses a real bomb of 40 × 64 MB of zeros (2.5 GB) in a few MB', async () => {
    const bomb = zipBomb(40);
    expect(bomb.zip.length).toBeLessThan(4 * 1024 * 1024);
    expect(await readBackupFile(bomb.zip)).toMatchObject({
      ok: false,
      error: expect.stringMatching(/unpacks to more than/),
    });
  });

  it('reads no more than a header declares: 64 MB claimed as 1 KB is stopped after 1 KB, as damaged', async () => {
    // (A regular expression inside toMatchObject matches anything in Vitest: the sentence is compared whole.)
    expect(await readBackupFile(lyingZip())).toEqual({
      ok: false,
      error: 'The file is damaged: an entry of the archive holds more than its header says.',
    });
  });
});
