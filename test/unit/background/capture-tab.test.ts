import { describe, expect, it, vi } from 'vitest';
import { fakeBrowser } from 'wxt/testing/fake-browser';
import { browserTabCapture } from '../../../lib/background/browser-tab-capture';
import { type CapturableTab, captureMarketplaceTab, type TabCaptureApi } from '../../../lib/background/capture-tab';
import { isMarketplaceUrl } from '../../../lib/background/is-marketplace-url';
import { createBackground } from '../../../lib/background/service';
import { translatorFor } from '../../../lib/i18n/translator';
import { dispatchMessage } from '../../../lib/messaging/dispatch';
import { freshDatabase, tableDeriver } from './test-data';

const PNG = 'data:image/png;base64,iVBORw0KGgo=';
const ORDERS = 'https://www.aliexpress.com/p/order/index.html';

/** Tabs in windows, as Chrome keeps them: one active tab per window; records every call in order. */
function fakeTabs(tabs: Record<number, CapturableTab>, capture: (windowId: number) => Promise<string>) {
  const calls: string[] = [];
  const api: TabCaptureApi = {
    getTab: async (id) => {
      const tab = tabs[id];
      if (!tab) throw new Error(`No tab with id: ${id}.`);
      return { ...tab };
    },
    activateTab: async (id) => {
      calls.push(`activate ${id}`);
      const tab = tabs[id];
      if (!tab) throw new Error(`No tab with id: ${id}.`);
      for (const other of Object.values(tabs)) if (other.windowId === tab.windowId) other.active = false;
      tab.active = true;
    },
    focusWindow: async (windowId) => {
      calls.push(`focus window ${windowId}`);
    },
    captureVisibleTab: async (windowId) => {
      const shown = Object.entries(tabs).find(([, tab]) => tab.windowId === windowId && tab.active)?.[0];
      calls.push(`capture window ${windowId} showing ${shown}`);
      return capture(windowId);
    },
    settle: async () => {
      calls.push('settle');
    },
  };
  return { api, calls, tabs };
}

describe('isMarketplaceUrl', () => {
  it.each([
    [ORDERS, true],
    ['https://de.aliexpress.com/item/1005006123456789.html', true],
    ['https://www.aliexpress.us/p/order/detail.html?orderId=1', true],
    ['https://aliexpress.com/', true],
    ['http://www.aliexpress.com/p/order/index.html', false],
    ['https://www.aliexpress.com.evil.example/p/order/index.html', false],
    ['https://aliexpress.ru/order-list', false],
    ['chrome-extension://abc/evidence.html', false],
    ['not a url', false],
  ])('%s → %s', (url, expected) => {
    expect(isMarketplaceUrl(url)).toBe(expected);
  });
});

describe('captureMarketplaceTab', () => {
  it('brings the AliExpress tab to the front, captures it and gives the front back to the workspace', async () => {
    const { api, calls, tabs } = fakeTabs(
      {
        7: { windowId: 1, active: false, url: ORDERS, title: 'My Orders - AliExpress' },
        9: { windowId: 1, active: true, url: undefined },
      },
      async () => PNG,
    );
    const result = await captureMarketplaceTab(api, 7, 9);
    expect(result).toEqual({ ok: true, dataUrl: PNG, url: ORDERS, title: 'My Orders - AliExpress' });
    expect(calls).toEqual([
      'activate 7',
      'focus window 1',
      'settle',
      'capture window 1 showing 7',
      'activate 9',
      'focus window 1',
    ]);
    expect(tabs[9]?.active).toBe(true);
  });

  it('captures a tab already in front without switching, and returns focus across windows', async () => {
    const inFront = fakeTabs({ 7: { windowId: 1, active: true, url: ORDERS } }, async () => PNG);
    expect(await captureMarketplaceTab(inFront.api, 7)).toMatchObject({ ok: true, title: '' });
    expect(inFront.calls).toEqual(['capture window 1 showing 7']);

    const otherWindow = fakeTabs(
      { 7: { windowId: 1, active: true, url: ORDERS }, 9: { windowId: 2, active: true } },
      async () => PNG,
    );
    expect(await captureMarketplaceTab(otherWindow.api, 7, 9)).toMatchObject({ ok: true });
    expect(otherWindow.calls).toEqual([
      'activate 7',
      'focus window 1',
      'settle',
      'capture window 1 showing 7',
      'activate 9',
      'focus window 2',
    ]);
  });

  it.each([
    ['a closed tab', {}, 'tab-gone', /closed/],
    ['a tab without the activeTab grant (URL hidden)', { 7: { windowId: 1, active: false } }, 'no-access', /icon/],
    [
      'a tab that left AliExpress',
      { 7: { windowId: 1, active: false, url: 'https://example.com/' } },
      'not-marketplace',
      /AliExpress page/,
    ],
    [
      'an AliExpress page over http',
      { 7: { windowId: 1, active: false, url: 'http://www.aliexpress.com/' } },
      'not-marketplace',
      /AliExpress page/,
    ],
  ] as const)('refuses %s before touching any tab', async (_name, tabs, reason, message) => {
    const { api, calls } = fakeTabs({ ...tabs, 9: { windowId: 1, active: true } }, async () => PNG);
    const result = await captureMarketplaceTab(api, 7, 9);
    expect(result).toEqual({ ok: false, reason, message: expect.stringMatching(message) });
    expect(calls).toEqual([]);
  });

  it.each([
    ["Either the '<all_urls>' or 'activeTab' permission is required.", 'no-access'],
    ['Failed to capture tab: view is invisible', 'capture-failed'],
  ])('turns the browser’s refusal "%s" into %s and still gives the front back', async (error, reason) => {
    const { api, calls } = fakeTabs(
      { 7: { windowId: 1, active: false, url: ORDERS }, 9: { windowId: 1, active: true } },
      async () => {
        throw new Error(error);
      },
    );
    const result = await captureMarketplaceTab(api, 7, 9);
    expect(result).toMatchObject({ ok: false, reason });
    expect(calls.slice(-2)).toEqual(['activate 9', 'focus window 1']);
  });

  it('refuses an image that is not a PNG data URL', async () => {
    const { api } = fakeTabs(
      { 7: { windowId: 1, active: true, url: ORDERS } },
      async () => 'data:image/jpeg;base64,/9j/',
    );
    expect(await captureMarketplaceTab(api, 7)).toMatchObject({ ok: false, reason: 'capture-failed' });
  });

  it('still answers when the workspace tab closed meanwhile', async () => {
    const { api } = fakeTabs({ 7: { windowId: 1, active: false, url: ORDERS } }, async () => PNG);
    expect(await captureMarketplaceTab(api, 7, 9)).toMatchObject({ ok: true });
  });
});

