import { useId } from 'react';
import type { EvidenceLimits } from '../../lib/model/evidence';
import type { PendingStore } from '../../lib/pages/pending-evidence-store';
import { FileImport } from './FileImport';
import { ScreenshotCapture } from './ScreenshotCapture';

interface Props {
  store: PendingStore;
  limits: EvidenceLimits;
  tabId?: number;
  timeZone: string;
}

/** The ways in: a screenshot of the marketplace, or files from the device. */
export function AddEvidence({ store, limits, tabId, timeZone }: Props) {
  const id = useId();
  return (
    <section className="panel" aria-labelledby={`${id}-title`}>
      <h2 id={`${id}-title`}>Add evidence</h2>
      <div className="add-grid">
        <ScreenshotCapture tabId={tabId} timeZone={timeZone} onCaptured={(file) => store.getState().add([file])} />
        <FileImport
          limits={limits}
          onFiles={(files) => store.getState().add(files.map((file) => ({ blob: file, name: file.name })))}
        />
      </div>
    </section>
  );
}
