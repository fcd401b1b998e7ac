import { type FormEvent, useEffect, useId, useState } from 'react';
import type { EvidenceFileVerdict } from '../../lib/evidence/check-evidence-files';
import { formatBytes } from '../../lib/evidence/format-bytes';
import { formatInstantFor } from '../../lib/evidence/format-instant';
import { sendMessage } from '../../lib/messaging/send';
import type { ChecklistEntry, EvidenceMetaRow } from '../../lib/pages/order-view';
import { useI18n } from '../i18n/I18nProvider';
import { ChecklistLinks } from './ChecklistLinks';
import { EvidencePreview } from './EvidencePreview';
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

function reasonOf(error: unknown): string {
  return error instanceof Error ? error.message : String(error);
}

function sameIds(a: readonly string[], b: readonly string[]): boolean {
  return a.length === b.length && a.every((id) => b.includes(id));
}

/** A saved file: its picture, fingerprint and warnings; caption and links can be changed, the file deleted. */
export function StoredEvidenceCard({ meta, verdict, formName, checklist, timeZone }: Props) {
  const id = useId();
  const words = useI18n();
  const { t } = words;
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
      setStatus({ kind: 'saved', text: t('workspace.stored.changesSaved') });
    } catch (error) {
      setStatus({ kind: 'error', text: `${t('workspace.stored.saveFailed')} ${reasonOf(error)}` });
    }
  }

  async function remove() {
    try {
      await sendMessage('deleteEvidence', { id: meta.id });
    } catch (error) {
      setConfirming(false);
      setStatus({ kind: 'error', text: `${t('workspace.stored.deleteFailed')} ${reasonOf(error)}` });
    }
  }

  const title = meta.caption || meta.name;
  return (
    <li className="card stored" aria-labelledby={`${id}-title`} data-name={meta.name}>
      <EvidencePreview blob={blob} type={meta.type} name={meta.name} kind={meta.kind} />
      <div className="card-body">
        <h4 id={`${id}-title`}>{title}</h4>
        <p className="muted small">
          {t('workspace.stored.facts', {
            kind: t(`workspace.kind.${meta.kind}`),
            name: meta.name,
            size: formatBytes(meta.size, words),
            when: formatInstantFor(meta.addedAt, timeZone, words.locale),
          })}
        </p>
        <p className="muted small">
          {t('workspace.stored.fingerprint')} <code title={meta.sha256}>{meta.sha256.slice(0, 16)}…</code>
        </p>
        <QualityWarnings warnings={meta.warnings} />
        {verdict && !verdict.accepted && (
          <p className="warn small">
            {t('workspace.stored.notForForm', { form: formName, reason: verdict.reason ?? '' })}
          </p>
        )}
        <form onSubmit={save} aria-label={t('workspace.stored.detailsOf', { name: meta.name })}>
          <label htmlFor={`${id}-caption`}>{t('workspace.caption')}</label>
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
              {t('workspace.stored.saveChanges')}
            </button>
            {!confirming && (
              <button type="button" className="quiet" onClick={() => setConfirming(true)}>
                {t('workspace.stored.delete')}
              </button>
            )}
          </div>
        </form>
        {confirming && (
          <div role="alertdialog" aria-labelledby={`${id}-confirm`} className="confirm">
            <p id={`${id}-confirm`}>{t('workspace.stored.deleteConfirm', { name: meta.name })}</p>
            <div className="actions">
              <button type="button" className="danger" onClick={remove}>
                {t('workspace.stored.deleteFile')}
              </button>
              <button type="button" className="quiet" onClick={() => setConfirming(false)}>
                {t('workspace.stored.keep')}
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
