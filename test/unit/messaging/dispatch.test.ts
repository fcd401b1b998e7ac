import { describe, expect, it, vi } from 'vitest';
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
    pageSeen: vi.fn(async () => ({ recorded: true })),
    getStatus: vi.fn(async () => ({ lastPage: null })),
  } as Partial<Handlers> as Handlers;
}

const pageSeen = {
  protocol: PROTOCOL,
  type: 'pageSeen',
  payload: { url: 'https://www.aliexpress.com/p/order/index.html', pageKind: 'order-list' },
};

describe('dispatchMessage', () => {
  it('runs the handler for a valid message from an allowed sender', async () => {
    const handlers = makeHandlers();
    const reply = await dispatchMessage(pageSeen, contentScript, self, handlers);
    expect(reply).toEqual({ ok: true, data: { recorded: true } });
    expect(handlers.pageSeen).toHaveBeenCalledWith(
      pageSeen.payload,
      expect.objectContaining({ senderKind: 'content-script' }),
    );
  });

  it.each([
    ['not an object', 'hello', 'invalid-message'],
    ['null', null, 'invalid-message'],
    ['another protocol', { ...pageSeen, protocol: 'other/1' }, 'invalid-message'],
    ['extra envelope keys', { ...pageSeen, extra: 1 }, 'invalid-message'],
    ['an unknown type', { ...pageSeen, type: 'deleteEverything' }, 'unknown-type'],
    ['an inherited property as type', { ...pageSeen, type: 'toString' }, 'unknown-type'],
    ['a payload of the wrong shape', { ...pageSeen, payload: { url: 42 } }, 'invalid-message'],
    ['a payload with extra keys', { ...pageSeen, payload: { ...pageSeen.payload, admin: true } }, 'invalid-message'],
    [
      'a javascript: url',
      { ...pageSeen, payload: { ...pageSeen.payload, url: 'javascript:alert(1)' } },
      'invalid-message',
    ],
  ])('rejects %s without running a handler', async (_name, raw, code) => {
    const handlers = makeHandlers();
    const reply = await dispatchMessage(raw, contentScript, self, handlers);
    expect(reply).toMatchObject({ ok: false, error: { code } });
    expect(handlers.pageSeen).not.toHaveBeenCalled();
  });

  it('rejects a message from a sender the message does not allow', async () => {
    const handlers = makeHandlers();
    const reply = await dispatchMessage(pageSeen, popup, self, handlers);
    expect(reply).toMatchObject({ ok: false, error: { code: 'forbidden-sender' } });
    expect(handlers.pageSeen).not.toHaveBeenCalled();
  });

  it('rejects a message from an unknown sender', async () => {
    const handlers = makeHandlers();
    const reply = await dispatchMessage(pageSeen, { ...contentScript, url: 'https://example.com/' }, self, handlers);
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
