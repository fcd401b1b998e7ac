import { Unzip, UnzipInflate, unzipSync } from 'fflate';
import { BACKUP_FORMAT, BACKUP_FORMAT_VERSION, BACKUP_JSON_NAME, type Backup, backupSchema } from '../db/backup-format';
import { batchedPut } from '../db/batched-put';
import type { BuyerGuardDatabase } from '../db/database';
import { type EvidenceRow, type HistoryRow, type OrderRef, orderRef } from '../db/records';
import { sha256Hex } from '../evidence/sha256-hex';
import { type Translator, translatorFor } from '../i18n/translator';
import { withMarketplaceUrlsOnly } from '../marketplaces/marketplace-url';
import { MAX_EVIDENCE_BYTES } from '../model/evidence';
import { derivedTables, type IngestContext, loadRelated, orderDeriver, storedRowsOf } from './ingest';

/**
 * What an archive may unpack to, fitted to real backups: evidence goes to marketplace forms that take
 * 5–10 MB a file and 50 MB a submission, so even a buyer with a dozen disputes stays far below. The limit
 * bounds the memory an import takes (what is inflated is held until it is checked and stored).
 */
export const MAX_IMPORT_BYTES = 512 * 1024 ** 2;
/** The backup's JSON: tens of thousands of orders stay well below. */
const MAX_JSON_BYTES = 64 * 1024 ** 2;
const MAX_ZIP_ENTRIES = 100_000;
/** Compressed bytes handed to the inflater at a time: one push inflates at most ~1,000× this. */
const PUSH_BYTES = 16 * 1024;

export interface ParsedBackup {
  backup: Backup;
  files: Map<string, Uint8Array>;
  /** Links of the backup that failed the one URL check (marketplace-url.ts) and were left out. */
  urlsRemoved: number;
}

export type ReadBackupResult = { ok: true; parsed: ParsedBackup } | { ok: false; error: string };

function isZip(bytes: Uint8Array): boolean {
  return bytes[0] === 0x50 && bytes[1] === 0x4b && bytes[2] === 0x03 && bytes[3] === 0x04;
}

/** Why an archive is refused; worded in the buyer's language where the reply is made (settings.import.error.*). */
type ZipProblem = 'damagedZip' | 'tooBig' | 'lyingEntry';

/** What one entry may unpack to: the backup's JSON, or one evidence file (as large as the store takes). */
function entryLimit(name: string): number {
  return name === BACKUP_JSON_NAME ? MAX_JSON_BYTES : MAX_EVIDENCE_BYTES;
}

/**
 * Unpacks a backup ZIP. First the central directory alone: what the entries declare is added up and a
 * bomb that says what it is, is refused before a byte is inflated. Then the backup's own entries are
 * inflated as a stream, a few KB of compressed data at a time, counting what comes out: an entry that
 * holds more than its header declares or than one file may be, or an archive that unpacks past
 * MAX_IMPORT_BYTES, is stopped there. Whatever the headers say, no more than that is ever in memory.
 */
function unzip(bytes: Uint8Array): { files: Map<string, Uint8Array> } | { error: ZipProblem } {
  let declared = 0;
  let count = 0;
  try {
    unzipSync(bytes, {
      filter: (file) => {
        declared += file.originalSize;
        count++;
        return false;
      },
    });
  } catch {
    return { error: 'damagedZip' };
  }
  if (declared > MAX_IMPORT_BYTES || count > MAX_ZIP_ENTRIES) return { error: 'tooBig' };

  const files = new Map<string, Uint8Array>();
  let inflated = 0;
  let error: ZipProblem | undefined;
  const stream = new Unzip((file) => {
    if (error || !(file.name === BACKUP_JSON_NAME || file.name.startsWith('evidence/'))) return;
    const limit = Math.min(file.originalSize ?? Number.POSITIVE_INFINITY, entryLimit(file.name));
    if ((file.originalSize ?? 0) > entryLimit(file.name)) {
      error = 'tooBig';
      return;
    }
    const chunks: Uint8Array[] = [];
    let size = 0;
    file.ondata = (failure, chunk, final) => {
      if (error) return;
      if (failure) {
        error = 'damagedZip';
        return;
      }
      size += chunk.length;
      inflated += chunk.length;
      if (size > limit || inflated > MAX_IMPORT_BYTES) {
        error = size > limit && file.originalSize !== undefined ? 'lyingEntry' : 'tooBig';
        file.terminate();
        return;
      }
      chunks.push(chunk);
      if (final) files.set(file.name, joined(chunks, size));
    };
    file.start();
  });
  stream.register(UnzipInflate);
  try {
    for (let offset = 0; offset < bytes.length && !error; offset += PUSH_BYTES) {
      stream.push(bytes.subarray(offset, offset + PUSH_BYTES), offset + PUSH_BYTES >= bytes.length);
    }
  } catch {
    error ??= 'damagedZip';
  }
  return error ? { error } : { files };
}

