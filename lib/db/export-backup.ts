import { strToU8, type Zippable, zipSync } from 'fflate';
import type { Backup } from './backup-format';
import { BACKUP_FORMAT, BACKUP_FORMAT_VERSION, BACKUP_JSON_NAME } from './backup-format';
import type { BuyerGuardDatabase } from './database';
import type { EvidenceRow } from './records';

/**
 * Each evidence file's path inside the ZIP: `evidence/` + the id cut to [A-Za-z0-9_-] + the original
 * extension, made unique (case-insensitively, as some unzip tools and file systems see names) by a
 * number where two ids would meet ("a.b" and "a_b"): two files under one path would make an export that
 * cannot be restored. Safe on every system: no directory part, no dots but the extension's.
 */
export function evidencePaths(rows: readonly Pick<EvidenceRow, 'id' | 'name'>[]): string[] {
  const taken = new Set<string>();
  return rows.map((row) => {
    const extension = (/\.([A-Za-z0-9]{1,8})$/.exec(row.name)?.[1] ?? 'bin').toLowerCase();
    const stem = row.id.replace(/[^A-Za-z0-9_-]/g, '_').slice(0, 100) || 'file';
    let path = `evidence/${stem}.${extension}`;
    for (let copy = 2; taken.has(path.toLowerCase()); copy++) path = `evidence/${stem}-${copy}.${extension}`;
    taken.add(path.toLowerCase());
    return path;
  });
}

/** Reads everything in one consistent snapshot. Evidence rows come back with their blobs. */
export async function collectBackup(
  db: BuyerGuardDatabase,
  now: number,
  appVersion: string,
): Promise<{ backup: Backup; evidence: { path: string; blob: Blob }[] }> {
  return db.transaction('r', [db.orders, db.history, db.cases, db.journal, db.evidence, db.settings], async () => {
    const [orders, history, cases, journal, evidence, settings] = await Promise.all([
      db.orders.toArray(),
      db.history.toArray(),
      db.cases.toArray(),
      db.journal.toArray(),
      db.evidence.toArray(),
      db.settings.get('settings'),
    ]);
    const paths = evidencePaths(evidence);
    const files = evidence.map((row, index) => ({ row, path: paths[index] as string }));
    const backup: Backup = {
      format: BACKUP_FORMAT,
      formatVersion: BACKUP_FORMAT_VERSION,
      exportedAt: now,
      appVersion,
      data: {
        orders: orders.map(({ order, firstSeenAt, lastSeenAt, updatedAt }) => ({
          order,
          firstSeenAt,
          lastSeenAt,
          updatedAt,
        })),
        history: history.map(({ id: _id, ...entry }) => entry),
        cases,
        journal,
        evidence: files.map(({ row: { blob: _blob, ...meta }, path }) => ({ ...meta, file: path })),
        ...(settings?.key === 'settings' && { settings: settings.value }),
      },
    };
    return { backup, evidence: files.map(({ row, path }) => ({ path, blob: row.blob })) };
  });
}

/** The backup as JSON, without evidence files (those need the ZIP). */
export async function exportBackupJson(db: BuyerGuardDatabase, now: number, appVersion: string): Promise<string> {
  const { backup } = await collectBackup(db, now, appVersion);
  return JSON.stringify({ ...backup, data: { ...backup.data, evidence: [] } }, null, 1);
}

/** The backup as a ZIP: the JSON plus every evidence file, stored (photos and videos are compressed already). */
export async function exportBackupZip(db: BuyerGuardDatabase, now: number, appVersion: string): Promise<Uint8Array> {
  const { backup, evidence } = await collectBackup(db, now, appVersion);
  const entries: Zippable = { [BACKUP_JSON_NAME]: strToU8(JSON.stringify(backup, null, 1)) };
  for (const file of evidence) entries[file.path] = [new Uint8Array(await file.blob.arrayBuffer()), { level: 0 }];
  return zipSync(entries, { level: 6 });
}
