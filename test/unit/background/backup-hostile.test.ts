// @vitest-environment node
// Node's own Blob survives fake-indexeddb's structured clone; happy-dom's does not.
import { strToU8, unzipSync, zipSync } from 'fflate';
import { describe, expect, it } from 'vitest';
import { applyBackup, MAX_IMPORT_BYTES, readBackupFile } from '../../../lib/background/import-backup';
import { ingestOrders } from '../../../lib/background/ingest';
import { BACKUP_JSON_NAME } from '../../../lib/db/backup-format';
import type { BuyerGuardDatabase } from '../../../lib/db/database';
import { exportBackupZip } from '../../../lib/db/export-backup';
import { sha256Hex } from '../../../lib/evidence/sha256-hex';
import { lyingZip, zipBomb } from '../../fixtures/backups/hostile-zips';
import { context, freshDatabase, NOW, order } from './test-data';

// Backups are not trusted at all (issue 12, break 7): a value `Date` cannot hold or a day the calendar
// does not have is refused with a sentence; a link that is not AliExpress's is left out and counted;
// evidence already here is never overwritten; every export restores; a ZIP is inflated within a limit
// fitted to real backups, checked while it inflates.

const REF = 'aliexpress:1000000001' as const;
const PHOTO = new Uint8Array([0xff, 0xd8, 0xff, 0xe0, 9, 9, 9]);

function backup(orders: unknown[], evidence: unknown[] = []) {
  return {
    format: 'buyer-guard-backup',
    formatVersion: 1,
    exportedAt: NOW,
    appVersion: '0.1.0',
    data: {
      orders: orders.map((o) => ({ order: o, firstSeenAt: NOW, lastSeenAt: NOW, updatedAt: NOW })),
      history: [],
      cases: [],
      journal: [],
      evidence,
    },
  };
}
const json = (value: unknown) => strToU8(JSON.stringify(value));

async function evidenceMeta(id: string, bytes: Uint8Array, caption: string, file = `evidence/${id}.jpg`) {
  return {
    id,
    ref: REF,
    orderId: '1000000001',
    kind: 'photo' as const,
    name: 'box.jpg',
    type: 'image/jpeg',
    size: bytes.length,
    sha256: await sha256Hex(bytes),
    caption,
    checklistItemIds: [] as string[],
    addedAt: NOW + 1,
    warnings: [] as string[],
    file,
  };
}

async function importInto(db: BuyerGuardDatabase, bytes: Uint8Array, mode: 'merge' | 'replace' = 'merge') {
  const read = await readBackupFile(bytes);
  if (!read.ok) return read;
  return { ok: true as const, summary: await applyBackup(db, read.parsed, mode, context()) };
}

