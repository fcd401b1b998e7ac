import { afterEach, describe, expect, it, vi } from 'vitest';
import { OBSERVED_RESPONSE_EVENT } from '../../../../lib/marketplaces/aliexpress/mtop-apis';
import { installMtopObserver } from '../../../../lib/marketplaces/aliexpress/mtop-observer';
import { createObservedResponseInbox } from '../../../../lib/marketplaces/aliexpress/observed-response-inbox';
import {
  openRelayedResponseStore,
  relayedResponseStoreOf,
} from '../../../../lib/marketplaces/aliexpress/relayed-response-store';

// In a browser the observer runs in the page's world and the store in the content script's; here both
// share happy-dom's one world, which the bridge does not rely on either way.

const API = 'mtop.aliexpress.trade.buyer.order.list';
const LIST_URL = `https://acs.aliexpress.com/h5/${API}/1.0/?api=${API}&type=originaljson`;
const BODY = {
  api: API,
  ret: ['SUCCESS::ok'],
  data: { orderList: [{ orderId: '8000222333270000', statusText: 'Completed' }] },
};

type PageWindow = Parameters<typeof installMtopObserver>[0];
const STORE = Symbol.for('buyer-guard.relayed-responses');

let uninstall: () => void = () => undefined;

/** Both ends at document_start, as the manifest runs them (MAIN first here; the order does not matter). */
function startPage() {
  uninstall = installMtopObserver(window as PageWindow);
  return openRelayedResponseStore(window);
}

const settle = () => new Promise((resolve) => setTimeout(resolve, 20));

afterEach(async () => {
  uninstall();
  delete (window as unknown as Record<symbol, unknown>)[STORE];
  // The parser's next change closes any end still waiting, as in a browser.
  document.body.append(document.createElement('i'));
  await settle();
  document.body.replaceChildren();
  vi.restoreAllMocks();
});

