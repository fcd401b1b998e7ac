import { useId, useState } from 'react';
import { browser } from 'wxt/browser';
import { exportBackupJson, exportBackupZip } from '../../lib/db/export-backup';
import { ordersToCsv } from '../../lib/db/orders-csv';
import { listOrders } from '../../lib/db/queries';
import { deadlineRowsOf } from '../../lib/db/records';
import { sendMessage, sendMessageWithRetry } from '../../lib/messaging/send';
import { pageDatabase } from '../../lib/pages/page-database';
import { uploadBlob } from '../../lib/pages/upload-blob';
import { downloadFile, fileDate } from '../download';

type Status = { kind: 'ok' | 'error' | 'busy'; text: string } | null;

const CLEAR_PHRASE = 'delete everything';

/** What an import did, in the buyer's words: counts, and what of the backup was left out or set aside. */
function importReport(result: {
  orders: number;
  journal: number;
  evidence: number;
  urlsRemoved?: number;
  evidenceKeptBeside?: number;
}) {
  const lines = [
    `Imported ${result.orders} orders, ${result.journal} journal entries and ${result.evidence} evidence files.`,
  ];
  if (result.urlsRemoved) {
    lines.push(
      `${result.urlsRemoved} ${result.urlsRemoved === 1 ? 'link' : 'links'} of the backup did not lead to AliExpress and ${result.urlsRemoved === 1 ? 'was' : 'were'} left out.`,
    );
  }
  if (result.evidenceKeptBeside) {
    lines.push(
      `${result.evidenceKeptBeside} evidence ${result.evidenceKeptBeside === 1 ? 'file' : 'files'} of the backup had the name of a different file here: added beside it, the file here is unchanged.`,
    );
  }
  return lines.join(' ');
}

/** Backups (export, validated import), the CSV of orders, and deleting all data. */
export function DataSettings() {
  const id = useId();
  const [status, setStatus] = useState<Status>(null);
  const [mode, setMode] = useState<'merge' | 'replace'>('merge');
  const [phrase, setPhrase] = useState('');
  const version = browser.runtime.getManifest().version;

  async function run(busy: string, work: () => Promise<string>) {
    setStatus({ kind: 'busy', text: busy });
    try {
      setStatus({ kind: 'ok', text: await work() });
    } catch (error) {
      setStatus({ kind: 'error', text: error instanceof Error ? error.message : String(error) });
    }
  }

  const exportJson = () =>
    run('Preparing the backup…', async () => {
      downloadFile(
        await exportBackupJson(pageDatabase(), Date.now(), version),
        `buyer-guard-${fileDate()}.json`,
        'application/json',
      );
      return 'Backup saved (orders, journal, settings; evidence files need the ZIP).';
    });

  const exportZip = () =>
    run('Packing the backup with evidence…', async () => {
      const zip = await exportBackupZip(pageDatabase(), Date.now(), version);
      downloadFile(zip as Uint8Array<ArrayBuffer>, `buyer-guard-${fileDate()}.zip`, 'application/zip');
      return 'Backup with evidence saved.';
    });

  const exportCsv = () =>
    run('Writing the spreadsheet…', async () => {
      const db = pageDatabase();
      const rows = await listOrders(db);
      // Each order's row holds its deadlines (schema v3).
      const byRef = new Map(rows.map((row) => [row.ref, deadlineRowsOf(row)]));
      downloadFile(ordersToCsv(rows, byRef), `buyer-guard-orders-${fileDate()}.csv`, 'text/csv;charset=utf-8');
      return `${rows.length} orders written to the spreadsheet.`;
    });

  const importFile = (file: File) =>
    run(`Checking ${file.name}…`, async () => {
      const uploadId = await uploadBlob(file);
      // The upload stays staged until applied: a reply lost to a stopped worker is asked for again.
      const result = await sendMessageWithRetry('importBackup', { uploadId, mode });
      if (!result.ok) throw new Error(`Nothing was changed. ${result.error}`);
      return importReport(result);
    });

  const clearAll = () =>
    run('Deleting…', async () => {
      await sendMessage('clearAllData', { confirm: CLEAR_PHRASE });
      setPhrase('');
      return 'All Buyer Guard data on this device was deleted.';
    });

  return (
    <section aria-labelledby={`${id}-title`}>
      <h2 id={`${id}-title`}>Your data</h2>
      <p className="muted">
        Everything stays in this browser profile. A backup is the only copy elsewhere: keep it safe.
      </p>
      <div className="row">
        <button type="button" onClick={exportJson}>
          Export backup (JSON)
        </button>
        <button type="button" onClick={exportZip}>
          Export backup with evidence (ZIP)
        </button>
        <button type="button" onClick={exportCsv}>
          Export orders (CSV)
        </button>
      </div>
      <fieldset>
        <legend>Import a backup</legend>
        <label className="check">
          <input type="radio" name={`${id}-mode`} checked={mode === 'merge'} onChange={() => setMode('merge')} />
          Add to what is here (the newer copy of an order wins)
        </label>
        <label className="check">
          <input type="radio" name={`${id}-mode`} checked={mode === 'replace'} onChange={() => setMode('replace')} />
          Replace everything here with the backup
        </label>
        <label htmlFor={`${id}-file`}>Backup file (.json or .zip)</label>
        <input
          id={`${id}-file`}
          type="file"
          accept=".json,.zip,application/json,application/zip"
          onChange={(e) => {
            const file = e.target.files?.[0];
            if (file) void importFile(file);
            e.target.value = '';
          }}
        />
      </fieldset>
      <fieldset className="danger-zone">
        <legend>Delete all data</legend>
        <label htmlFor={`${id}-phrase`}>
          Type <strong>{CLEAR_PHRASE}</strong> to delete every order, journal entry and evidence file
        </label>
        <input id={`${id}-phrase`} value={phrase} onChange={(e) => setPhrase(e.target.value)} autoComplete="off" />
        <button type="button" className="danger" disabled={phrase !== CLEAR_PHRASE} onClick={clearAll}>
          Delete all data
        </button>
      </fieldset>
      {status && (
        <p
          role={status.kind === 'error' ? 'alert' : 'status'}
          className={status.kind === 'error' ? 'error' : ''}
          data-testid="data-status"
        >
          {status.text}
        </p>
      )}
    </section>
  );
}
