import { useState } from 'react';
import { useStore } from 'zustand';
import type { EvidenceFileVerdict } from '../../lib/evidence/check-evidence-files';
import type { PendingStore, SaveAllOutcome } from '../../lib/pages/pending-evidence-store';
import { readyToSave } from '../../lib/pages/pending-verdicts';
import { useI18n } from '../i18n/I18nProvider';

interface Props {
  store: PendingStore;
  verdicts: readonly (EvidenceFileVerdict | undefined)[];
  orderId: string;
}

/**
 * "Save all", when several files wait: the primary action of the view then. Saves each file that fits
 * the form (as its own Save would); one that fails stays below with its reason, the others are saved.
 * Lives in the pending list, which closes once every file is saved: what was saved then shows in
 * "Saved evidence".
 */
export function SaveAll({ store, verdicts, orderId }: Props) {
  const { t } = useI18n();
  const files = useStore(store, (state) => state.files);
  const [busy, setBusy] = useState(false);
  const [outcome, setOutcome] = useState<SaveAllOutcome | null>(null);
  const ready = readyToSave(files, verdicts);
  const waiting = files.length - ready.length;

  async function saveAll() {
    setBusy(true);
    setOutcome(null);
    try {
      setOutcome(await store.getState().saveAll(orderId, ready));
    } finally {
      setBusy(false);
    }
  }

  const left = outcome ? outcome.failed.length + outcome.skipped.length : 0;
  if (files.length < 2 && !outcome) return null;
  return (
    <div className="save-all">
      {files.length > 1 && (
        <button type="button" className="primary" disabled={busy || ready.length === 0} onClick={saveAll}>
          {busy ? t('workspace.pending.saveAllBusy') : t('workspace.pending.saveAll', { count: ready.length })}
        </button>
      )}
      <p role="status" className={`small ${outcome && left > 0 ? 'warn' : 'muted'}`}>
        {outcome
          ? left > 0
            ? t('workspace.pending.saveAllPartly', { saved: outcome.saved.length, left })
            : t('workspace.pending.saveAllDone', { saved: outcome.saved.length })
          : waiting > 0
            ? t('workspace.pending.waiting', { count: waiting })
            : ''}
      </p>
    </div>
  );
}
