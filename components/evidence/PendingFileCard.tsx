import { useEffect, useId } from 'react';
import { useStore } from 'zustand';
import type { EvidenceFileVerdict } from '../../lib/evidence/check-evidence-files';
import { formatBytes } from '../../lib/evidence/format-bytes';
import type { EvidenceKind, EvidenceLimits } from '../../lib/model/evidence';
import { isJudgedKind } from '../../lib/pages/evidence-kind-for';
import type { ChecklistEntry } from '../../lib/pages/order-view';
import { isSettled, type PendingFile, type PendingStore } from '../../lib/pages/pending-evidence-store';
import { useI18n } from '../i18n/I18nProvider';
import { ChecklistLinks } from './ChecklistLinks';
import { EvidencePreview } from './EvidencePreview';
import { QualityWarnings } from './QualityWarnings';

interface Props {
  store: PendingStore;
  fileKey: string;
  verdict: EvidenceFileVerdict | undefined;
  limits: EvidenceLimits;
  formName: string;
  checklist: readonly ChecklistEntry[];
  orderId: string;
  /** Its Save is the view's primary action (the only file waiting; with more, "Save all" is). */
  primary: boolean;
}

/** One file on its way in: does it fit the form, how good is it, what does it show, then save or drop it. */
export function PendingFileCard({ store, fileKey, verdict, limits, formName, checklist, orderId, primary }: Props) {
  const id = useId();
  const words = useI18n();
  const { t } = words;
  const file = useStore(store, (state) => state.files.find((f) => f.key === fileKey));
  const actions = store.getState();
  const accepted = verdict?.accepted === true;
  const judged = file ? isJudgedKind(file.kind) : false;

  // Quality is measured once the file fits the form (after compressing, the new bytes are measured).
  useEffect(() => {
    if (file && accepted && judged && file.quality.state === 'idle') void store.getState().analyse(file.key);
  }, [file, accepted, judged, store]);

  if (!file || !verdict) return null;
  const rejected = !accepted && !verdict.fix;
  const warnings = judged && file.quality.state === 'done' ? file.quality.warnings : [];
  const canSave = accepted && isSettled(file);

  return (
    <li className={`card pending${rejected ? ' rejected' : ''}`} aria-labelledby={`${id}-name`} data-name={file.name}>
      <EvidencePreview blob={file.blob} type={file.type} name={file.name} kind={file.kind} open={!rejected} />
      <div className="card-body">
        <h4 id={`${id}-name`}>{file.name}</h4>
        <p className="muted small">
          {t(`workspace.kind.${file.kind}`)} · {formatBytes(file.blob.size, words)}
          {file.blob.size !== file.originalSize &&
            ` ${t('workspace.pending.wasSize', { size: formatBytes(file.originalSize, words) })}`}
        </p>
        <FitState file={file} verdict={verdict} formName={formName} />
        {verdict.fix && file.fit.state !== 'running' && file.fit.state !== 'failed' && (
          <button
            type="button"
            onClick={() =>
              actions.compress(file.key, verdict.fix?.maxBytes ?? limits.maxBytesPerFile, {
                outputType: verdict.fix?.outputType,
                acceptedTypes: limits.acceptedTypes,
              })
            }
          >
            {t('workspace.pending.compress')}
          </button>
        )}
        {!rejected && (
          <>
            {accepted && judged && <QualityState file={file} />}
            <QualityWarnings warnings={warnings} />
            {file.type.startsWith('image/') && (
              <KindChoice id={id} kind={file.kind} onChange={(kind) => actions.setKind(file.key, kind)} />
            )}
            <label htmlFor={`${id}-caption`}>{t('workspace.caption')}</label>
            <textarea
              id={`${id}-caption`}
              rows={2}
              maxLength={2000}
              value={file.caption}
              placeholder={t('workspace.pending.captionPlaceholder')}
              onChange={(event) => actions.setCaption(file.key, event.target.value)}
            />
            <ChecklistLinks
              checklist={checklist}
              linked={file.checklistItemIds}
              onChange={(itemId, linked) => actions.setLinked(file.key, itemId, linked)}
            />
          </>
        )}
        <div className="actions">
          {!rejected && (
            <button
              type="button"
              className={primary ? 'primary' : undefined}
              disabled={!canSave}
              onClick={() => actions.save(file.key, orderId)}
            >
              {warnings.length > 0 ? t('workspace.pending.saveAnyway') : t('workspace.pending.save')}
            </button>
          )}
          <button
            type="button"
            className="quiet"
            onClick={() => actions.remove(file.key)}
            disabled={file.save.state === 'saving'}
          >
            {rejected ? t('workspace.pending.remove') : t('workspace.pending.discard')}
          </button>
        </div>
        {file.save.state === 'saving' && (
          <progress
            value={file.save.sent}
            max={file.save.total}
            aria-label={t('workspace.pending.saving', { name: file.name })}
          />
        )}
        {file.save.state === 'failed' && (
          <p role="alert" className="error">
            {t('workspace.pending.notSaved', { reason: file.save.message })}
          </p>
        )}
      </div>
    </li>
  );
}

function FitState({ file, verdict, formName }: { file: PendingFile; verdict: EvidenceFileVerdict; formName: string }) {
  const { t } = useI18n();
  if (file.fit.state === 'running') {
    return (
      <div role="status" className="fit-progress">
        <progress aria-label={t('workspace.pending.compressing', { name: file.name })} />
        <span>{t('workspace.pending.compressingNote')}</span>
      </div>
    );
  }
  return (
    <>
      {file.fit.state === 'done' && (
        <p role="status" className="ok small">
          {file.fit.summary}
        </p>
      )}
      {file.fit.state === 'failed' && (
        <p className="error">{t('workspace.pending.compressFailed', { reason: file.fit.message })}</p>
      )}
      {verdict.accepted ? (
        <p className="ok small">{t('workspace.pending.fits', { form: formName })}</p>
      ) : (
        <p className={verdict.fix ? 'warn' : 'error'} data-testid="verdict">
          {verdict.fix
            ? t('workspace.pending.fixable', { reason: verdict.reason ?? '' })
            : t('workspace.pending.rejected', { reason: verdict.reason ?? '' })}
        </p>
      )}
    </>
  );
}

function QualityState({ file }: { file: PendingFile }) {
  const { t } = useI18n();
  const { quality } = file;
  if (quality.state === 'idle' || quality.state === 'running') {
    return (
      <p role="status" className="muted small">
        {t('workspace.pending.checkingQuality')}
      </p>
    );
  }
  if (quality.state === 'failed') {
    return <p className="muted small">{t('workspace.pending.qualityNotChecked', { reason: quality.message })}</p>;
  }
  return quality.warnings.length === 0 ? (
    <p role="status" className="ok small">
      {file.kind === 'photo' ? t('workspace.pending.qualityFinePhoto') : t('workspace.pending.qualityFine')}
    </p>
  ) : null;
}

function KindChoice({
  id,
  kind,
  onChange,
}: {
  id: string;
  kind: EvidenceKind;
  onChange: (kind: EvidenceKind) => void;
}) {
  const { t } = useI18n();
  return (
    <div className="kind-choice">
      <label htmlFor={`${id}-kind`}>{t('workspace.pending.kindLabel')}</label>
      <select id={`${id}-kind`} value={kind} onChange={(event) => onChange(event.target.value as EvidenceKind)}>
        <option value="photo">{t('workspace.pending.kindPhoto')}</option>
        <option value="screenshot">{t('workspace.pending.kindScreenshot')}</option>
      </select>
    </div>
  );
}
