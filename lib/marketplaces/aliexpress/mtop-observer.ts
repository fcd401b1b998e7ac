import { openBridgeEnd } from './bridge-channel';
import { encodeRelayedResponse, MAX_RELAYED_BODY_CHARS, OBSERVED_RESPONSE_EVENT, watchedApiOf } from './mtop-apis';

const INSTALLED = Symbol.for('buyer-guard.mtop-observer');

type PageWindow = Window & typeof globalThis & { [INSTALLED]?: boolean };
type AnyFunction = (...args: unknown[]) => unknown;

/**
 * A property's getter as the browser made it, found along the prototype chain now (at document_start).
 * Where an implementation keeps the property as a plain field (test DOMs), it is read as one.
 */
function getterOf(prototype: object | undefined, name: string): AnyFunction {
  for (let proto = prototype; proto; proto = Object.getPrototypeOf(proto)) {
    const get = Object.getOwnPropertyDescriptor(proto, name)?.get;
    if (get) return get as AnyFunction;
  }
  return function (this: Record<string, unknown>) {
    return this?.[name];
  };
}

/**
 * Runs in the page's own (MAIN) world at document_start and watches, without changing them,
 * the responses of the order APIs the page calls itself, through the three ways AliExpress's
 * mtop client delivers them: fetch, XMLHttpRequest, and JSONP (a `<script src=…&callback=mtopjsonpN>`
 * whose body calls `window.mtopjsonpN({...})`). Each response text is relayed to the extension's
 * content script over the private bridge agreed at document_start (./bridge-channel.ts), which page
 * scripts can neither read nor post to. The page gets every response exactly as before; every hook is
 * wrapped so a failure here never reaches the page.
 *
 * Every built-in that decides what is relayed — the response's body and URL, the promise that carries
 * them, JSON.stringify, the clock — is taken here, at document_start, before any page script runs, and
 * called through Reflect.apply: a page script that later replaces Response.prototype.text, Promise.prototype.then
 * or JSON.stringify cannot change what the observer reads (issue 12, break 3). The URL relayed is the one
 * the browser fetched (the response's own URL), and the content script checks it in its own world
 * (mtop-apis.ts: the mtop gateway's exact hosts). What remains: a page can still call the real gateway,
 * and the readers then let JSON only add detail to orders the page shows (order-id-shown.ts), with the
 * deadline the page shows winning over the JSON's (merge-orders.ts).
 */
