import { useId, useState } from 'react';
import { getEvidenceBlob } from '../../lib/db/queries';
import { buildEvidencePack } from '../../lib/evidence/build-evidence-pack';
import { formatBytes } from '../../lib/evidence/format-bytes';
import { downloadBytes } from '../../lib/pages/download-bytes';
import { evidencePackInputFor } from '../../lib/pages/evidence-pack-input-for';
import type { OrderView } from '../../lib/pages/order-view';
import { pageDatabase } from '../../lib/pages/page-database';

interface Props {
  view: OrderView;
  timeZone: string;
  /** Files still waiting to be saved: they are not in the pack, and the buyer should know. */
  unsaved: number;
}

/** "Download evidence pack": one ZIP with the files, a readable summary and a manifest of fingerprints. */
export function PackDownload({ view, timeZone, unsaved }: Props) {
  const id = useId();
  const [status, setStatus] = useState<{ kind: 'busy' | 'done' | 'error'; text: string } | null>(null);
  const orderId = view.detail.row.orderId;

  async function download() {
    setStatus({ kind: 'busy', text: 'Packing…' });
    try {
      const db = pageDatabase();
      const files = [];
      for (const meta of view.detail.evidence) {
        const blob = await getEvidenceBlob(db, meta.id);
        if (blob) files.push({ meta, blob });
      }
      const bytes = await buildEvidencePack(evidencePackInputFor(view, files, Date.now(), timeZone));
      const name = `evidence-${orderId}.zip`;
      downloadBytes(bytes, name, 'application/zip');
      setStatus({
        kind: 'done',
        text: `Saved ${name}: ${files.length} ${files.length === 1 ? 'file' : 'files'}, ${formatBytes(bytes.length)}.`,
      });
    } catch (error) {
      setStatus({ kind: 'error', text: error instanceof Error ? error.message : 'The pack could not be built.' });
    }
  }

  return (
    <section className="panel" aria-labelledby={`${id}-title`}>
      <h2 id={`${id}-title`}>Evidence pack</h2>
      <p>
        One ZIP for this order: your files, a readable summary (order, deadlines, journal, the texts to send) and a
        manifest with each file’s SHA-256 fingerprint. Ready for AliExpress, PayPal or your bank.
      </p>
      {unsaved > 0 && (
        <p className="warn">
          {unsaved} {unsaved === 1 ? 'file is' : 'files are'} not saved yet and will not be in the pack.
        </p>
      )}
      <button type="button" className="primary" onClick={download} disabled={status?.kind === 'busy'}>
        Download evidence pack
      </button>
      <p role={status?.kind === 'error' ? 'alert' : 'status'} className={status?.kind === 'error' ? 'error' : 'muted'}>
        {status?.text ?? ''}
      </p>
    </section>
  );
}
