import { describe, expect, it, vi } from 'vitest';
import { fakeBrowser } from 'wxt/testing/fake-browser';
import { MessageError, sendMessage, sendMessageWithRetry } from '../../../lib/messaging/send';

const pong = { ok: true, data: { version: '1.0.0', receivedAt: 1 } };
const channelClosed = new Error(
  'A listener indicated an asynchronous response by returning true, but the message channel closed before a response was received',
);

/** runtime.sendMessage answering from a script: an Error is thrown (lost reply), anything else is the reply. */
function replies(...script: unknown[]) {
  const calls: unknown[] = [];
  vi.spyOn(fakeBrowser.runtime, 'sendMessage').mockImplementation((async (message: unknown) => {
    calls.push(message);
    const next = script.length > 1 ? script.shift() : script[0];
    if (next instanceof Error) throw next;
    return next;
  }) as typeof fakeBrowser.runtime.sendMessage);
  return calls;
}

function recordSleeps() {
  const waits: number[] = [];
  return { waits, sleep: async (ms: number) => void waits.push(ms) };
}

describe('sendMessage', () => {
  it('wraps the request in the protocol envelope and returns the validated answer', async () => {
    const calls = replies(pong);
    await expect(sendMessage('ping', {})).resolves.toEqual({ version: '1.0.0', receivedAt: 1 });
    expect(calls).toEqual([{ protocol: 'buyer-guard/1', type: 'ping', payload: {} }]);
  });

  it.each([
    ['no reply at all', undefined, 'no-reply'],
    ['an error reply', { ok: false, error: { code: 'storage-full', message: 'full' } }, 'storage-full'],
  ])('throws a MessageError for %s', async (_name, reply, code) => {
    replies(reply);
    await expect(sendMessage('ping', {})).rejects.toMatchObject({ name: 'MessageError', code });
  });
});

describe('sendMessageWithRetry', () => {
  it.each([
    [0, 1, []],
    [1, 2, [250]],
    [3, 4, [250, 500, 1000]],
  ])('after %i lost replies, answers on try %i having waited %j', async (lost, tries, expectedWaits) => {
    const calls = replies(...Array(lost).fill(channelClosed), pong);
    const { waits, sleep } = recordSleeps();
    await expect(sendMessageWithRetry('ping', {}, { sleep })).resolves.toMatchObject({ version: '1.0.0' });
    expect(calls).toHaveLength(tries);
    expect(waits).toEqual(expectedWaits);
  });

  it('gives up after the last try with the transport error', async () => {
    const calls = replies(channelClosed);
    const { waits, sleep } = recordSleeps();
    await expect(sendMessageWithRetry('ping', {}, { attempts: 3, firstDelayMs: 10, sleep })).rejects.toBe(
      channelClosed,
    );
    expect(calls).toHaveLength(3);
    expect(waits).toEqual([10, 20]);
  });

  it('retries a reply that is not one (undefined: the listener went away)', async () => {
    const calls = replies(undefined, pong);
    await expect(sendMessageWithRetry('ping', {}, recordSleeps())).resolves.toMatchObject({ receivedAt: 1 });
    expect(calls).toHaveLength(2);
  });

  it.each(['invalid-message', 'forbidden-sender', 'handler-failed', 'storage-full'])(
    'never repeats a message the background answered with %s',
    async (code) => {
      const calls = replies({ ok: false, error: { code, message: 'no' } });
      const error = await sendMessageWithRetry('ping', {}, recordSleeps()).catch((e: unknown) => e);
      expect(error).toBeInstanceOf(MessageError);
      expect(error).toMatchObject({ code });
      expect(calls).toHaveLength(1);
    },
  );

  it('stops when its signal is aborted between tries', async () => {
    const controller = new AbortController();
    const calls = replies(channelClosed);
    const sleep = async () => controller.abort(new Error('superseded'));
    await expect(sendMessageWithRetry('ping', {}, { signal: controller.signal, sleep })).rejects.toThrow('superseded');
    expect(calls).toHaveLength(1);
  });

  it('waits for real between tries by default', async () => {
    vi.useFakeTimers();
    try {
      const calls = replies(channelClosed, pong);
      const answer = sendMessageWithRetry('ping', {}, { firstDelayMs: 1000 });
      await vi.advanceTimersByTimeAsync(999);
      expect(calls).toHaveLength(1);
      await vi.advanceTimersByTimeAsync(1);
      await expect(answer).resolves.toMatchObject({ version: '1.0.0' });
      expect(calls).toHaveLength(2);
    } finally {
      vi.useRealTimers();
    }
  });
});