function joined(chunks: readonly Uint8Array[], size: number): Uint8Array {
  if (chunks.length === 1 && chunks[0]) return chunks[0];
  const out = new Uint8Array(size);
  let at = 0;
  for (const chunk of chunks) {
    out.set(chunk, at);
    at += chunk.length;
  }
  return out;
}

function describeIssue(issue: { path: PropertyKey[]; message: string }): string {
  const where = issue.path.map(String).join('.');
  return where ? `${where}: ${issue.message}` : issue.message;
}

/**
 * Reads and validates a backup (JSON or ZIP) without touching the database: the file is
 * either wholly valid, evidence checksums included, or rejected with a sentence that says why, in the
 * buyer's language (`words`; English by default).
 */
export async function readBackupFile(
  bytes: Uint8Array,
  { t }: Pick<Translator, 't'> = translatorFor('en'),
): Promise<ReadBackupResult> {
  if (bytes.length === 0) return { ok: false, error: t('settings.import.error.empty') };
  let files = new Map<string, Uint8Array>();
  let jsonBytes = bytes;
  if (isZip(bytes)) {
    const unzipped = unzip(bytes);
    if ('error' in unzipped) return { ok: false, error: t(`settings.import.error.${unzipped.error}`) };
    files = unzipped.files;
    const json = files.get(BACKUP_JSON_NAME);
    if (!json) return { ok: false, error: t('settings.import.error.zipWithoutBackup', { name: BACKUP_JSON_NAME }) };
    jsonBytes = json;
  }
  let raw: unknown;
  try {
    raw = JSON.parse(new TextDecoder('utf-8', { fatal: true }).decode(jsonBytes));
  } catch {
    return {
      ok: false,
      error: t('settings.import.error.notJson'),
    };
  }
  const header = raw as { format?: unknown; formatVersion?: unknown } | null;
  if (typeof header !== 'object' || header === null || header.format !== BACKUP_FORMAT) {
    return { ok: false, error: t('settings.import.error.notBackup') };
  }
  if (typeof header.formatVersion === 'number' && header.formatVersion > BACKUP_FORMAT_VERSION) {
    return {
      ok: false,
      error: t('settings.import.error.newer'),
    };
  }
  const parsed = backupSchema().safeParse(raw);
  if (!parsed.success) {
    return {
      ok: false,
      error: t('settings.import.error.damaged', {
        detail: describeIssue(parsed.error.issues[0] ?? { path: [], message: 'invalid' }),
      }),
    };
  }
  for (const meta of parsed.data.data.evidence) {
    const file = files.get(meta.file);
    if (!file) return { ok: false, error: t('settings.import.error.evidenceMissing', { name: meta.name }) };
    if (file.length !== meta.size || (await sha256Hex(file)) !== meta.sha256) {
      return { ok: false, error: t('settings.import.error.evidenceChecksum', { name: meta.name }) };
    }
  }
  // A backup can hold any link (data:, chrome://, another host): only AliExpress's are kept.
  let urlsRemoved = 0;
  const orders = parsed.data.data.orders.map((entry) => {
    const { order, removed } = withMarketplaceUrlsOnly(entry.order);
    urlsRemoved += removed.length;
    return removed.length ? { ...entry, order } : entry;
  });
  const backup = { ...parsed.data, data: { ...parsed.data.data, orders } };
  return { ok: true, parsed: { backup, files, urlsRemoved } };
}

