import { useState } from 'react';
import { captureDisplayFrame } from '../../lib/pages/capture-display-frame';
import { captureTabScreenshot } from '../../lib/pages/capture-tab-screenshot';
import type { NewPendingFile } from '../../lib/pages/pending-evidence-store';
import { screenshotName } from '../../lib/pages/screenshot-name';

interface Props {
  /** The AliExpress tab the workspace was opened from (the toolbar click granted access to it). */
  tabId?: number;
  timeZone: string;
  onCaptured: (file: NewPendingFile) => void;
}

type Status =
  | { kind: 'idle' }
  | { kind: 'busy'; text: string }
  | { kind: 'info'; text: string }
  | { kind: 'refused'; text: string }
  | { kind: 'error'; text: string };

/**
 * Screenshots of the marketplace: straight from the tab the buyer came from (activeTab), or, when
 * that is refused or there is no such tab, from the tab the buyer picks in the browser's share dialog.
 */
export function ScreenshotCapture({ tabId, timeZone, onCaptured }: Props) {
  const [status, setStatus] = useState<Status>({ kind: 'idle' });
  const busy = status.kind === 'busy';

  async function captureTab(id: number) {
    setStatus({ kind: 'busy', text: 'Capturing the AliExpress tab…' });
    try {
      const shot = await captureTabScreenshot(id, timeZone);
      if (!shot.ok) {
        setStatus({ kind: 'refused', text: shot.message });
        return;
      }
      onCaptured({ blob: shot.blob, name: shot.name, kind: 'screenshot', caption: shot.caption });
      setStatus({ kind: 'info', text: 'Screenshot added below: check its caption, link it, then save it.' });
    } catch (error) {
      setStatus({ kind: 'refused', text: error instanceof Error ? error.message : 'The capture failed.' });
    }
  }

  async function chooseTab() {
    setStatus({ kind: 'busy', text: 'Choose the AliExpress tab in the browser’s dialog…' });
    const frame = await captureDisplayFrame();
    if (!frame.ok) {
      setStatus({ kind: frame.cancelled ? 'info' : 'error', text: frame.message });
      return;
    }
    onCaptured({
      blob: frame.blob,
      name: screenshotName(undefined, Date.now(), timeZone),
      kind: 'screenshot',
      caption: 'Screenshot of the AliExpress page',
    });
    setStatus({ kind: 'info', text: 'Screenshot added below: check its caption, link it, then save it.' });
  }

  const offerChooser = tabId === undefined || status.kind === 'refused' || status.kind === 'error';
  return (
    <div className="capture">
      <h3>Screenshot of AliExpress</h3>
      {tabId !== undefined ? (
        <>
          <p className="muted">Takes a picture of the AliExpress tab you opened this workspace from.</p>
          <button type="button" className="primary" disabled={busy} onClick={() => captureTab(tabId)}>
            Capture the AliExpress tab
          </button>
        </>
      ) : (
        <p className="muted">
          To capture in one click, open this workspace from the Buyer Guard icon while the AliExpress page is in front.
        </p>
      )}
      {status.kind === 'refused' || status.kind === 'error' ? (
        <div role="alert" className="refusal">
          <p className="error">{status.text}</p>
          <p>You can still choose the tab yourself in the browser’s share dialog; only one picture is taken.</p>
        </div>
      ) : (
        <p role="status" className="muted">
          {status.kind === 'idle' ? '' : status.text}
        </p>
      )}
      {offerChooser && (
        <button type="button" disabled={busy} onClick={chooseTab}>
          Choose a tab to capture…
        </button>
      )}
    </div>
  );
}
