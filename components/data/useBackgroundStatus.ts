import { useEffect, useState } from 'react';
import { browser } from 'wxt/browser';
import type { ResponseOf } from '../../lib/messaging/protocol';
import { MessageError, sendMessage } from '../../lib/messaging/send';

export type BackgroundStatus = ResponseOf<'getStatus'>;

/**
 * What the background has seen lately (getStatus), kept current while the page is open: the
 * background keeps it in session storage, so any change there means a fresh answer. `error` is the
 * background's message when it refused, '' when it did not answer at all (the page words it).
 */
export function useBackgroundStatus(): { status: BackgroundStatus | null; error: string | null } {
  const [status, setStatus] = useState<BackgroundStatus | null>(null);
  const [error, setError] = useState<string | null>(null);

  useEffect(() => {
    const load = () =>
      sendMessage('getStatus', {})
        .then((next) => {
          setStatus(next);
          setError(null);
        })
        .catch((e: unknown) => setError(e instanceof MessageError ? e.message : ''));
    const onChanged = (_changes: unknown, area: string) => {
      if (area === 'session') void load();
    };
    void load();
    browser.storage.onChanged.addListener(onChanged);
    return () => browser.storage.onChanged.removeListener(onChanged);
  }, []);

  return { status, error };
}
