import { MAX_BUFFERED_RESPONSES, type RelayedResponse, watchedApiOf } from './mtop-apis';
import { type ObservedApiResponse, parseObservedResponse } from './observed-response';
import { relayedResponseStoreOf } from './relayed-response-store';

export interface ObservedResponseInbox {
  /** The responses received so far, oldest first (at most MAX_BUFFERED_RESPONSES). */
  responses(): ObservedApiResponse[];
  stop(): void;
}

/**
 * The responses the observer relayed, parsed and kept while valid. Without the document_start end
 * (the loader did not run at document_start), there are none: nothing else is trusted to say what the page received.
 */
export function createObservedResponseInbox(window: Window, onResponse: () => void): ObservedResponseInbox {
  const store = relayedResponseStoreOf(window);
  const received: ObservedApiResponse[] = [];
  const receive = ({ url, text, observedAt: relayedAt }: RelayedResponse) => {
    if (!watchedApiOf(url)) return false;
    const now = Date.now();
    const observedAt = relayedAt <= now && relayedAt > now - 86_400_000 ? relayedAt : now;
    if (received.some((response) => response.url === url && response.observedAt === observedAt)) return false;
    const response = parseObservedResponse(url, text, observedAt);
    if (!response) return false;
    received.push(response);
    if (received.length > MAX_BUFFERED_RESPONSES) received.shift();
    return true;
  };
  if (!store) return { responses: () => [], stop: () => undefined };
  for (const response of store.kept()) receive(response);
  const unsubscribe = store.subscribe((response) => {
    if (receive(response)) onResponse();
  });
  return { responses: () => [...received], stop: () => void unsubscribe() };
}