describe('browserTabCapture', () => {
  it('reads tabs and switches them through browser.tabs and browser.windows', async () => {
    const window = await fakeBrowser.windows.create({ focused: true });
    if (!window) throw new Error('no window');
    const workspace = await fakeBrowser.tabs.create({
      windowId: window.id,
      url: 'chrome-extension://x/evidence.html',
      active: true,
    });
    const shop = await fakeBrowser.tabs.create({ windowId: window.id, url: ORDERS });
    const capture = vi.fn(async () => PNG);
    fakeBrowser.tabs.captureVisibleTab = capture as typeof fakeBrowser.tabs.captureVisibleTab;
    const api = browserTabCapture();
    expect(await api.getTab(shop.id as number)).toEqual({
      windowId: window.id,
      active: false,
      url: ORDERS,
      title: undefined,
    });
    expect(await captureMarketplaceTab(api, shop.id as number, workspace.id)).toMatchObject({ ok: true, dataUrl: PNG });
    expect(capture).toHaveBeenCalledWith(window.id, { format: 'png' });
    expect((await fakeBrowser.tabs.get(workspace.id as number)).active).toBe(true);
    expect(await captureMarketplaceTab(api, 4242, workspace.id)).toMatchObject({ ok: false, reason: 'tab-gone' });
  });
});

describe('a refusal in the buyer’s language', () => {
  it('says why in Spanish and Polish, with the browser’s own detail kept as it came', async () => {
    const closed = fakeTabs({ 9: { windowId: 1, active: true } }, async () => PNG);
    expect(await captureMarketplaceTab(closed.api, 7, 9, translatorFor('es'))).toEqual({
      ok: false,
      reason: 'tab-gone',
      message: 'La pestaña de AliExpress está cerrada, así que no hay nada que capturar.',
    });
    const failing = fakeTabs({ 7: { windowId: 1, active: true, url: ORDERS } }, async () => {
      throw new Error('Failed to capture tab: view is invisible');
    });
    expect(await captureMarketplaceTab(failing.api, 7, undefined, translatorFor('pl'))).toMatchObject({
      reason: 'capture-failed',
      message: 'Przeglądarka odmówiła zrobienia zrzutu karty. (Failed to capture tab: view is invisible)',
    });
  });
});

describe('the captureTab message', () => {
  const self = { id: 'ext', baseUrl: 'chrome-extension://ext/' };
  const workspace = { id: 'ext', url: 'chrome-extension://ext/evidence.html?order=8100000000000001', tab: { id: 9 } };
  const envelope = (payload: unknown) => ({ protocol: 'buyer-guard/1', type: 'captureTab', payload });

  function background() {
    const { api, calls } = fakeTabs(
      { 7: { windowId: 1, active: false, url: ORDERS, title: 'My Orders' }, 9: { windowId: 1, active: true } },
      async () => PNG,
    );
    const { handlers } = createBackground({
      db: freshDatabase(),
      now: () => 0,
      timeZone: () => 'UTC',
      deriveDeadlines: tableDeriver,
      tabCapture: api,
    });
    return { handlers, calls };
  }

  it('answers an extension page with the image and returns the front to the asking tab', async () => {
    const { handlers, calls } = background();
    const reply = await dispatchMessage(envelope({ tabId: 7 }), workspace, self, handlers);
    expect(reply).toEqual({ ok: true, data: { ok: true, dataUrl: PNG, url: ORDERS, title: 'My Orders' } });
    expect(calls.at(-2)).toBe('activate 9');
  });

  it('is not accepted from a content script, nor with a bad tab id', async () => {
    const { handlers, calls } = background();
    const content = { id: 'ext', url: ORDERS, frameId: 0, tab: { id: 7, url: ORDERS } };
    expect(await dispatchMessage(envelope({ tabId: 7 }), content, self, handlers)).toMatchObject({
      ok: false,
      error: { code: 'forbidden-sender' },
    });
    for (const tabId of [-1, 1.5, '7']) {
      expect(await dispatchMessage(envelope({ tabId }), workspace, self, handlers)).toMatchObject({
        ok: false,
        error: { code: 'invalid-message' },
      });
    }
    expect(calls).toEqual([]);
  });
});
