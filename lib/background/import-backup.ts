import { unzipSync } from 'fflate';
import { BACKUP_FORMAT, BACKUP_FORMAT_VERSION, BACKUP_JSON_NAME, type Backup, backupSchema } from '../db/backup-format';
import type { BuyerGuardDatabase } from '../db/database';
import {
  type DeadlineRow,
  type EvidenceRow,
  type HistoryRow,
  type OrderRef,
  type OrderRow,
  orderRef,
  type ReminderRow,
} from '../db/records';
import { sha256Hex } from '../evidence/sha256-hex';
import { derivedTables, deriveOrderState, type IngestContext, loadRelated, replaceDerivedRows } from './ingest';

/** Unpacked size we agree to read: a ZIP bomb stops here instead of filling memory. */
export const MAX_IMPORT_BYTES = 2 * 1024 ** 3;
const MAX_ZIP_ENTRIES = 100_000;

export interface ParsedBackup {
  backup: Backup;
  files: Map<string, Uint8Array>;
}

export type ReadBackupResult = { ok: true; parsed: ParsedBackup } | { ok: false; error: string };

function isZip(bytes: Uint8Array): boolean {
  return bytes[0] === 0x50 && bytes[1] === 0x4b && bytes[2] === 0x03 && bytes[3] === 0x04;
}

const DAMAGED_ZIP = 'The file is damaged: it is not a readable ZIP archive.';

/**
 * Unpacks a backup ZIP in two passes. fflate inflates each entry as soon as the filter accepts
 * it, so the first pass accepts nothing and only adds up what the headers declare: a bomb is
 * refused before a byte is inflated. The second inflates only the backup's own entries, each
 * into a buffer of its declared size (a header that understates a size truncates the entry
 * rather than growing memory).
 */
function unzip(bytes: Uint8Array): { files: Map<string, Uint8Array> } | { error: string } {
  let total = 0;
  let count = 0;
  try {
    unzipSync(bytes, {
      filter: (file) => {
        total += file.originalSize;
        count++;
        return false;
      },
    });
  } catch {
    return { error: DAMAGED_ZIP };
  }
  if (total > MAX_IMPORT_BYTES || count > MAX_ZIP_ENTRIES) {
    return { error: 'The archive unpacks to more than Buyer Guard can import at once.' };
  }
  try {
    const entries = unzipSync(bytes, {
      filter: (file) => file.name === BACKUP_JSON_NAME || file.name.startsWith('evidence/'),
    });
    return { files: new Map(Object.entries(entries)) };
  } catch {
    return { error: DAMAGED_ZIP };
  }
}

function describeIssue(issue: { path: PropertyKey[]; message: string }): string {
  const where = issue.path.map(String).join('.');
  return where ? `${where}: ${issue.message}` : issue.message;
}

/**
 * Reads and validates a backup (JSON or ZIP) without touching the database: the file is
 * either wholly valid, evidence checksums included, or rejected with a sentence that says why.
 */
export async function readBackupFile(bytes: Uint8Array): Promise<ReadBackupResult> {
  if (bytes.length === 0) return { ok: false, error: 'The file is empty.' };
  let files = new Map<string, Uint8Array>();
  let jsonBytes = bytes;
  if (isZip(bytes)) {
    const unzipped = unzip(bytes);
    if ('error' in unzipped) return { ok: false, error: unzipped.error };
    files = unzipped.files;
    const json = files.get(BACKUP_JSON_NAME);
    if (!json) return { ok: false, error: `This ZIP is not a Buyer Guard backup (it has no ${BACKUP_JSON_NAME}).` };
    jsonBytes = json;
  }
  let raw: unknown;
  try {
    raw = JSON.parse(new TextDecoder('utf-8', { fatal: true }).decode(jsonBytes));
  } catch {
    return {
      ok: false,
      error: 'The file is not a Buyer Guard backup: it is not valid JSON (it may be damaged or cut short).',
    };
  }
  const header = raw as { format?: unknown; formatVersion?: unknown } | null;
  if (typeof header !== 'object' || header === null || header.format !== BACKUP_FORMAT) {
    return { ok: false, error: 'This file is not a Buyer Guard backup.' };
  }
  if (typeof header.formatVersion === 'number' && header.formatVersion > BACKUP_FORMAT_VERSION) {
    return {
      ok: false,
      error: 'This backup was made by a newer version of Buyer Guard. Update the extension, then import it.',
    };
  }
  const parsed = backupSchema.safeParse(raw);
  if (!parsed.success) {
    return {
      ok: false,
      error: `The backup is damaged (${describeIssue(parsed.error.issues[0] ?? { path: [], message: 'invalid' })}).`,
    };
  }
  for (const meta of parsed.data.data.evidence) {
    const file = files.get(meta.file);
    if (!file) return { ok: false, error: `The backup lists evidence "${meta.name}" but its file is missing.` };
    if (file.length !== meta.size || (await sha256Hex(file)) !== meta.sha256) {
      return { ok: false, error: `Evidence "${meta.name}" does not match its checksum: the backup is damaged.` };
    }
  }
  return { ok: true, parsed: { backup: parsed.data, files } };
}

