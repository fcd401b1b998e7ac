import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { BRIDGE_REPLAY_REQUEST, BRIDGE_SOURCE } from '../../../../lib/marketplaces/aliexpress/mtop-apis';
import { installMtopObserver } from '../../../../lib/marketplaces/aliexpress/mtop-observer';
import { createObservedResponseInbox } from '../../../../lib/marketplaces/aliexpress/observed-response-inbox';

const API = 'mtop.aliexpress.trade.buyer.order.list';
const LIST_URL = `https://acs.aliexpress.com/h5/${API}/1.0/?api=${API}&type=originaljson`;
const BODY = {
  api: API,
  ret: ['SUCCESS::ok'],
  data: { orderList: [{ orderId: '8000222333270000', statusText: 'Completed' }] },
};

type PageWindow = Parameters<typeof installMtopObserver>[0];

describe('the MAIN-world observer and the content script inbox', () => {
  let relayed: Array<{ url: string; text: string }>;
  let uninstall: () => void = () => undefined;
  function install() {
    uninstall = installMtopObserver(window as PageWindow);
  }
  const listener = (event: MessageEvent) => {
    if (event.data?.source === BRIDGE_SOURCE) relayed.push({ url: event.data.url, text: event.data.text });
  };

  beforeEach(() => {
    relayed = [];
    // As in browsers, a window's message to itself names that window as its source (happy-dom leaves it out).
    vi.spyOn(window, 'postMessage').mockImplementation((data: unknown) => {
      setTimeout(() =>
        window.dispatchEvent(new MessageEvent('message', { data, source: window as MessageEventSource })),
      );
    });
    window.addEventListener('message', listener);
  });
  afterEach(() => {
    uninstall();
    window.removeEventListener('message', listener);
    vi.restoreAllMocks();
  });

  const settle = () => new Promise((resolve) => setTimeout(resolve, 20));

  it('relays a watched fetch response and hands the page the same response', async () => {
    const pageFetch = vi.fn(async () => new Response(JSON.stringify(BODY)));
    window.fetch = pageFetch as unknown as typeof fetch;
    install();
    const response = await window.fetch(LIST_URL);
    expect(await response.json()).toEqual(BODY);
    expect(pageFetch).toHaveBeenCalledWith(LIST_URL);
    await settle();
    expect(relayed).toEqual([{ url: LIST_URL, text: JSON.stringify(BODY) }]);
  });

  it('leaves other requests alone', async () => {
    window.fetch = vi.fn(async () => new Response('{}')) as unknown as typeof fetch;
    install();
    await window.fetch('https://www.aliexpress.com/api/other');
    await settle();
    expect(relayed).toEqual([]);
  });

  it('relays a JSONP response through the page callback, which still runs', async () => {
    install();
    const pageCallback = vi.fn();
    (window as unknown as Record<string, unknown>).mtopjsonp7 = pageCallback;
    const script = document.createElement('script');
    script.src = `https://acs.aliexpress.com/h5/${API}/1.0/?api=${API}&type=jsonp&callback=mtopjsonp7`;
    document.head.append(script);
    await settle();
    (window as unknown as Record<string, (body: unknown) => void>).mtopjsonp7?.(BODY);
    await settle();
    expect(pageCallback).toHaveBeenCalledWith(BODY);
    expect(relayed).toEqual([{ url: script.src, text: JSON.stringify(BODY) }]);
    script.remove();
  });

  it('replays what it saw to a content script that starts later, which keeps the valid responses', async () => {
    window.fetch = vi.fn(async () => new Response(JSON.stringify(BODY))) as unknown as typeof fetch;
    install();
    await window.fetch(LIST_URL);
    await settle();
    const onResponse = vi.fn();
    const inbox = createObservedResponseInbox(window, onResponse);
    await settle();
    expect(inbox.responses().map((response) => [response.api, response.url])).toEqual([[API, LIST_URL]]);
    expect(onResponse).toHaveBeenCalledTimes(1);

    // A forged or broken message is not a response.
    window.postMessage({ source: BRIDGE_SOURCE, url: LIST_URL, text: 'mtopjsonp1({', observedAt: Date.now() }, '*');
    window.postMessage({ source: BRIDGE_SOURCE, url: 42, text: '{}' }, '*');
    await settle();
    expect(inbox.responses()).toHaveLength(1);
    inbox.stop();
  });

  it('installs once per window', () => {
    install();
    expect(installMtopObserver(window as PageWindow)()).toBeUndefined();
  });

  it('answers a replay request even with nothing seen', async () => {
    install();
    window.postMessage({ source: BRIDGE_REPLAY_REQUEST }, '*');
    await settle();
    expect(relayed).toEqual([]);
  });
});
