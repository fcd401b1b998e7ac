import { describe, expect, it } from 'vitest';
import { fakeBrowser } from 'wxt/testing/fake-browser';
import { orderBadge, pageWords } from '../../../lib/badges/badge-text';
import { translatorFor } from '../../../lib/i18n/translator';
import { PROTOCOL } from '../../../lib/messaging/envelope';
import { MessageError } from '../../../lib/messaging/message-error';
import { sendFromContentScript } from '../../../lib/messaging/send-from-content-script';

/** The background's side: answers every message with `reply` and records what it got. */
function backgroundAnswering(reply: unknown): unknown[] {
  const received: unknown[] = [];
  fakeBrowser.runtime.onMessage.addListener(
    (message: unknown, _sender: unknown, sendResponse: (r: unknown) => void) => {
      received.push(message);
      sendResponse(reply);
      return true;
    },
  );
  return received;
}

const badge = orderBadge(
  {
    orderId: '8204417366541234',
    deadline: {
      kind: 'buyer-protection-ends',
      dueAt: 1_800_000_000_000,
      source: 'page',
      urgency: 'soon',
      label: 'Buyer protection ends',
    },
    advice: { title: 'Wait for the parcel', why: 'It is on its way.' },
  },
  1_799_000_000_000,
  translatorFor('es'),
);
const words = pageWords(translatorFor('es'));

describe('sendFromContentScript', () => {
  it('sends the protocol envelope and returns the pageReading reply with its badges', async () => {
    const reply = { created: 1, updated: 0, unchanged: 0, badges: [badge], words };
    const received = backgroundAnswering({ ok: true, data: reply });
    const reading = {
      ok: false as const,
      url: 'https://www.aliexpress.com/p/order/index.html',
      readAt: 1,
      reason: 'empty' as const,
      message: 'No orders.',
    };
    expect(await sendFromContentScript('pageReading', reading)).toEqual(reply);
    expect(received).toEqual([{ protocol: PROTOCOL, type: 'pageReading', payload: reading }]);
  });

  it('returns the openGuide reply', async () => {
    backgroundAnswering({ ok: true, data: { opened: 'tab' } });
    expect(await sendFromContentScript('openGuide', { orderId: '8204417366541234' })).toEqual({ opened: 'tab' });
  });

  it('rejects an answer its reply schema does not accept', async () => {
    backgroundAnswering({ ok: true, data: { opened: 'window' } });
    await expect(sendFromContentScript('openGuide', { orderId: '8204417366541234' })).rejects.toThrow();
  });

  it.each([
    [
      'an error reply',
      { ok: false, error: { code: 'forbidden-sender', message: 'Not from here.' } },
      'forbidden-sender',
    ],
    ['no reply at all', undefined, 'no-reply'],
    ['something that is not a reply', { hello: 'page' }, 'no-reply'],
  ])('throws a MessageError for %s', async (_, reply, code) => {
    backgroundAnswering(reply);
    const error = await sendFromContentScript('openGuide', { orderId: '8204417366541234' }).catch((e: unknown) => e);
    expect(error).toBeInstanceOf(MessageError);
    expect((error as MessageError).code).toBe(code);
  });
});