describe('the MAIN-world observer and the content script inbox', () => {
  it('relays a watched fetch response and hands the page the same response', async () => {
    const pageFetch = vi.fn(async () => new Response(JSON.stringify(BODY)));
    window.fetch = pageFetch as unknown as typeof fetch;
    const store = startPage();
    const response = await window.fetch(LIST_URL);
    expect(await response.json()).toEqual(BODY);
    expect(pageFetch).toHaveBeenCalledWith(LIST_URL);
    await settle();
    expect(store.kept().map(({ url, text }) => ({ url, text }))).toEqual([
      { url: LIST_URL, text: JSON.stringify(BODY) },
    ]);
  });

  it.each([
    ['another API', 'https://www.aliexpress.com/api/other'],
    ['the API name on another host', `https://evil.example/h5/${API}/1.0/`],
    ['the API name in a data: URL', `data:application/json,${encodeURIComponent(JSON.stringify(BODY))}#/h5/${API}/`],
    ['plain http', `http://acs.aliexpress.com/h5/${API}/1.0/`],
    ['a look-alike host', `https://acs.aliexpress.com.evil.example/h5/${API}/1.0/`],
  ])('leaves %s alone', async (_name, url) => {
    window.fetch = vi.fn(async () => new Response(JSON.stringify(BODY))) as unknown as typeof fetch;
    const store = startPage();
    await window.fetch(url);
    await settle();
    expect(store.kept()).toEqual([]);
  });

  it('relays a JSONP response only from the call its own script makes; the page callback always runs', async () => {
    // happy-dom runs no external script: the test says which script is current, before the observer looks.
    let running: HTMLScriptElement | null = null;
    vi.spyOn(Document.prototype, 'currentScript', 'get').mockImplementation(() => running);
    const store = startPage();
    const pageCallback = vi.fn();
    (window as unknown as Record<string, unknown>).mtopjsonp7 = pageCallback;
    const script = document.createElement('script');
    script.src = `https://acs.aliexpress.com/h5/${API}/1.0/?api=${API}&type=jsonp&callback=mtopjsonp7`;
    document.head.append(script);
    await settle();
    const callback = (window as unknown as Record<string, (body: unknown) => void>).mtopjsonp7;

    // A page script calling the callback itself, with made-up orders: the page gets its call, nothing is relayed.
    const forged = { ...BODY, data: { orderList: [{ orderId: '8999999999999999' }] } };
    callback?.(forged);
    expect(pageCallback).toHaveBeenLastCalledWith(forged);
    expect(store.kept()).toEqual([]);

    // The JSONP script's own call, while it is the current script.
    running = script;
    callback?.(BODY);
    running = null;
    expect(pageCallback).toHaveBeenLastCalledWith(BODY);
    expect(store.kept().map(({ url, text }) => ({ url, text }))).toEqual([
      { url: script.src, text: JSON.stringify(BODY) },
    ]);
    script.remove();
  });

  it.each([
    ['<head>', () => document.head],
    ['<body>', () => document.body],
    [
      'a <body> the page put in place after the observer started',
      () => {
        const body = document.createElement('body');
        document.documentElement.replaceChild(body, document.body);
        return body;
      },
    ],
  ])('wraps the JSONP callback of a script appended to %s', async (_where, parent) => {
    const store = startPage();
    const target = parent();
    await settle();
    const pageCallback = vi.fn();
    (window as unknown as Record<string, unknown>).mtopjsonp8 = pageCallback;
    const script = document.createElement('script');
    script.src = `https://acs.aliexpress.com/h5/${API}/1.0/?api=${API}&type=jsonp&callback=mtopjsonp8`;
    target.append(script);
    await settle();
    // Wrapped: the global is the observer's function now, which still calls the page's.
    const callback = (window as unknown as Record<string, (body: unknown) => void>).mtopjsonp8;
    expect(callback).not.toBe(pageCallback);
    callback?.(BODY);
    expect(pageCallback).toHaveBeenLastCalledWith(BODY);
    expect(store.kept()).toEqual([]);
    script.remove();
  });

  it('hands a content script that starts later what was relayed before, keeping the valid responses', async () => {
    window.fetch = vi.fn(async () => new Response(JSON.stringify(BODY))) as unknown as typeof fetch;
    startPage();
    await window.fetch(LIST_URL);
    await settle();
    const onResponse = vi.fn();
    const inbox = createObservedResponseInbox(window, onResponse);
    expect(inbox.responses().map((response) => [response.api, response.url])).toEqual([[API, LIST_URL]]);

    window.fetch = vi.fn(async () => new Response('mtopjsonp1({')) as unknown as typeof fetch;
    uninstall();
    uninstall = installMtopObserver(window as PageWindow);
    expect(onResponse).not.toHaveBeenCalled();
    inbox.stop();
  });

  it('tells the content script about each later response', async () => {
    window.fetch = vi.fn(async () => new Response(JSON.stringify(BODY))) as unknown as typeof fetch;
    startPage();
    const onResponse = vi.fn();
    const inbox = createObservedResponseInbox(window, onResponse);
    await window.fetch(LIST_URL);
    await settle();
    expect(onResponse).toHaveBeenCalledTimes(1);
    expect(inbox.responses()).toHaveLength(1);
    inbox.stop();
    await window.fetch(LIST_URL);
    await settle();
    expect(onResponse).toHaveBeenCalledTimes(1);
  });

  it('takes nothing from page messages that imitate the old bridge or the new one', async () => {
    startPage();
    const onResponse = vi.fn();
    const inbox = createObservedResponseInbox(window, onResponse);
    const text = JSON.stringify(BODY);
    const message = { source: 'buyer-guard-mtop-observer', url: LIST_URL, text, observedAt: Date.now() };
    window.dispatchEvent(new MessageEvent('message', { data: message, source: window as MessageEventSource }));
    const encoded = `${Date.now()}\n${LIST_URL}\n${text}`;
    for (const target of [window, document, document.documentElement]) {
      target.dispatchEvent(new CustomEvent(OBSERVED_RESPONSE_EVENT, { detail: encoded, bubbles: true }));
    }
    // A page announcing its own node after both ends met is heard by no one.
    const pageNode = document.createElement('b');
    document.dispatchEvent(new MouseEvent('buyer-guard-bridge-hello', { relatedTarget: pageNode }));
    pageNode.dispatchEvent(new CustomEvent(OBSERVED_RESPONSE_EVENT, { detail: encoded }));
    await settle();
    expect(inbox.responses()).toEqual([]);
    expect(onResponse).not.toHaveBeenCalled();
    inbox.stop();
  });

  describe('a page script that rewrites the built-ins after document_start (issue 12, break 3)', () => {
    const FORGED = JSON.stringify({ ...BODY, data: { orderList: [{ orderId: '8000222333270000', leftTime: 1 }] } });
    const originals = {
      text: Response.prototype.text,
      clone: Response.prototype.clone,
      promiseThen: Promise.prototype.then,
      stringify: JSON.stringify,
    };
    afterEach(() => {
      Object.assign(Response.prototype, { text: originals.text, clone: originals.clone });
      // biome-ignore lint/suspicious/noThenProperty: restoring the built-in a test replaced.
      Promise.prototype.then = originals.promiseThen;
      JSON.stringify = originals.stringify;
    });

    it('cannot change what a fetch response says: Response.prototype.text and clone replaced', async () => {
      window.fetch = vi.fn(async () => new Response(JSON.stringify(BODY))) as unknown as typeof fetch;
      const store = startPage();
      Response.prototype.text = async () => FORGED;
      Response.prototype.clone = function (this: Response) {
        return new Response(FORGED);
      };
      await window.fetch(LIST_URL);
      await settle();
      Object.assign(Response.prototype, { text: originals.text, clone: originals.clone });
      expect(store.kept().map(({ text }) => text)).toEqual([JSON.stringify(BODY)]);
    });

    it('cannot intercept the body on its way: Promise.prototype.then replaced', async () => {
      window.fetch = vi.fn(async () => new Response(JSON.stringify(BODY))) as unknown as typeof fetch;
      const store = startPage();
      const then = originals.promiseThen;
      // biome-ignore lint/suspicious/noThenProperty: the attack replaces the built-in.
      Promise.prototype.then = function (
        this: Promise<unknown>,
        onFulfilled?: (value: unknown) => unknown,
        onRejected?: (reason: unknown) => unknown,
      ) {
        const forge = onFulfilled && ((value: unknown) => onFulfilled(typeof value === 'string' ? FORGED : value));
        return then.call(this, forge, onRejected);
      } as typeof Promise.prototype.then;
      await window.fetch(LIST_URL);
      // biome-ignore lint/suspicious/noThenProperty: restoring the built-in.
      Promise.prototype.then = then;
      await settle();
      expect(store.kept().map(({ text }) => text)).toEqual([JSON.stringify(BODY)]);
    });

    it('cannot change what a JSONP response says: JSON.stringify replaced, or a toJSON planted', async () => {
      let running: HTMLScriptElement | null = null;
      vi.spyOn(Document.prototype, 'currentScript', 'get').mockImplementation(() => running);
      const store = startPage();
      (window as unknown as Record<string, unknown>).mtopjsonp8 = vi.fn();
      const script = document.createElement('script');
      script.src = `https://acs.aliexpress.com/h5/${API}/1.0/?api=${API}&type=jsonp&callback=mtopjsonp8`;
      document.head.append(script);
      await settle();
      const callback = (window as unknown as Record<string, (body: unknown) => void>).mtopjsonp8;
      JSON.stringify = () => FORGED;
      running = script;
      callback?.(BODY);
      JSON.stringify = originals.stringify;
      // With a toJSON on every object, the text is not the response's: nothing is relayed.
      Object.defineProperty(Object.prototype, 'toJSON', { value: () => JSON.parse(FORGED), configurable: true });
      callback?.(BODY);
      delete (Object.prototype as { toJSON?: unknown }).toJSON;
      running = null;
      expect(store.kept().map(({ text }) => text)).toEqual([JSON.stringify(BODY)]);
      script.remove();
    });
  });

  it.each([
    ['the page’s own host', `https://www.aliexpress.com/h5/${API}/1.0/?api=${API}`],
    ['a language host', `https://es.aliexpress.com/h5/${API}/1.0/?api=${API}`],
    ['another AliExpress host', `https://feedback.aliexpress.com/h5/${API}/1.0/`],
  ])('takes responses from the mtop gateway only, not from %s', async (_name, url) => {
    window.fetch = vi.fn(async () => new Response(JSON.stringify(BODY))) as unknown as typeof fetch;
    const store = startPage();
    await window.fetch(url);
    await settle();
    expect(store.kept()).toEqual([]);
  });

  it('has nothing to give when the document_start end did not run', () => {
    expect(relayedResponseStoreOf(window)).toBeUndefined();
    expect(createObservedResponseInbox(window, vi.fn()).responses()).toEqual([]);
  });

  it('installs once per window', () => {
    startPage();
    expect(installMtopObserver(window as PageWindow)()).toBeUndefined();
  });
});