export interface ImportSummary {
  orders: number;
  journal: number;
  evidence: number;
  history: number;
  /** Links left out because they were not AliExpress's (present only when some were). */
  urlsRemoved?: number;
  /**
   * Evidence files whose id was taken here by a different file: imported beside it under a new id, the
   * file already here untouched (present only when some were).
   */
  evidenceKeptBeside?: number;
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
  parsed: ParsedBackup,
  mode: 'merge' | 'replace',
  context: IngestContext,
): Promise<ImportSummary> {
  const { backup, files } = parsed;
  const { data } = backup;
  const settings = mode === 'replace' && data.settings ? data.settings : context.settings;
  const deriveContext = { ...context, settings };
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
    const existing = await storedRowsOf(db, [...incoming.keys()]);
    let orders = 0;
    for (const [ref, entry] of incoming) {
      const current = existing.get(ref);
      if (!current || current.updatedAt < entry.updatedAt) touched.add(ref);
    }

    const refs = [...touched];
    // Orders a journal entry or a case of the backup touched, that the backup itself does not hold.
    const others = await storedRowsOf(
      db,
      refs.filter((ref) => !incoming.has(ref)),
    );
    const stored = new Map([...existing, ...others]);
    const related = await loadRelated(db, refs);
    const deriver = orderDeriver(deriveContext);
    // Stored in batches while the next are derived (batched-put.ts).
    const rows = batchedPut(db.orders);
    for (const ref of refs) {
      const current = stored.get(ref);
      const entry = incoming.get(ref);
      const newer = entry && (!current || current.updatedAt < entry.updatedAt);
      if (newer) orders++;
      const source = newer ? entry : current;
      if (!source) continue;
      const facts = { order: source.order, ...related.of(ref) };
      const times = {
        firstSeenAt: Math.min(source.firstSeenAt, current?.firstSeenAt ?? source.firstSeenAt),
        lastSeenAt: Math.max(source.lastSeenAt, current?.lastSeenAt ?? 0),
        updatedAt: source.updatedAt,
      };
      const stamp = deriver.stamp(facts);
      rows.add(
        current && deriver.current(current, stamp)
          ? { ...current, ...times }
          : // An order already here keeps its reminders' fired marks and snoozes.
            deriver.derive({ ref, ...facts, before: current, times }, stamp),
      );
    }
    await rows.done();

    const history = await newEntries(
      db.history
        .where('ref')
        .anyOf([...incoming.keys()])
        .toArray(),
      data.history,
      (h) => [h.ref, h.at, h.field, h.from ?? '', h.to ?? ''].join('\u0000'),
    );
    await db.history.bulkAdd(history as HistoryRow[]);

    const { rows: evidence, keptBeside } = await evidenceToAdd(db, data.evidence, files);
    await db.evidence.bulkAdd(evidence);
    return {
      orders,
      journal: journal.length,
      evidence: evidence.length,
      history: history.length,
      ...(parsed.urlsRemoved > 0 && { urlsRemoved: parsed.urlsRemoved }),
      ...(keptBeside > 0 && { evidenceKeptBeside: keptBeside }),
    };
  });
}

/**
 * The backup's evidence that is not here yet. Evidence already stored is never overwritten (its file,
 * caption and date are the buyer's record): a file already here (same order, same SHA-256) is skipped,
 * so importing twice adds nothing twice; a different file under an id already taken is kept
 * beside it under a new id.
 */
async function evidenceToAdd(
  db: BuyerGuardDatabase,
  incoming: Backup['data']['evidence'],
  files: Map<string, Uint8Array>,
): Promise<{ rows: EvidenceRow[]; keptBeside: number }> {
  const refs = [...new Set(incoming.map((meta) => meta.ref))];
  const stored = await db.evidence.where('ref').anyOf(refs).toArray();
  const taken = new Set((await db.evidence.toCollection().primaryKeys()) as string[]);
  const held = new Set(stored.map((row) => `${row.ref}|${row.sha256}`));
  const rows: EvidenceRow[] = [];
  let keptBeside = 0;
  for (const { file, ...meta } of incoming) {
    // Already here: the same file of the same order (the backup's own copies of one file all go in).
    if (held.has(`${meta.ref}|${meta.sha256}`)) continue;
    const id = taken.has(meta.id) ? crypto.randomUUID() : meta.id;
    if (id !== meta.id) keptBeside++;
    taken.add(id);
    rows.push({ ...meta, id, blob: new Blob([files.get(file) as Uint8Array<ArrayBuffer>], { type: meta.type }) });
  }
  return { rows, keptBeside };
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
