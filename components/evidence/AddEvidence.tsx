import { useId } from 'react';
import type { EvidenceLimits } from '../../lib/model/evidence';
import type { PendingStore } from '../../lib/pages/pending-evidence-store';
import { useI18n } from '../i18n/I18nProvider';
import { FileImport } from './FileImport';
import { ScreenshotCapture } from './ScreenshotCapture';

interface Props {
  store: PendingStore;
  limits: EvidenceLimits;
  tabId?: number;
  timeZone: string;
  /** "Choose files…" is the view's primary action (nothing saved or waiting yet). */
  primary: boolean;
}

/** The ways in: a screenshot of the marketplace, or files from the device. */
export function AddEvidence({ store, limits, tabId, timeZone, primary }: Props) {
  const id = useId();
  const { t } = useI18n();
  return (
    <section className="panel" aria-labelledby={`${id}-title`}>
      <h2 id={`${id}-title`}>{t('workspace.add.heading')}</h2>
      <div className="add-grid">
        <ScreenshotCapture tabId={tabId} timeZone={timeZone} onCaptured={(file) => store.getState().add([file])} />
        <FileImport
          limits={limits}
          primary={primary}
          onFiles={(files) => store.getState().add(files.map((file) => ({ blob: file, name: file.name })))}
        />
      </div>
    </section>
  );
}
