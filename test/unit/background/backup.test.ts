// @vitest-environment node
// Node's own Blob survives fake-indexeddb's structured clone; happy-dom's does not.
import { strToU8, unzipSync, zipSync } from 'fflate';
import { describe, expect, it } from 'vitest';
import { applyBackup, readBackupFile } from '../../../lib/background/import-backup';
import { ingestOrders } from '../../../lib/background/ingest';
import { BACKUP_JSON_NAME } from '../../../lib/db/backup-format';
import type { BuyerGuardDatabase } from '../../../lib/db/database';
import { exportBackupJson, exportBackupZip } from '../../../lib/db/export-backup';
import { sha256Hex } from '../../../lib/evidence/sha256-hex';
import { createTranslator } from '../../../lib/i18n/translator';
import { context, DAY, freshDatabase, NOW, order, protectedOrder, storedDeadlines } from './test-data';

const PHOTO = new Uint8Array([0xff, 0xd8, 0xff, 0xe0, 1, 2, 3, 4, 5]);

async function seeded(): Promise<BuyerGuardDatabase> {
  const db = freshDatabase();
  await ingestOrders(db, [protectedOrder('1000000001', NOW + 4 * DAY, { store: { name: 'Gadget Store' } })], context());
  await ingestOrders(db, [order('1000000002', { status: 'completed' })], context());
  await db.journal.add({
    id: 'j-1',
    ref: 'aliexpress:1000000001',
    orderId: '1000000001',
    at: NOW,
    kind: 'contacted-seller',
    text: 'Asked where the parcel is',
  });
  await db.evidence.add({
    id: 'ev-1',
    ref: 'aliexpress:1000000001',
    orderId: '1000000001',
    kind: 'photo',
    name: 'box.JPG',
    type: 'image/jpeg',
    size: PHOTO.length,
    sha256: await sha256Hex(PHOTO),
    caption: 'Crushed box',
    checklistItemIds: ['packaging'],
    addedAt: NOW,
    warnings: [],
    blob: new Blob([PHOTO], { type: 'image/jpeg' }),
  });
  await db.settings.put({ key: 'settings', value: { ...context().settings, paymentMethod: 'paypal' } });
  return db;
}

async function snapshot(db: BuyerGuardDatabase) {
  return {
    orders: (await db.orders.toArray()).map((o) => o.order),
    journal: await db.journal.toArray(),
    evidence: (await db.evidence.toArray()).map(({ blob: _blob, ...e }) => e),
    deadlines: (await storedDeadlines(db)).length,
    settings: (await db.settings.get('settings'))?.value,
  };
}

async function importInto(db: BuyerGuardDatabase, bytes: Uint8Array, mode: 'merge' | 'replace' = 'merge') {
  const read = await readBackupFile(bytes);
  if (!read.ok) return read;
  return { ok: true as const, summary: await applyBackup(db, read.parsed, mode, context()) };
}

