import { useState } from 'react';
import type { MessageKey } from '../../lib/i18n/messages/en/index';
import { captureDisplayFrame } from '../../lib/pages/capture-display-frame';
import { captureTabScreenshot } from '../../lib/pages/capture-tab-screenshot';
import type { NewPendingFile } from '../../lib/pages/pending-evidence-store';
import { screenshotName } from '../../lib/pages/screenshot-name';
import { useI18n } from '../i18n/I18nProvider';

interface Props {
  /** The AliExpress tab the workspace was opened from (the toolbar click granted access to it). */
  tabId?: number;
  timeZone: string;
  onCaptured: (file: NewPendingFile) => void;
}

type Status =
  | { kind: 'idle' }
  | { kind: 'busy'; text: MessageKey }
  | { kind: 'info'; text: MessageKey }
  | { kind: 'refused'; text: MessageKey }
  | { kind: 'error'; text: MessageKey };

/**
 * Screenshots of the marketplace: straight from the tab the buyer came from (activeTab), or, when
 * that is refused or there is no such tab, from the tab the buyer picks in the browser's share dialog.
 */
export function ScreenshotCapture({ tabId, timeZone, onCaptured }: Props) {
  const words = useI18n();
  const { t } = words;
  const [status, setStatus] = useState<Status>({ kind: 'idle' });
  const busy = status.kind === 'busy';

  async function captureTab(id: number) {
    setStatus({ kind: 'busy', text: 'workspace.capture.busy' });
    try {
      const shot = await captureTabScreenshot(id, timeZone, words);
      if (!shot.ok) {
        setStatus({ kind: 'refused', text: `workspace.capture.${shot.reason}` });
        return;
      }
      onCaptured({ blob: shot.blob, name: shot.name, kind: 'screenshot', caption: shot.caption });
      setStatus({ kind: 'info', text: 'workspace.capture.added' });
    } catch {
      setStatus({ kind: 'refused', text: 'workspace.capture.failed' });
    }
  }

  async function chooseTab() {
    setStatus({ kind: 'busy', text: 'workspace.capture.choosing' });
    const frame = await captureDisplayFrame();
    if (!frame.ok) {
      setStatus({ kind: frame.reason === 'cancelled' ? 'info' : 'error', text: `workspace.capture.${frame.reason}` });
      return;
    }
    onCaptured({
      blob: frame.blob,
      name: screenshotName(undefined, Date.now(), timeZone),
      kind: 'screenshot',
      caption: t('workspace.capture.caption'),
    });
    setStatus({ kind: 'info', text: 'workspace.capture.added' });
  }

  const offerChooser = tabId === undefined || status.kind === 'refused' || status.kind === 'error';
  return (
    <div className="capture">
      <h3>{t('workspace.capture.heading')}</h3>
      {tabId !== undefined ? (
        <>
          <p className="muted">{t('workspace.capture.explain')}</p>
          <button type="button" disabled={busy} onClick={() => captureTab(tabId)}>
            {t('workspace.capture.button')}
          </button>
        </>
      ) : (
        <p className="muted">{t('workspace.capture.oneClickHint')}</p>
      )}
      {status.kind === 'refused' || status.kind === 'error' ? (
        <div role="alert" className="refusal">
          <p className="error">{t(status.text)}</p>
          <p>{t('workspace.capture.stillChoose')}</p>
        </div>
      ) : (
        <p role="status" className="muted">
          {status.kind === 'idle' ? '' : t(status.text)}
        </p>
      )}
      {offerChooser && (
        <button type="button" disabled={busy} onClick={chooseTab}>
          {t('workspace.capture.choose')}
        </button>
      )}
    </div>
  );
}
