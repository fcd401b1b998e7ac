import { openBridgeEnd } from './bridge-channel';
import {
  decodeRelayedResponse,
  MAX_BUFFERED_RESPONSES,
  MAX_RELAYED_BODY_CHARS,
  OBSERVED_RESPONSE_EVENT,
  type RelayedResponse,
} from './mtop-apis';

/**
 * The content script's end of the bridge, opened at document_start by the loader (entrypoints/aliexpress.content)
 * so it meets the MAIN-world observer before any page script runs. It keeps the raw texts the observer
 * relays until the reader, which starts after the page's load, takes them over. Content scripts of one
 * extension share their isolated world, and the page cannot see into it.
 */
export interface RelayedResponseStore {
  /** The texts relayed so far, oldest first (at most MAX_BUFFERED_RESPONSES). */
  kept(): RelayedResponse[];
  /** Calls `listener` for each text relayed from now on. */
  subscribe(listener: (response: RelayedResponse) => void): () => void;
}

const STORE = Symbol.for('buyer-guard.relayed-responses');
type IsolatedWindow = Window & typeof globalThis & { [STORE]?: RelayedResponseStore };

export function openRelayedResponseStore(window: IsolatedWindow): RelayedResponseStore {
  const existing = window[STORE];
  if (existing) return existing;
  const kept: RelayedResponse[] = [];
  const listeners = new Set<(response: RelayedResponse) => void>();
  const bridge = openBridgeEnd(window);
  bridge.listen(OBSERVED_RESPONSE_EVENT, (encoded) => {
    const response = decodeRelayedResponse(encoded);
    if (!response || response.url.length > 8192 || response.text.length > MAX_RELAYED_BODY_CHARS) return;
    kept.push(response);
    if (kept.length > MAX_BUFFERED_RESPONSES) kept.shift();
    for (const listener of listeners) listener(response);
  });
  const store: RelayedResponseStore = {
    kept: () => [...kept],
    subscribe(listener) {
      listeners.add(listener);
      return () => listeners.delete(listener);
    },
  };
  window[STORE] = store;
  return store;
}

/** The store the document_start script opened in this isolated world, if it ran. */
export function relayedResponseStoreOf(window: Window): RelayedResponseStore | undefined {
  return (window as IsolatedWindow)[STORE];
}
