import { useEffect, useId } from 'react';
import { useStore } from 'zustand';
import type { EvidenceFileVerdict } from '../../lib/evidence/check-evidence-files';
import { formatBytes } from '../../lib/evidence/format-bytes';
import type { EvidenceKind, EvidenceLimits } from '../../lib/model/evidence';
import { isJudgedKind } from '../../lib/pages/evidence-kind-for';
import type { ChecklistEntry } from '../../lib/pages/order-view';
import { isSettled, type PendingFile, type PendingStore } from '../../lib/pages/pending-evidence-store';
import { ChecklistLinks } from './ChecklistLinks';
import { EvidencePreview } from './EvidencePreview';
import { KIND_LABELS } from './labels';
import { QualityWarnings } from './QualityWarnings';

interface Props {
  store: PendingStore;
  fileKey: string;
  verdict: EvidenceFileVerdict | undefined;
  limits: EvidenceLimits;
  formName: string;
  checklist: readonly ChecklistEntry[];
  orderId: string;
}

/** One file on its way in: does it fit the form, how good is it, what does it show, then save or drop it. */
export function PendingFileCard({ store, fileKey, verdict, limits, formName, checklist, orderId }: Props) {
  const id = useId();
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
          {KIND_LABELS[file.kind]} · {formatBytes(file.blob.size)}
          {file.blob.size !== file.originalSize && ` (was ${formatBytes(file.originalSize)})`}
        </p>
        <FitState file={file} verdict={verdict} formName={formName} />
        {verdict.fix && file.fit.state !== 'running' && file.fit.state !== 'failed' && (
          <button
            type="button"
            className="primary"
            onClick={() =>
              actions.compress(file.key, verdict.fix?.maxBytes ?? limits.maxBytesPerFile, {
                outputType: verdict.fix?.outputType,
                acceptedTypes: limits.acceptedTypes,
              })
            }
          >
            Compress to fit
          </button>
        )}
        {!rejected && (
          <>
            {accepted && judged && <QualityState file={file} />}
            <QualityWarnings warnings={warnings} />
            {file.type.startsWith('image/') && (
              <KindChoice id={id} kind={file.kind} onChange={(kind) => actions.setKind(file.key, kind)} />
            )}
            <label htmlFor={`${id}-caption`}>Caption</label>
            <textarea
              id={`${id}-caption`}
              rows={2}
              maxLength={2000}
              value={file.caption}
              placeholder="What does it show? e.g. “Crushed corner of the box, as delivered”"
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
              className="primary"
              disabled={!canSave}
              onClick={() => actions.save(file.key, orderId)}
            >
              {warnings.length > 0 ? 'Save anyway' : 'Save'}
            </button>
          )}
          <button type="button" onClick={() => actions.remove(file.key)} disabled={file.save.state === 'saving'}>
            {rejected ? 'Remove' : 'Discard'}
          </button>
        </div>
        {file.save.state === 'saving' && (
          <progress value={file.save.sent} max={file.save.total} aria-label={`Saving ${file.name}`} />
        )}
        {file.save.state === 'failed' && (
          <p role="alert" className="error">
            Not saved: {file.save.message}
          </p>
        )}
      </div>
    </li>
  );
}

function FitState({ file, verdict, formName }: { file: PendingFile; verdict: EvidenceFileVerdict; formName: string }) {
  if (file.fit.state === 'running') {
    return (
      <div role="status" className="fit-progress">
        <progress aria-label={`Compressing ${file.name}`} />
        <span>Compressing to fit… large photos take a few seconds.</span>
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
      {file.fit.state === 'failed' && <p className="error">Could not compress it: {file.fit.message}</p>}
      {verdict.accepted ? (
        <p className="ok small">Fits the {formName} form.</p>
      ) : (
        <p className={verdict.fix ? 'warn' : 'error'} data-testid="verdict">
          {verdict.fix ? '' : 'Rejected: '}
          {verdict.reason}.
        </p>
      )}
    </>
  );
}

function QualityState({ file }: { file: PendingFile }) {
  const { quality } = file;
  if (quality.state === 'idle' || quality.state === 'running') {
    return (
      <p role="status" className="muted small">
        Checking brightness and focus…
      </p>
    );
  }
  if (quality.state === 'failed') return <p className="muted small">Quality not checked: {quality.message}</p>;
  return quality.warnings.length === 0 ? (
    <p role="status" className="ok small">
      Quality looks fine: bright enough{file.kind === 'photo' ? ' and in focus' : ''}.
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
  return (
    <div className="kind-choice">
      <label htmlFor={`${id}-kind`}>This picture is a</label>
      <select id={`${id}-kind`} value={kind} onChange={(event) => onChange(event.target.value as EvidenceKind)}>
        <option value="photo">photo (quality is checked)</option>
        <option value="screenshot">screenshot (no quality check)</option>
      </select>
    </div>
  );
}