export interface ImportSummary {
  orders: number;
  journal: number;
  evidence: number;
  history: number;
}

/** The tables an import writes; one transaction over all of them, so a failure changes nothing. */
function importTables(db: BuyerGuardDatabase) {
  return [...derivedTables(db), db.evidence, db.settings];
}

/**
 * Applies a validated backup in one transaction. `merge` keeps everything already here and
 * adds what the backup has (for an order in both, the more recently updated wins; journal
 * entries by id); `replace` makes the database exactly the backup. Deadlines and reminders
 * are derived afresh for every order whose facts changed.
 */
export async function applyBackup(
  db: BuyerGuardDatabase,
  { backup, files }: ParsedBackup,
  mode: 'merge' | 'replace',
  context: IngestContext,
): Promise<ImportSummary> {
  const { data } = backup;
  const settings = mode === 'replace' && data.settings ? data.settings : context.settings;
  const derive = { ...context, settings };
  return db.transaction('rw', importTables(db), async () => {
    if (mode === 'replace') await Promise.all(importTables(db).map((table) => table.clear()));
    if (mode === 'replace' && data.settings) await db.settings.put({ key: 'settings', value: data.settings });
    const touched = new Set<OrderRef>();

    const knownJournal = new Set(
      await db.journal
        .where('id')
        .anyOf(data.journal.map((j) => j.id))
        .primaryKeys(),
    );
    const journal = data.journal.filter((entry) => !knownJournal.has(entry.id));
    await db.journal.bulkPut(journal);
    for (const entry of journal) touched.add(entry.ref);

    const currentCases = await db.cases.bulkGet(data.cases.map((c) => c.ref));
    const cases = data.cases.filter((c, i) => (currentCases[i]?.updatedAt ?? -1) < c.updatedAt);
    await db.cases.bulkPut(cases);
    for (const c of cases) touched.add(c.ref);

    const incoming = new Map(
      data.orders.map((entry) => [orderRef(entry.order.marketplace, entry.order.orderId), entry]),
    );
    const existing = await db.orders.bulkGet([...incoming.keys()]);
    let orders = 0;
    [...incoming.keys()].forEach((ref, i) => {
      const current = existing[i];
      if (!current || current.updatedAt < (incoming.get(ref)?.updatedAt ?? 0)) touched.add(ref);
    });

    const refs = [...touched];
    const stored = await db.orders.bulkGet(refs);
    const related = await loadRelated(db, refs);
    const rows: OrderRow[] = [];
    const deadlines: DeadlineRow[] = [];
    const reminders: ReminderRow[] = [];
    const derived: OrderRef[] = [];
    refs.forEach((ref, i) => {
      const current = stored[i];
      const entry = incoming.get(ref);
      const newer = entry && (!current || current.updatedAt < entry.updatedAt);
      if (newer) orders++;
      const source = newer ? entry : current;
      if (!source) return;
      derived.push(ref);
      const state = deriveOrderState({
        ref,
        order: source.order,
        ...related.of(ref),
        times: {
          firstSeenAt: Math.min(source.firstSeenAt, current?.firstSeenAt ?? source.firstSeenAt),
          lastSeenAt: Math.max(source.lastSeenAt, current?.lastSeenAt ?? 0),
          updatedAt: source.updatedAt,
        },
        context: derive,
      });
      rows.push(state.row);
      deadlines.push(...state.deadlines);
      reminders.push(...state.reminders);
    });
    await db.orders.bulkPut(rows);
    await replaceDerivedRows(db, derived, deadlines, reminders, related);

    const history = await newEntries(
      db.history
        .where('ref')
        .anyOf([...incoming.keys()])
        .toArray(),
      data.history,
      (h) => [h.ref, h.at, h.field, h.from ?? '', h.to ?? ''].join('\u0000'),
    );
    await db.history.bulkAdd(history as HistoryRow[]);

    const evidence: EvidenceRow[] = data.evidence.map(({ file, ...meta }) => ({
      ...meta,
      blob: new Blob([files.get(file) as Uint8Array<ArrayBuffer>], { type: meta.type }),
    }));
    await db.evidence.bulkPut(evidence);
    return { orders, journal: journal.length, evidence: evidence.length, history: history.length };
  });
}

/** Entries of the backup not already stored (same key), so importing twice adds nothing twice. */
async function newEntries<T>(stored: Promise<T[]>, incoming: T[], key: (entry: T) => string): Promise<T[]> {
  const seen = new Set((await stored).map(key));
  return incoming.filter((entry) => {
    const k = key(entry);
    if (seen.has(k)) return false;
    seen.add(k);
    return true;
  });
}
