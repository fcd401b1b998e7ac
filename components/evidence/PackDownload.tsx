import { useId, useState } from 'react';
import { getEvidenceBlob } from '../../lib/db/queries';
import { buildEvidencePack } from '../../lib/evidence/build-evidence-pack';
import { formatBytes } from '../../lib/evidence/format-bytes';
import { downloadBytes } from '../../lib/pages/download-bytes';
import { evidencePackInputFor } from '../../lib/pages/evidence-pack-input-for';
import type { OrderView } from '../../lib/pages/order-view';
import { packAvailability } from '../../lib/pages/pack-availability';
import { pageDatabase } from '../../lib/pages/page-database';
import { useI18n } from '../i18n/I18nProvider';

interface Props {
  view: OrderView;
  timeZone: string;
  /** Files still waiting to be saved: they are not in the pack, and the buyer should know. */
  unsaved: number;
  /** The view's primary action (when no file is waiting to be saved). */
  primary: boolean;
}

/** "Download evidence pack": one ZIP with the files, a readable summary and a manifest of fingerprints. */
export function PackDownload({ view, timeZone, unsaved, primary }: Props) {
  const id = useId();
  const words = useI18n();
  const { t } = words;
  const [status, setStatus] = useState<{ kind: 'busy' | 'done' | 'error'; text: string } | null>(null);
  const orderId = view.detail.row.orderId;
  const availability = packAvailability(view.detail.evidence.length, status?.kind === 'busy');

  async function download() {
    setStatus({ kind: 'busy', text: t('workspace.pack.packing') });
    try {
      const db = pageDatabase();
      const files = [];
      for (const meta of view.detail.evidence) {
        const blob = await getEvidenceBlob(db, meta.id);
        if (blob) files.push({ meta, blob });
      }
      const bytes = await buildEvidencePack(evidencePackInputFor(view, files, Date.now(), timeZone, words.locale));
      const name = `evidence-${orderId}.zip`;
      downloadBytes(bytes, name, 'application/zip');
      setStatus({
        kind: 'done',
        text: t('workspace.pack.done', { count: files.length, name, size: formatBytes(bytes.length, words) }),
      });
    } catch (error) {
      setStatus({ kind: 'error', text: t('workspace.pack.failed', { detail: String(error) }) });
    }
  }

  const needsFile = !availability.ready && availability.reason === 'no-saved-file';
  return (
    <section className="panel" aria-labelledby={`${id}-title`}>
      <h2 id={`${id}-title`}>{t('workspace.pack.heading')}</h2>
      <p>{t('workspace.pack.explain')}</p>
      {unsaved > 0 && <p className="warn">{t('workspace.pack.unsaved', { count: unsaved })}</p>}
      <div className="pack-action">
        <button
          type="button"
          className={primary ? 'primary' : undefined}
          onClick={download}
          disabled={!availability.ready}
          aria-describedby={needsFile ? `${id}-why` : undefined}
        >
          {t('workspace.pack.download')}
        </button>
        {needsFile && (
          <span id={`${id}-why`} className="muted small" data-testid="pack-disabled-reason">
            {t('workspace.pack.needsFile')}
          </span>
        )}
      </div>
      <p role={status?.kind === 'error' ? 'alert' : 'status'} className={status?.kind === 'error' ? 'error' : 'muted'}>
        {status?.text ?? ''}
      </p>
    </section>
  );
}
