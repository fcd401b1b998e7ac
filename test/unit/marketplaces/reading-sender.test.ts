import { describe, expect, it, vi } from 'vitest';
import { createReadingSender } from '../../../lib/marketplaces/reading-sender';
import type { PageReading } from '../../../lib/model/reading';

const reading = (statusText: string): PageReading => ({
  ok: true,
  pageKind: 'order-list',
  url: 'https://www.aliexpress.com/p/order/index.html',
  readAt: 1,
  orders: [{ marketplace: 'aliexpress', orderId: '8204417366541234', statusText }],
  diagnostics: { missing: [], disagreements: [], sources: ['dom'] },
});
const statusOf = (r: PageReading) => (r.ok ? r.orders[0]?.statusText : undefined);

/** A deliver function whose calls the test settles by hand, in any order. */
function manualDelivery() {
  const pending: { status: string | undefined; resolve: (v: string) => void; reject: (e: unknown) => void }[] = [];
  const deliver = vi.fn(
    (r: PageReading, _signal: AbortSignal) =>
      new Promise<string>((resolve, reject) => {
        pending.push({ status: statusOf(r), resolve, reject });
      }),
  );
  return { deliver, pending };
}

const settle = () => new Promise((resolve) => setTimeout(resolve, 0));

describe('createReadingSender', () => {
  it('delivers readings one at a time, in the order they were read', async () => {
    const { deliver, pending } = manualDelivery();
    const replies: string[] = [];
    const sender = createReadingSender({
      deliver,
      onReply: (_r, reply, readAt: number) => replies.push(`${reply}@${readAt}`),
    });
    sender.send(reading('Awaiting delivery'), 1);
    sender.send(reading('Completed'), 2);
    await settle();
    expect(pending.map((p) => p.status)).toEqual(['Awaiting delivery']);
    pending[0]?.resolve('first');
    await settle();
    expect(pending.map((p) => p.status)).toEqual(['Awaiting delivery', 'Completed']);
    pending[1]?.resolve('second');
    await settle();
    // Each reply comes with what its own reading was sent with.
    expect(replies).toEqual(['first@1', 'second@2']);
  });

  it('does not send the same reading twice in a row', async () => {
    const deliver = vi.fn(async () => 'ok');
    const sender = createReadingSender({ deliver, onReply: () => {} });
    sender.send(reading('Awaiting delivery'));
    sender.send({ ...reading('Awaiting delivery'), readAt: 99 });
    await settle();
    expect(deliver).toHaveBeenCalledTimes(1);
  });

  it('a reading the background refused for a limit is read and sent again once the wait it named is over', async () => {
    vi.useFakeTimers();
    try {
      const deliver = vi.fn(async () => ({ refused: { retryAfterMs: 30_000 } }));
      const onRetryDue = vi.fn();
      const sender = createReadingSender({
        deliver,
        onReply: () => {},
        retryAfterMs: (reply) => reply.refused?.retryAfterMs,
        onRetryDue,
      });
      sender.send(reading('Awaiting delivery'));
      await vi.advanceTimersByTimeAsync(0);
      expect(deliver).toHaveBeenCalledTimes(1);
      await vi.advanceTimersByTimeAsync(29_999);
      expect(onRetryDue).not.toHaveBeenCalled();
      await vi.advanceTimersByTimeAsync(1);
      expect(onRetryDue).toHaveBeenCalledTimes(1);
      // The same reading is not "already sent": it goes again.
      sender.send(reading('Awaiting delivery'));
      await vi.advanceTimersByTimeAsync(0);
      expect(deliver).toHaveBeenCalledTimes(2);
      // Stopped: no more retries.
      sender.stop();
      await vi.advanceTimersByTimeAsync(60_000);
      expect(onRetryDue).toHaveBeenCalledTimes(1);
    } finally {
      vi.useRealTimers();
    }
  });

  it('sends a reading again after giving up on it, and goes on with the next one meanwhile', async () => {
    const { deliver, pending } = manualDelivery();
    const onGiveUp = vi.fn();
    const replies: string[] = [];
    const sender = createReadingSender({ deliver, onReply: (_r, reply) => replies.push(reply), onGiveUp });
    sender.send(reading('Awaiting delivery'));
    sender.send(reading('Completed'));
    await settle();
    pending[0]?.reject(new Error('worker gone'));
    await settle();
    expect(onGiveUp).toHaveBeenCalledWith(expect.objectContaining({ ok: true }), new Error('worker gone'));
    expect(pending.map((p) => p.status)).toEqual(['Awaiting delivery', 'Completed']);
    pending[1]?.resolve('completed');
    sender.send(reading('Completed'));
    await settle();
    expect(pending).toHaveLength(2);
    // The failed reading is not "already sent": when the page shows it again, it goes again.
    sender.send(reading('Awaiting delivery'));
    await settle();
    expect(pending.map((p) => p.status)).toEqual(['Awaiting delivery', 'Completed', 'Awaiting delivery']);
    expect(replies).toEqual(['completed']);
  });

  it('after stop, sends nothing and reports no reply of a delivery under way', async () => {
    const { deliver, pending } = manualDelivery();
    const onReply = vi.fn();
    const onGiveUp = vi.fn();
    const sender = createReadingSender<string>({ deliver, onReply, onGiveUp });
    sender.send(reading('Awaiting delivery'));
    sender.send(reading('Completed'));
    await settle();
    expect(deliver.mock.calls[0]?.[1].aborted).toBe(false);
    sender.stop();
    expect(deliver.mock.calls[0]?.[1].aborted).toBe(true);
    pending[0]?.resolve('late');
    sender.send(reading('Shipped'));
    await settle();
    expect(onReply).not.toHaveBeenCalled();
    expect(onGiveUp).not.toHaveBeenCalled();
    expect(deliver).toHaveBeenCalledTimes(1);
  });
});
