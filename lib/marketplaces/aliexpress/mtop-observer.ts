import { openBridgeEnd } from './bridge-channel';
import { encodeRelayedResponse, MAX_RELAYED_BODY_CHARS, OBSERVED_RESPONSE_EVENT, watchedApiOf } from './mtop-apis';

const INSTALLED = Symbol.for('buyer-guard.mtop-observer');

type PageWindow = Window & typeof globalThis & { [INSTALLED]?: boolean };

/**
 * Runs in the page's own (MAIN) world at document_start and watches, without changing them,
 * the responses of the order APIs the page calls itself, through the three ways AliExpress's
 * mtop client delivers them: fetch, XMLHttpRequest, and JSONP (a `<script src=…&callback=mtopjsonpN>`
 * whose body calls `window.mtopjsonpN({...})`). Each response text is relayed to the extension's
 * content script over the private bridge agreed at document_start (./bridge-channel.ts), which page
 * scripts can neither read nor post to. The page gets every response exactly as before; every hook is
 * wrapped so a failure here never reaches the page.
 *
 * What this does not stop: a page script that rewrites the built-ins it shares with this world
 * (Response.prototype, the JSONP callback while its script runs) can still hand the observer
 * what it likes, as it can rewrite the DOM. The readers therefore let JSON only add detail to orders
 * the page shows (see read-order-list.ts).
 */
export function installMtopObserver(window: PageWindow): () => void {
  if (window[INSTALLED]) return () => undefined;
  window[INSTALLED] = true;
  const bridge = openBridgeEnd(window);
  const relay = (url: string, text: unknown) => {
    if (typeof text !== 'string' || !text || text.length > MAX_RELAYED_BODY_CHARS) return;
    bridge.send(OBSERVED_RESPONSE_EVENT, encodeRelayedResponse({ url, text, observedAt: Date.now() }));
  };
  const absolute = (url: unknown) => {
    try {
      return new URL(String(url), window.location.href).href;
    } catch {
      return '';
    }
  };

  const originalFetch = window.fetch;
  if (typeof originalFetch === 'function') {
    window.fetch = function fetch(this: unknown, ...args: Parameters<typeof originalFetch>) {
      const response = originalFetch.apply(this, args);
      try {
        const input = args[0];
        const url = absolute(input instanceof Request ? input.url : input);
        if (watchedApiOf(url)) {
          response
            .then((res) => res.clone().text())
            .then(
              (text) => relay(url, text),
              () => undefined,
            );
        }
      } catch {
        // Observing must never change what the page gets.
      }
      return response;
    } as typeof originalFetch;
  }

  const xhrUrls = new WeakMap<XMLHttpRequest, string>();
  const proto = window.XMLHttpRequest?.prototype;
  const open = proto?.open;
  const send = proto?.send;
  if (proto && typeof open === 'function' && typeof send === 'function') {
    proto.open = function (this: XMLHttpRequest, ...args: unknown[]) {
      try {
        xhrUrls.set(this, absolute(args[1]));
      } catch {}
      return (open as (...a: unknown[]) => void).apply(this, args);
    } as typeof proto.open;
    proto.send = function (this: XMLHttpRequest, ...args: unknown[]) {
      try {
        const url = xhrUrls.get(this) ?? '';
        if (watchedApiOf(url)) {
          this.addEventListener('loadend', () => {
            try {
              if (this.responseType === '' || this.responseType === 'text') relay(url, this.responseText);
              else if (this.responseType === 'json' && this.response) relay(url, JSON.stringify(this.response));
            } catch {}
          });
        }
      } catch {}
      return (send as (...a: unknown[]) => void).apply(this, args);
    } as typeof proto.send;
  }

  // JSONP: the mtop client defines window[callback] before it inserts the script; wrap it then. Only a
  // call made while that script runs is its response: a page script calling the callback itself is not.
  const currentScriptOf = Object.getOwnPropertyDescriptor(window.Document.prototype, 'currentScript')?.get;
  const apply = Reflect.apply;
  const currentScript = () => (currentScriptOf ? apply(currentScriptOf, window.document, []) : undefined);
  const wrapJsonp = (script: HTMLScriptElement) => {
    const url = absolute(script.src);
    if (!watchedApiOf(url)) return;
    const callback = new URL(url).searchParams.get('callback') ?? '';
    const globals = window as unknown as Record<string, unknown>;
    const original = globals[callback];
    if (!/^[\w$]+$/.test(callback) || typeof original !== 'function') return;
    globals[callback] = function (this: unknown, ...args: unknown[]) {
      try {
        if (currentScript() === script) relay(url, JSON.stringify(args[0]));
      } catch {}
      return (original as (...a: unknown[]) => unknown).apply(this, args);
    };
  };
  const scripts = new MutationObserver((mutations) => {
    for (const mutation of mutations) {
      for (const node of mutation.addedNodes) {
        try {
          if ((node as Element).tagName === 'SCRIPT') wrapJsonp(node as HTMLScriptElement);
        } catch {}
      }
    }
  });
  scripts.observe(window.document.documentElement ?? window.document, { childList: true, subtree: true });

  // The page never sees this; tests use it to start from a clean window.
  return () => {
    scripts.disconnect();
    if (window.fetch !== originalFetch) window.fetch = originalFetch;
    if (proto) Object.assign(proto, { open, send });
    window[INSTALLED] = false;
  };
}
