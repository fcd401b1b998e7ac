import { describe, expect, it, vi } from 'vitest';
import { pageWords } from '../../../lib/badges/badge-text';
import { translatorFor } from '../../../lib/i18n/translator';
import { dispatchMessage, type Handlers } from '../../../lib/messaging/dispatch';
import { PROTOCOL } from '../../../lib/messaging/protocol';

const self = { id: 'ext-id', baseUrl: 'chrome-extension://ext-id/' };
const popup = { id: 'ext-id', url: 'chrome-extension://ext-id/popup.html' };
const contentScript = {
  id: 'ext-id',
  url: 'https://www.aliexpress.com/p/order/index.html',
  tab: { id: 1 },
  frameId: 0,
};

// Only the handlers these tests call; the rest would be a programming error to reach.
function makeHandlers(): Handlers {
  return {
    ping: vi.fn(() => ({ version: '1.0.0', receivedAt: 1 })),
    pageReading: vi.fn(async () => ({
      created: 1,
      updated: 0,
      unchanged: 0,
      badges: [],
      words: pageWords(translatorFor('en')),
    })),
    getStatus: vi.fn(async () => ({ lastPage: null, lastReading: null })),
  } as Partial<Handlers> as Handlers;
}

const order = { marketplace: 'aliexpress', orderId: '8204417366541234', statusText: 'Awaiting delivery' };
const reading = {
  ok: true,
  pageKind: 'order-list',
  url: 'https://www.aliexpress.com/p/order/index.html',
  readAt: 1_795_165_200_000,
  orders: [order],
  diagnostics: { missing: [], disagreements: [], sources: ['dom'] },
};
const pageReading = { protocol: PROTOCOL, type: 'pageReading', payload: reading };

describe('dispatchMessage', () => {
  it('runs the handler for a valid message from an allowed sender', async () => {
    const handlers = makeHandlers();
    const reply = await dispatchMessage(pageReading, contentScript, self, handlers);
    expect(reply).toEqual({
      ok: true,
      data: { created: 1, updated: 0, unchanged: 0, badges: [], words: pageWords(translatorFor('en')) },
    });
    expect(handlers.pageReading).toHaveBeenCalledWith(
      pageReading.payload,
      expect.objectContaining({ senderKind: 'content-script' }),
    );
  });

  it.each([
    ['not an object', 'hello', 'invalid-message'],
    ['null', null, 'invalid-message'],
    ['another protocol', { ...pageReading, protocol: 'other/1' }, 'invalid-message'],
    ['extra envelope keys', { ...pageReading, extra: 1 }, 'invalid-message'],
    ['an unknown type', { ...pageReading, type: 'deleteEverything' }, 'unknown-type'],
    ['an inherited property as type', { ...pageReading, type: 'toString' }, 'unknown-type'],
    ['a payload of the wrong shape', { ...pageReading, payload: { url: 42 } }, 'invalid-message'],
    ['a javascript: url', { ...pageReading, payload: { ...reading, url: 'javascript:alert(1)' } }, 'invalid-message'],
    [
      'an http url',
      { ...pageReading, payload: { ...reading, url: 'http://www.aliexpress.com/p/order/index.html' } },
      'invalid-message',
    ],
    ['501 orders', { ...pageReading, payload: { ...reading, orders: Array(501).fill(order) } }, 'invalid-message'],
    [
      'a reading over 2 MB',
      { ...pageReading, payload: { ...reading, orders: [{ ...order, statusText: 'x'.repeat(2_000_001) }] } },
      'invalid-message',
    ],
  ])('rejects %s without running a handler', async (_name, raw, code) => {
    const handlers = makeHandlers();
    const reply = await dispatchMessage(raw, contentScript, self, handlers);
    expect(reply).toMatchObject({ ok: false, error: { code } });
    expect(handlers.pageReading).not.toHaveBeenCalled();
  });

  it('drops keys a reading does not have before the handler sees it', async () => {
    const handlers = makeHandlers();
    await dispatchMessage({ ...pageReading, payload: { ...reading, admin: true } }, contentScript, self, handlers);
    expect(handlers.pageReading).toHaveBeenCalledWith(reading, expect.anything());
  });

  it('rejects a message from a sender the message does not allow', async () => {
    const handlers = makeHandlers();
    const reply = await dispatchMessage(pageReading, popup, self, handlers);
    expect(reply).toMatchObject({ ok: false, error: { code: 'forbidden-sender' } });
    expect(handlers.pageReading).not.toHaveBeenCalled();
  });

  it('rejects a message from an unknown sender', async () => {
    const handlers = makeHandlers();
    const reply = await dispatchMessage(pageReading, { ...contentScript, url: 'https://example.com/' }, self, handlers);
    expect(reply).toMatchObject({ ok: false, error: { code: 'forbidden-sender' } });
  });

  it('turns a handler failure into an error reply', async () => {
    const handlers = { ...makeHandlers(), getStatus: async () => Promise.reject(new Error('disk full')) };
    const reply = await dispatchMessage({ protocol: PROTOCOL, type: 'getStatus', payload: {} }, popup, self, handlers);
    expect(reply).toEqual({ ok: false, error: { code: 'handler-failed', message: 'disk full' } });
  });

  it('reports a full disk as storage-full, also when Dexie wraps the error', async () => {
    const quota = Object.assign(new Error('AbortError'), { name: 'AbortError', inner: { name: 'QuotaExceededError' } });
    const handlers = { ...makeHandlers(), getStatus: async () => Promise.reject(quota) };
    const reply = await dispatchMessage({ protocol: PROTOCOL, type: 'getStatus', payload: {} }, popup, self, handlers);
    expect(reply).toMatchObject({ ok: false, error: { code: 'storage-full' } });
  });

  it('rejects a handler answer that breaks the response schema', async () => {
    const handlers = { ...makeHandlers(), ping: () => ({ version: 3 }) as never };
    const reply = await dispatchMessage({ protocol: PROTOCOL, type: 'ping', payload: {} }, popup, self, handlers);
    expect(reply).toMatchObject({ ok: false, error: { code: 'handler-failed' } });
  });
});