describe('values a backup cannot bring', () => {
  it.each([
    ['a timer at 2^53 − 1', { timers: [{ kind: 'buyer-protection-ends', endsAt: 2 ** 53 - 1, raw: 'x' }] }, /endsAt/],
    ['an order day that does not exist', { orderedOn: '2026-02-31' }, /orderedOn/],
    ['a tracking event in 1970', { tracking: { events: [{ at: 1, description: 'x', stage: 'unknown' }] } }, /at/],
  ])('refuses %s with a sentence that says where, and changes nothing', async (_name, fields, where) => {
    const db = freshDatabase();
    await ingestOrders(db, [order('1000000009')], context());
    const result = await importInto(db, json(backup([{ ...order('1000000001'), ...fields }])));
    expect(result).toMatchObject({
      ok: false,
      error: expect.stringMatching(/^The backup is damaged \(data\.orders\.0\.order\./),
    });
    expect(result.ok === false && result.error).toMatch(where);
    expect(await db.orders.count()).toBe(1);
  });
});

describe('links a backup brings', () => {
  it('keeps only AliExpress’s, and says how many it left out', async () => {
    const db = freshDatabase();
    const result = await importInto(
      db,
      json(
        backup([
          {
            ...order('1000000001'),
            detailUrl: 'data:text/html,<script>alert(1)</script>',
            store: { name: 'Store', url: 'https://evil.example/store' },
            items: [{ title: 'A', productUrl: 'chrome://settings', imageUrl: 'https://ae01.alicdn.com/kf/a.jpg' }],
          },
          { ...order('1000000002'), detailUrl: 'https://www.aliexpress.com/p/order/detail.html?orderId=1000000002' },
        ]),
      ),
    );
    expect(result).toMatchObject({ ok: true, summary: { orders: 2, urlsRemoved: 3 } });
    const stored = (await db.orders.get(REF))?.order;
    expect(stored).toEqual({
      ...order('1000000001'),
      store: { name: 'Store' },
      items: [{ title: 'A', imageUrl: 'https://ae01.alicdn.com/kf/a.jpg' }],
    });
    expect((await db.orders.get('aliexpress:1000000002'))?.order.detailUrl).toBe(
      'https://www.aliexpress.com/p/order/detail.html?orderId=1000000002',
    );
  });
});

describe('evidence a backup brings', () => {
  async function withEvidence(): Promise<BuyerGuardDatabase> {
    const db = freshDatabase();
    await ingestOrders(db, [order('1000000001')], context());
    const { file: _file, ...meta } = await evidenceMeta('ev-1', PHOTO, 'Crushed box');
    await db.evidence.add({ ...meta, addedAt: NOW, blob: new Blob([PHOTO], { type: 'image/jpeg' }) });
    return db;
  }

  it('never overwrites evidence already here: a different file under the same id is kept beside it', async () => {
    const db = await withEvidence();
    const forged = new Uint8Array([1, 2, 3]);
    const zip = zipSync({
      [BACKUP_JSON_NAME]: json(backup([order('1000000001')], [await evidenceMeta('ev-1', forged, 'Forged')])),
      'evidence/ev-1.jpg': forged,
    });
    const result = await importInto(db, zip);
    expect(result).toMatchObject({ ok: true, summary: { evidence: 1, evidenceKeptBeside: 1 } });
    const original = await db.evidence.get('ev-1');
    expect(original).toMatchObject({ caption: 'Crushed box', addedAt: NOW, sha256: await sha256Hex(PHOTO) });
    if (!original) throw new Error('the original evidence is gone');
    expect(new Uint8Array(await original.blob.arrayBuffer())).toEqual(PHOTO);
    const all = await db.evidence.toArray();
    expect(all.map((e) => e.caption).sort()).toEqual(['Crushed box', 'Forged']);

    // Importing the same backup again adds nothing again.
    expect(await importInto(db, zip)).toMatchObject({ ok: true, summary: { evidence: 0 } });
    expect(await db.evidence.count()).toBe(2);
  });

  it('the same file under the same id is already here: nothing is added or changed', async () => {
    const db = await withEvidence();
    const zip = zipSync({
      [BACKUP_JSON_NAME]: json(backup([order('1000000001')], [await evidenceMeta('ev-1', PHOTO, 'Other caption')])),
      'evidence/ev-1.jpg': PHOTO,
    });
    expect(await importInto(db, zip)).toMatchObject({ ok: true, summary: { evidence: 0 } });
    expect(await db.evidence.get('ev-1')).toMatchObject({ caption: 'Crushed box', addedAt: NOW });
  });

  it('exports every file under its own path, so the export restores (ids that once shared "a_b")', async () => {
    const db = freshDatabase();
    await ingestOrders(db, [order('1000000001')], context());
    const other = new Uint8Array([7, 7, 7]);
    for (const [id, bytes] of [
      ['a.b', PHOTO],
      ['a_b', other],
      ['A_B', PHOTO],
    ] as const) {
      const { file: _file, ...meta } = await evidenceMeta(id, bytes, id);
      await db.evidence.add({ ...meta, blob: new Blob([bytes], { type: 'image/jpeg' }) });
    }
    const zip = await exportBackupZip(db, NOW, '0.1.0');
    const paths = Object.keys(unzipSync(zip)).filter((name) => name.startsWith('evidence/'));
    expect(new Set(paths.map((path) => path.toLowerCase())).size).toBe(3);
    for (const path of paths) expect(path).toMatch(/^evidence\/[A-Za-z0-9_-]+\.[a-z0-9]+$/);
    const restored = freshDatabase();
    expect(await importInto(restored, zip, 'replace')).toMatchObject({ ok: true, summary: { evidence: 3 } });
    expect((await restored.evidence.toArray()).map((e) => e.id).sort()).toEqual(['A_B', 'a.b', 'a_b']);
  });
});

describe('archives, inflated within a limit fitted to real backups', () => {
  it('the limit is fitted to real use: well under 2 GB', () => {
    expect(MAX_IMPORT_BYTES).toBeLessThanOrEqual(1024 ** 3);
  });

  it('refuses a 2 MB archive that inflates to almost 2 GB, before inflating it', async () => {
    const bomb = zipBomb(29);
    expect(bomb.zip.length).toBeLessThan(3 * 1024 * 1024);
    expect(bomb.unpackedBytes).toBeLessThan(2 * 1024 ** 3);
    const started = performance.now();
    expect(await readBackupFile(bomb.zip)).toEqual({
      ok: false,
      error: 'The archive unpacks to more than Buyer Guard can import at once.',
    });
    expect(performance.now() - started).toBeLessThan(5_000);
  });

  it('stops inflating an entry at the size its header declares', async () => {
    expect(await readBackupFile(lyingZip())).toEqual({
      ok: false,
      error: 'The file is damaged: an entry of the archive holds more than its header says.',
    });
  });
});
