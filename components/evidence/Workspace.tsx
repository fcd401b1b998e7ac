import { useEffect, useId, useMemo, useState } from 'react';
import { useStore } from 'zustand';
import { browserPendingEffects } from '../../lib/pages/browser-pending-effects';
import { targetLabel } from '../../lib/pages/evidence-targets';
import type { OrderView } from '../../lib/pages/order-view';
import { createPendingStore, type PendingStore } from '../../lib/pages/pending-evidence-store';
import { pendingVerdicts, storedVerdicts } from '../../lib/pages/pending-verdicts';
import { type EvidenceTarget, evidenceLimits } from '../../lib/rules/evidence-limits';
import { BUYER_TIME_ZONE } from '../data/buyer-time-zone';
import { useNow } from '../data/useNow';
import { useOrderView } from '../data/useOrderView';
import { useI18n } from '../i18n/I18nProvider';
import { ProblemPicker } from '../ProblemPicker';
import { AddEvidence } from './AddEvidence';
import { EvidenceChecklist } from './EvidenceChecklist';
import { OrderHeader } from './OrderHeader';
import { PackDownload } from './PackDownload';
import { PendingFileCard } from './PendingFileCard';
import { SaveAll } from './SaveAll';
import { StoredEvidenceCard } from './StoredEvidenceCard';
import { TargetPicker } from './TargetPicker';

interface Props {
  orderId: string;
  /** The AliExpress tab the buyer opened the workspace from, which may be screenshot. */
  tabId?: number;
}

/** The evidence workspace for one order: what to collect, the files coming in, the files kept, the pack. */
export function Workspace({ orderId, tabId }: Props) {
  const words = useI18n();
  const { t } = words;
  const view = useOrderView(orderId);
  const [store] = useState(() => createPendingStore(browserPendingEffects(words)));
  if (view === undefined) return <p className="page-status">{t('workspace.loading', { orderId })}</p>;
  if (view === null) {
    return (
      <main className="workspace">
        <h1>{t('workspace.notTracked.title', { orderId })}</h1>
        <p role="alert">{t('workspace.notTracked.body')}</p>
      </main>
    );
  }
  return <LoadedWorkspace view={view} store={store} tabId={tabId} />;
}

function LoadedWorkspace({ view, store, tabId }: { view: OrderView; store: PendingStore; tabId?: number }) {
  const id = useId();
  const words = useI18n();
  const { t } = words;
  const now = useNow();
  const [target, setTarget] = useState<EvidenceTarget>('dispute');
  const files = useStore(store, (state) => state.files);
  const limits = evidenceLimits(target);
  const formName = targetLabel(target, words);
  const stored = view.detail.evidence;
  const orderId = view.detail.row.orderId;
  const verdicts = useMemo(() => pendingVerdicts(files, stored, limits, words), [files, stored, limits, words]);
  const storedChecks = useMemo(() => storedVerdicts(stored, limits, words), [stored, limits, words]);
  // With files waiting, saving them is the step that moves the case on: the pack's button steps back.
  const saving = files.length > 0;

  // Files not saved yet live only in this tab: the browser asks before it is closed or reloaded.
  useEffect(() => {
    if (files.length === 0) return;
    const ask = (event: BeforeUnloadEvent) => event.preventDefault();
    addEventListener('beforeunload', ask);
    return () => removeEventListener('beforeunload', ask);
  }, [files.length]);

  return (
    <main className="workspace">
      <OrderHeader view={view} now={now} timeZone={BUYER_TIME_ZONE} />
      <div className="columns">
        <div className="plan">
          <section className="panel" aria-labelledby={`${id}-problem`}>
            <h2 id={`${id}-problem`} className="visually-hidden">
              {t('workspace.problem.heading')}
            </h2>
            <ProblemPicker orderId={orderId} problem={view.detail.problem} />
          </section>
          <TargetPicker target={target} onChange={setTarget} stored={stored} />
          <EvidenceChecklist view={view} />
        </div>
        <div className="work">
          <AddEvidence
            store={store}
            limits={limits}
            tabId={tabId}
            timeZone={BUYER_TIME_ZONE}
            primary={!saving && stored.length === 0}
          />
          {files.length > 0 && (
            <section className="panel" aria-labelledby={`${id}-pending`}>
              <h2 id={`${id}-pending`}>{t('workspace.pending.heading', { count: files.length })}</h2>
              <SaveAll store={store} verdicts={verdicts} orderId={orderId} />
              <ul className="cards">
                {files.map((file, index) => (
                  <PendingFileCard
                    key={file.key}
                    store={store}
                    fileKey={file.key}
                    verdict={verdicts[index]}
                    limits={limits}
                    formName={formName}
                    checklist={view.checklist}
                    orderId={orderId}
                    primary={files.length === 1}
                  />
                ))}
              </ul>
            </section>
          )}
          <section className="panel" aria-labelledby={`${id}-stored`}>
            <h2 id={`${id}-stored`}>{t('workspace.stored.heading', { count: stored.length })}</h2>
            {stored.length === 0 ? (
              <p className="muted">{t('workspace.stored.empty')}</p>
            ) : (
              <ul className="cards">
                {stored.map((meta, index) => (
                  <StoredEvidenceCard
                    key={meta.id}
                    meta={meta}
                    verdict={storedChecks[index]}
                    formName={formName}
                    checklist={view.checklist}
                    timeZone={BUYER_TIME_ZONE}
                  />
                ))}
              </ul>
            )}
          </section>
          <PackDownload
            view={view}
            timeZone={BUYER_TIME_ZONE}
            unsaved={files.length}
            primary={!saving && stored.length > 0}
          />
        </div>
      </div>
    </main>
  );
}