describe('backup', () => {
  it('round-trips everything through a ZIP, evidence bytes included, deadlines recomputed', async () => {
    const source = await seeded();
    const zip = await exportBackupZip(source, NOW, '0.1.0');
    expect(Object.keys(unzipSync(zip)).sort()).toEqual([BACKUP_JSON_NAME, 'evidence/ev-1.jpg']);

    const target = freshDatabase();
    const result = await importInto(target, zip, 'replace');
    expect(result).toEqual({ ok: true, summary: { orders: 2, journal: 1, evidence: 1, history: 0 } });
    expect(await snapshot(target)).toEqual(await snapshot(source));
    const blob = (await target.evidence.get('ev-1'))?.blob;
    expect(new Uint8Array(await (blob as Blob).arrayBuffer())).toEqual(PHOTO);
  });

  it('exports JSON without evidence, and importing it twice adds nothing twice', async () => {
    const source = await seeded();
    const json = strToU8(await exportBackupJson(source, NOW, '0.1.0'));
    const target = freshDatabase();
    await importInto(target, json);
    const second = await importInto(target, json);
    expect(second).toEqual({ ok: true, summary: { orders: 0, journal: 0, evidence: 0, history: 0 } });
    expect(await target.journal.count()).toBe(1);
    expect(await target.evidence.count()).toBe(0);
  });

  it('merge keeps orders that are only here, and the newer copy of an order in both', async () => {
    const source = await seeded();
    const zip = await exportBackupZip(source, NOW, '0.1.0');
    const target = freshDatabase();
    await ingestOrders(target, [order('1000000003')], context());
    await ingestOrders(target, [order('1000000002', { status: 'closed' })], context(NOW + DAY));
    await importInto(target, zip, 'merge');
    expect((await target.orders.get('aliexpress:1000000003'))?.orderId).toBe('1000000003');
    expect((await target.orders.get('aliexpress:1000000002'))?.status).toBe('closed');
    expect((await target.orders.get('aliexpress:1000000001'))?.order.store?.name).toBe('Gadget Store');
  });

  const rejections: [string, () => Promise<Uint8Array>, RegExp][] = [
    ['an empty file', async () => new Uint8Array(), /empty/],
    ['a photo', async () => PHOTO, /not valid JSON/],
    [
      'JSON cut short',
      async () => strToU8((await exportBackupJson(await seeded(), NOW, '1')).slice(0, 200)),
      /not valid JSON/,
    ],
    ['another app’s JSON', async () => strToU8('{"version":1,"items":[]}'), /not a Buyer Guard backup/],
    ['a ZIP without the backup', async () => zipSync({ 'notes.txt': strToU8('hi') }), /has no buyer-guard-backup.json/],
    [
      'a damaged ZIP',
      async () => (await exportBackupZip(await seeded(), NOW, '1')).slice(0, 300),
      /not a readable ZIP/,
    ],
    [
      'a newer format',
      async () =>
        strToU8(JSON.stringify({ ...JSON.parse(await exportBackupJson(await seeded(), NOW, '1')), formatVersion: 9 })),
      /newer version/,
    ],
    [
      'an order with a bad id',
      async () => {
        const backup = JSON.parse(await exportBackupJson(await seeded(), NOW, '1'));
        backup.data.orders[0].order.orderId = '<script>';
        return strToU8(JSON.stringify(backup));
      },
      /damaged \(data\.orders\.0\.order\.orderId/,
    ],
    [
      'evidence whose bytes changed',
      async () => {
        const files = unzipSync(await exportBackupZip(await seeded(), NOW, '1'));
        files['evidence/ev-1.jpg'] = new Uint8Array([1, 2, 3, 4, 5, 6, 7, 8, 9]);
        return zipSync(files);
      },
      /does not match its checksum/,
    ],
    [
      'evidence listed but missing',
      async () => {
        const files = unzipSync(await exportBackupZip(await seeded(), NOW, '1'));
        delete files['evidence/ev-1.jpg'];
        return zipSync(files);
      },
      /file is missing/,
    ],
  ];

  it.each(rejections)('rejects %s with a clear error and leaves the data intact', async (_name, make, message) => {
    const db = await seeded();
    const before = await snapshot(db);
    const result = await importInto(db, await make(), 'replace');
    expect(result).toMatchObject({ ok: false, error: expect.stringMatching(message) });
    expect(await snapshot(db)).toEqual(before);
  });

  it('leaves the data intact when applying fails midway (one transaction)', async () => {
    const db = await seeded();
    const before = await snapshot(db);
    const read = await readBackupFile(await exportBackupZip(await seeded(), NOW, '1'));
    if (!read.ok) throw new Error(read.error);
    db.journal.hook('creating', () => {
      throw new Error('disk failure');
    });
    await expect(applyBackup(db, read.parsed, 'replace', context())).rejects.toThrow('disk failure');
    expect(await snapshot(db)).toEqual(before);
  });

  it('says why a file is refused in the buyer’s language', async () => {
    const cases = [
      ['es', new Uint8Array(), 'El archivo está vacío.'],
      ['pl', PHOTO, 'Plik nie jest kopią zapasową Buyer Guard'],
      ['ru', zipSync({ 'notes.txt': strToU8('hi') }), 'в нём нет buyer-guard-backup.json'],
      ['de', (await exportBackupZip(await seeded(), NOW, '1')).slice(0, 300), 'kein lesbares ZIP-Archiv'],
    ] as const;
    for (const [locale, bytes, words] of cases) {
      const read = await readBackupFile(bytes, createTranslator(locale));
      expect(read.ok ? '' : read.error, locale).toContain(words);
    }
  });
});