export function installMtopObserver(window: PageWindow): () => void {
  if (window[INSTALLED]) return () => undefined;
  window[INSTALLED] = true;
  const apply = Reflect.apply;
  const call = (fn: AnyFunction | undefined, self: unknown, ...args: unknown[]) =>
    fn ? apply(fn, self, args) : undefined;
  const ResponseProto = window.Response?.prototype;
  const XhrProto = window.XMLHttpRequest?.prototype;
  const pristine = {
    now: window.Date.now,
    stringify: window.JSON.stringify,
    promiseThen: window.Promise.prototype.then as AnyFunction,
    URL: window.URL,
    href: getterOf(window.URL.prototype, 'href'),
    searchParams: getterOf(window.URL.prototype, 'searchParams'),
    getParam: window.URLSearchParams.prototype.get as AnyFunction,
    clone: ResponseProto?.clone as AnyFunction | undefined,
    text: ResponseProto?.text as AnyFunction | undefined,
    responseUrl: getterOf(ResponseProto, 'url'),
    requestUrl: getterOf(window.Request?.prototype, 'url'),
    Request: window.Request,
    xhrResponseText: getterOf(XhrProto, 'responseText'),
    xhrResponse: getterOf(XhrProto, 'response'),
    xhrResponseType: getterOf(XhrProto, 'responseType'),
    xhrResponseUrl: getterOf(XhrProto, 'responseURL'),
    addEventListener: window.EventTarget.prototype.addEventListener as AnyFunction,
    scriptSrc: getterOf(window.HTMLScriptElement?.prototype, 'src'),
    currentScript: getterOf(window.Document.prototype, 'currentScript'),
    weakGet: window.WeakMap.prototype.get as AnyFunction,
    weakSet: window.WeakMap.prototype.set as AnyFunction,
    String: window.String,
  };
  const bridge = openBridgeEnd(window);
  const relay = (url: string, text: unknown) => {
    if (typeof text !== 'string' || !text || text.length > MAX_RELAYED_BODY_CHARS) return;
    const observedAt = apply(pristine.now, window.Date, []) as number;
    bridge.send(OBSERVED_RESPONSE_EVENT, encodeRelayedResponse({ url, text, observedAt }));
  };
  const absolute = (url: unknown): string => {
    try {
      return call(pristine.href, new pristine.URL(pristine.String(url), window.location.href)) as string;
    } catch {
      return '';
    }
  };
  // A value a page object could have dressed (a toJSON on every object) is not the response's own JSON.
  const stringified = (value: unknown): string | undefined => {
    if ('toJSON' in {} || 'toJSON' in []) return undefined;
    return apply(pristine.stringify, window.JSON, [value]) as string | undefined;
  };

  const originalFetch = window.fetch;
  if (typeof originalFetch === 'function' && pristine.clone && pristine.text) {
    window.fetch = function fetch(this: unknown, ...args: Parameters<typeof originalFetch>) {
      let watched = '';
      try {
        const [input, ...rest] = args;
        if (input instanceof pristine.Request) watched = absolute(call(pristine.requestUrl, input));
        else {
          // Turned into a string once: what is checked is what is fetched (an object's toString could
          // answer differently each time it is asked).
          watched = absolute(input);
          args = [watched || input, ...rest] as Parameters<typeof originalFetch>;
        }
      } catch {
        watched = '';
      }
      const response = apply(originalFetch, this, args) as Promise<Response>;
      try {
        if (watched && watchedApiOf(watched)) {
          const onResponse = (res: Response) => {
            // The URL the browser fetched, after any redirect (the request's own for a made-up response).
            const url = absolute(call(pristine.responseUrl, res) || watched);
            if (!watchedApiOf(url)) return;
            const body = call(pristine.text, call(pristine.clone, res));
            call(
              pristine.promiseThen,
              body,
              (text: unknown) => relay(url, text),
              () => undefined,
            );
          };
          call(pristine.promiseThen, response, onResponse, () => undefined);
        }
      } catch {
        // Observing must never change what the page gets.
      }
      return response;
    } as typeof originalFetch;
  }

  const xhrUrls = new window.WeakMap<XMLHttpRequest, string>();
  const open = XhrProto?.open;
  const send = XhrProto?.send;
  if (XhrProto && typeof open === 'function' && typeof send === 'function') {
    XhrProto.open = function (this: XMLHttpRequest, ...args: unknown[]) {
      try {
        call(pristine.weakSet, xhrUrls, this, absolute(args[1]));
      } catch {}
      return apply(open as AnyFunction, this, args);
    } as typeof XhrProto.open;
    XhrProto.send = function (this: XMLHttpRequest, ...args: unknown[]) {
      try {
        const requested = (call(pristine.weakGet, xhrUrls, this) as string | undefined) ?? '';
        if (watchedApiOf(requested)) {
          call(pristine.addEventListener, this, 'loadend', () => {
            try {
              const url = absolute(call(pristine.xhrResponseUrl, this) || requested);
              if (!watchedApiOf(url)) return;
              const type = call(pristine.xhrResponseType, this);
              if (type === '' || type === 'text') relay(url, call(pristine.xhrResponseText, this));
              else if (type === 'json') relay(url, stringified(call(pristine.xhrResponse, this)));
            } catch {}
          });
        }
      } catch {}
      return apply(send as AnyFunction, this, args);
    } as typeof XhrProto.send;
  }

  // JSONP: the mtop client defines window[callback] before it inserts the script; wrap it then. Only a
  // call made while that script runs is its response: a page script calling the callback itself is not.
  const currentScript = () => call(pristine.currentScript, window.document);
  const wrapJsonp = (script: HTMLScriptElement) => {
    const url = absolute(call(pristine.scriptSrc, script));
    if (!watchedApiOf(url)) return;
    const params = call(pristine.searchParams, new pristine.URL(url));
    const callback = (call(pristine.getParam, params, 'callback') as string | null) ?? '';
    const globals = window as unknown as Record<string, unknown>;
    const original = globals[callback];
    if (!/^[\w$]+$/.test(callback) || typeof original !== 'function') return;
    globals[callback] = function (this: unknown, ...args: unknown[]) {
      try {
        if (currentScript() === script) relay(url, stringified(args[0]));
      } catch {}
      return apply(original as AnyFunction, this, args);
    };
  };
  // Only the direct children of <html>, <head> and <body>, where JSONP clients insert their scripts (the mtop
  // client and the common JSONP helpers append to head or body): watching the whole subtree made a
  // mutation record of every node the parser added, which cost a 50-order My Orders page 8-15 ms before
  // its load event. A <head> or <body> the parser adds later is watched when it appears.
  const watched = new WeakSet<Node>();
  const watch = (node: Node | null | undefined) => {
    if (!node || watched.has(node)) return;
    watched.add(node);
    scripts.observe(node, { childList: true });
  };
  const scripts = new window.MutationObserver((mutations) => {
    for (const mutation of mutations) {
      for (const node of mutation.addedNodes) {
        try {
          const name = (node as Element).tagName;
          if (name === 'SCRIPT') wrapJsonp(node as HTMLScriptElement);
          else if (name === 'HTML' || name === 'HEAD' || name === 'BODY') watch(node);
        } catch {}
      }
    }
  });
  const root = window.document.documentElement;
  watch(root ?? window.document);
  watch(window.document.head);
  watch(window.document.body);

  // The page never sees this; tests use it to start from a clean window.
  return () => {
    scripts.disconnect();
    if (window.fetch !== originalFetch) window.fetch = originalFetch;
    if (XhrProto) Object.assign(XhrProto, { open, send });
    window[INSTALLED] = false;
  };
}
