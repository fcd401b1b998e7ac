import { type FormEvent, useEffect, useId, useState } from 'react';
import type { EvidenceFileVerdict } from '../../lib/evidence/check-evidence-files';
import { formatBytes } from '../../lib/evidence/format-bytes';
import { formatInstant } from '../../lib/evidence/format-instant';
import { sendMessage } from '../../lib/messaging/send';
import type { ChecklistEntry, EvidenceMetaRow } from '../../lib/pages/order-view';
import { ChecklistLinks } from './ChecklistLinks';
import { EvidencePreview } from './EvidencePreview';
import { KIND_LABELS } from './labels';
import { QualityWarnings } from './QualityWarnings';
import { useEvidenceBlob } from './useEvidenceBlob';

interface Props {
  meta: EvidenceMetaRow;
  verdict: EvidenceFileVerdict | undefined;
  formName: string;
  checklist: readonly ChecklistEntry[];
  timeZone: string;
}

type Status = { kind: 'saved' | 'error'; text: string } | null;

function sameIds(a: readonly string[], b: readonly string[]): boolean {
  return a.length === b.length && a.every((id) => b.includes(id));
}

/** A saved file: its picture, fingerprint and warnings; caption and links can be changed, the file deleted. */
export function StoredEvidenceCard({ meta, verdict, formName, checklist, timeZone }: Props) {
  const id = useId();
  const blob = useEvidenceBlob(meta.id);
  const [caption, setCaption] = useState(meta.caption);
  const [links, setLinks] = useState<string[]>(meta.checklistItemIds);
  const [status, setStatus] = useState<Status>(null);
  const [confirming, setConfirming] = useState(false);
  const linkKey = meta.checklistItemIds.join('\n');

  // What storage holds wins after a save (the live view re-renders with it).
  // biome-ignore lint/correctness/useExhaustiveDependencies: linkKey stands for meta.checklistItemIds' content.
  useEffect(() => {
    setCaption(meta.caption);
    setLinks(meta.checklistItemIds);
  }, [meta.caption, linkKey]);

  const dirty = caption !== meta.caption || !sameIds(links, meta.checklistItemIds);

  async function save(event: FormEvent) {
    event.preventDefault();
    try {
      await sendMessage('updateEvidence', { id: meta.id, caption: caption.trim(), checklistItemIds: links });
      setStatus({ kind: 'saved', text: 'Changes saved.' });
    } catch (error) {
      setStatus({ kind: 'error', text: error instanceof Error ? error.message : 'Could not save the changes.' });
    }
  }

  async function remove() {
    try {
      await sendMessage('deleteEvidence', { id: meta.id });
    } catch (error) {
      setConfirming(false);
      setStatus({ kind: 'error', text: error instanceof Error ? error.message : 'Could not delete the file.' });
    }
  }

  const title = meta.caption || meta.name;
  return (
    <li className="card stored" aria-labelledby={`${id}-title`} data-name={meta.name}>
      <EvidencePreview blob={blob} type={meta.type} name={meta.name} kind={meta.kind} />
      <div className="card-body">
        <h4 id={`${id}-title`}>{title}</h4>
        <p className="muted small">
          {KIND_LABELS[meta.kind]} · {meta.name} · {formatBytes(meta.size)} · added{' '}
          {formatInstant(meta.addedAt, timeZone)}
        </p>
        <p className="muted small">
          SHA-256 <code title={meta.sha256}>{meta.sha256.slice(0, 16)}…</code>
        </p>
        <QualityWarnings warnings={meta.warnings} />
        {verdict && !verdict.accepted && (
          <p className="warn small">
            Not for the {formName} form: {verdict.reason}.
          </p>
        )}
        <form onSubmit={save} aria-label={`Details of ${meta.name}`}>
          <label htmlFor={`${id}-caption`}>Caption</label>
          <textarea
            id={`${id}-caption`}
            rows={2}
            maxLength={2000}
            value={caption}
            onChange={(event) => setCaption(event.target.value)}
          />
          <ChecklistLinks
            checklist={checklist}
            linked={links}
            onChange={(itemId, linked) =>
              setLinks((current) => (linked ? [...current, itemId] : current.filter((other) => other !== itemId)))
            }
          />
          <div className="actions">
            <button type="submit" disabled={!dirty}>
              Save changes
            </button>
            {!confirming && (
              <button type="button" className="danger" onClick={() => setConfirming(true)}>
                Delete…
              </button>
            )}
          </div>
        </form>
        {confirming && (
          <div role="alertdialog" aria-labelledby={`${id}-confirm`} className="confirm">
            <p id={`${id}-confirm`}>Delete “{meta.name}” from this order’s evidence? This cannot be undone.</p>
            <div className="actions">
              <button type="button" className="danger" onClick={remove}>
                Delete file
              </button>
              <button type="button" onClick={() => setConfirming(false)}>
                Keep it
              </button>
            </div>
          </div>
        )}
        {status && (
          <p role={status.kind === 'error' ? 'alert' : 'status'} className={status.kind === 'error' ? 'error' : 'ok'}>
            {status.text}
          </p>
        )}
      </div>
    </li>
  );
}
