import { useId, useState } from 'react';
import { browser } from 'wxt/browser';
import { exportBackupJson, exportBackupZip } from '../../lib/db/export-backup';
import { ordersToCsv } from '../../lib/db/orders-csv';
import { listOrders } from '../../lib/db/queries';
import { deadlineRowsOf } from '../../lib/db/records';
import type { Translator } from '../../lib/i18n/translator';
import { sendMessage, sendMessageWithRetry } from '../../lib/messaging/send';
import { pageDatabase } from '../../lib/pages/page-database';
import { uploadBlob } from '../../lib/pages/upload-blob';
import { downloadFile, fileDate } from '../download';
import { useI18n } from '../i18n/I18nProvider';

type Status = { kind: 'ok' | 'error' | 'busy'; text: string } | null;

/** The phrase the background asks for (protocol.ts clearAllData), whatever the buyer typed it in. */
const CLEAR_CONFIRMATION = 'delete everything'; // i18n-exempt: a protocol token the background checks, never shown

/** What an import did, in the buyer's words: counts, and what of the backup was left out or set aside. */
function importReport(
  { t }: Translator,
  result: { orders: number; journal: number; evidence: number; urlsRemoved?: number; evidenceKeptBeside?: number },
) {
  const lines = [t('settings.import.done', result)];
  if (result.urlsRemoved) lines.push(t('settings.import.urlsRemoved', { count: result.urlsRemoved }));
  if (result.evidenceKeptBeside) lines.push(t('settings.import.keptBeside', { count: result.evidenceKeptBeside }));
  return lines.join(' ');
}

/** Backups (export, validated import), the CSV of orders, and deleting all data. */
export function DataSettings() {
  const id = useId();
  const translator = useI18n();
  const { t } = translator;
  const [status, setStatus] = useState<Status>(null);
  const [mode, setMode] = useState<'merge' | 'replace'>('merge');
  const [phrase, setPhrase] = useState('');
  const version = browser.runtime.getManifest().version;
  // The buyer types the phrase in their own language; the background gets its own constant.
  const clearPhrase = t('settings.delete.phrase');

  async function run(busy: string, work: () => Promise<string>) {
    setStatus({ kind: 'busy', text: busy });
    try {
      setStatus({ kind: 'ok', text: await work() });
    } catch (error) {
      setStatus({ kind: 'error', text: error instanceof Error ? error.message : String(error) });
    }
  }

  const exportJson = () =>
    run(t('settings.data.preparingJson'), async () => {
      downloadFile(
        await exportBackupJson(pageDatabase(), Date.now(), version),
        `buyer-guard-${fileDate()}.json`,
        'application/json',
      );
      return t('settings.data.savedJson');
    });

  const exportZip = () =>
    run(t('settings.data.preparingZip'), async () => {
      const zip = await exportBackupZip(pageDatabase(), Date.now(), version);
      downloadFile(zip as Uint8Array<ArrayBuffer>, `buyer-guard-${fileDate()}.zip`, 'application/zip');
      return t('settings.data.savedZip');
    });

  const exportCsv = () =>
    run(t('settings.data.preparingCsv'), async () => {
      const db = pageDatabase();
      const rows = await listOrders(db);
      // Each order's row holds its deadlines (schema v3).
      const byRef = new Map(rows.map((row) => [row.ref, deadlineRowsOf(row)]));
      downloadFile(
        ordersToCsv(rows, byRef, translator),
        `buyer-guard-orders-${fileDate()}.csv`,
        'text/csv;charset=utf-8',
      );
      return t('settings.data.savedCsv', { count: rows.length });
    });

  const importFile = (file: File) =>
    run(t('settings.import.checking', { name: file.name }), async () => {
      const uploadId = await uploadBlob(file);
      // The upload stays staged until applied: a reply lost to a stopped worker is asked for again.
      const result = await sendMessageWithRetry('importBackup', { uploadId, mode });
      if (!result.ok) throw new Error(t('settings.import.failed', { error: result.error }));
      return importReport(translator, result);
    });

  const clearAll = () =>
    run(t('settings.delete.busy'), async () => {
      await sendMessage('clearAllData', { confirm: CLEAR_CONFIRMATION });
      setPhrase('');
      return t('settings.delete.done');
    });

  return (
    <section aria-labelledby={`${id}-title`}>
      <h2 id={`${id}-title`}>{t('settings.data.title')}</h2>
      <p className="muted">{t('settings.data.intro')}</p>
      <div className="row">
        <button type="button" onClick={exportJson}>
          {t('settings.data.exportJson')}
        </button>
        <button type="button" onClick={exportZip}>
          {t('settings.data.exportZip')}
        </button>
        <button type="button" onClick={exportCsv}>
          {t('settings.data.exportCsv')}
        </button>
      </div>
      <fieldset>
        <legend>{t('settings.import.title')}</legend>
        <label className="check">
          <input type="radio" name={`${id}-mode`} checked={mode === 'merge'} onChange={() => setMode('merge')} />
          {t('settings.import.merge')}
        </label>
        <label className="check">
          <input type="radio" name={`${id}-mode`} checked={mode === 'replace'} onChange={() => setMode('replace')} />
          {t('settings.import.replace')}
        </label>
        <label htmlFor={`${id}-file`}>{t('settings.import.file')}</label>
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
        <legend>{t('settings.delete.title')}</legend>
        <label htmlFor={`${id}-phrase`}>{t('settings.delete.label', { phrase: clearPhrase })}</label>
        <input id={`${id}-phrase`} value={phrase} onChange={(e) => setPhrase(e.target.value)} autoComplete="off" />
        <button
          type="button"
          className="danger"
          disabled={
            phrase.trim().toLocaleLowerCase(translator.locale) !== clearPhrase.toLocaleLowerCase(translator.locale)
          }
          onClick={clearAll}
        >
          {t('settings.delete.button')}
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
