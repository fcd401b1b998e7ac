import { BRIDGE_REPLAY_REQUEST, BRIDGE_SOURCE, MAX_BUFFERED_RESPONSES, MAX_RELAYED_BODY_CHARS } from './mtop-apis';
import { type ObservedApiResponse, parseObservedResponse } from './observed-response';

export interface ObservedResponseInbox {
  /** The responses received so far, oldest first (at most MAX_BUFFERED_RESPONSES). */
  responses(): ObservedApiResponse[];
  stop(): void;
}

/**
 * The content script's end of the bridge: receives the responses the MAIN-world observer
 * relays, keeps the valid ones, and asks for a replay of those seen before it started.
 * The page could post such messages too; they are validated like any page content and can
 * only ever describe the page's own orders.
 */
export function createObservedResponseInbox(window: Window, onResponse: () => void): ObservedResponseInbox {
  const received: ObservedApiResponse[] = [];
  const listener = (event: MessageEvent) => {
    if (event.source !== window) return;
    const data = event.data as { source?: unknown; url?: unknown; text?: unknown; observedAt?: unknown } | null;
    if (data?.source !== BRIDGE_SOURCE || typeof data.url !== 'string' || typeof data.text !== 'string') return;
    if (data.url.length > 8192 || data.text.length > MAX_RELAYED_BODY_CHARS) return;
    const now = Date.now();
    const observedAt =
      typeof data.observedAt === 'number' && data.observedAt <= now && data.observedAt > now - 86_400_000
        ? data.observedAt
        : now;
    if (received.some((response) => response.url === data.url && response.observedAt === observedAt)) return;
    const response = parseObservedResponse(data.url, data.text, observedAt);
    if (!response) return;
    received.push(response);
    if (received.length > MAX_BUFFERED_RESPONSES) received.shift();
    onResponse();
  };
  window.addEventListener('message', listener);
  window.postMessage({ source: BRIDGE_REPLAY_REQUEST }, window.location.origin);
  return {
    responses: () => [...received],
    stop: () => window.removeEventListener('message', listener),
  };
}
