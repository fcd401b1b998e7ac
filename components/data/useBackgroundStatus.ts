import { useEffect, useState } from 'react';
import { browser } from 'wxt/browser';
import { MessageError } from '../../lib/messaging/message-error';
import type { ResponseOf } from '../../lib/messaging/protocol';

export type BackgroundStatus = ResponseOf<'getStatus'>;

interface StatusState {
  status: BackgroundStatus | null;
  error: string | null;
}

// One answer shared by every component of a page that shows it (the popup has three: the page status, its
// reading notes, the storage banner), so a page asks the background once, not once per component.
let shown: StatusState = { status: null, error: null };
const subscribers = new Set<(state: StatusState) => void>();
let asking = false;
let askAgain = false;

/**
 * Asks the background for its status and tells every subscriber. The messaging module (the protocol and the
 * model's schemas it validates with) is imported here, on first use, not with the page: the popup's first
 * screen is drawn without it. A change noticed while a request is out asks once more after it.
 */
async function load(): Promise<void> {
  if (asking) {
    askAgain = true;
    return;
  }
  asking = true;
  try {
    const { sendMessage } = await import('../../lib/messaging/send');
    shown = { status: await sendMessage('getStatus', {}), error: null };
  } catch (e: unknown) {
    shown = { ...shown, error: e instanceof MessageError ? e.message : '' };
  } finally {
    asking = false;
  }
  for (const subscriber of subscribers) subscriber(shown);
  if (askAgain) {
    askAgain = false;
    void load();
  }
}

function onChanged(_changes: unknown, area: string) {
  // The background keeps its status in session storage: any change there means a fresh answer.
  if (area === 'session') void load();
}

/**
 * What the background has seen lately (getStatus), kept current while the page is open. `error` is the
 * background's message when it refused, '' when it did not answer at all (the page words it).
 */
export function useBackgroundStatus(): StatusState {
  const [state, setState] = useState<StatusState>(() => shown);

  useEffect(() => {
    subscribers.add(setState);
    if (subscribers.size === 1) {
      browser.storage.onChanged.addListener(onChanged);
      void load();
    } else {
      setState(shown);
    }
    return () => {
      subscribers.delete(setState);
      if (subscribers.size === 0) browser.storage.onChanged.removeListener(onChanged);
    };
  }, []);

  return state;
}
