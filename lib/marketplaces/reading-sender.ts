import type { PageReading } from '../model/reading';
import { readingKey } from './reading-key';

export interface ReadingSenderOptions<Reply, Context> {
  /** Delivers one reading (retrying lost replies itself); rejects when it gave up or was stopped. */
  deliver: (reading: PageReading, signal: AbortSignal) => Promise<Reply>;
  /** `context` is what `send` was given with the reading (when it was read, say). */
  onReply: (reading: PageReading, reply: Reply, context: Context) => void;
  onGiveUp?: (reading: PageReading, error: unknown) => void;
  /**
   * How long the background asked to wait before the page is read again (it refused the reading, or
   * some of its new orders, for a limit); undefined when it stored everything.
   */
  retryAfterMs?: (reply: Reply) => number | undefined;
  /** The wait asked for is over: read the page again (the same reading is then sent again). */
  onRetryDue?: () => void;
}

export interface ReadingSender<Context> {
  send(reading: PageReading, context: Context): void;
  /** The content script is going away: no more tries, no more replies. */
  stop(): void;
}

/**
 * Hands a page's readings to the background one at a time, in the order they were read: a
 * reading still being retried is never overtaken by a newer one (the background merges the
 * last one it gets, so a late older reading would undo a newer one). A reading identical to the
 * last one delivered or queued is not sent again; one that could not be delivered will be
 * sent again the next time the page is read.
 */
export function createReadingSender<Reply, Context = void>(
  options: ReadingSenderOptions<Reply, Context>,
): ReadingSender<Context> {
  const stopped = new AbortController();
  let lastKey = '';
  let queue: Promise<void> = Promise.resolve();

  const deliverOne = async (reading: PageReading, key: string, context: Context) => {
    if (stopped.signal.aborted) return;
    try {
      const reply = await options.deliver(reading, stopped.signal);
      if (stopped.signal.aborted) return;
      options.onReply(reading, reply, context);
      const wait = options.retryAfterMs?.(reply);
      if (wait !== undefined) {
        // Not stored (all or part): the same reading must go again once the background takes it.
        if (lastKey === key) lastKey = '';
        const timer = setTimeout(() => options.onRetryDue?.(), wait);
        stopped.signal.addEventListener('abort', () => clearTimeout(timer));
      }
    } catch (error) {
      if (stopped.signal.aborted) return;
      if (lastKey === key) lastKey = '';
      options.onGiveUp?.(reading, error);
    }
  };

  return {
    send(reading, context) {
      const key = readingKey(reading);
      if (key === lastKey || stopped.signal.aborted) return;
      lastKey = key;
      queue = queue.then(() => deliverOne(reading, key, context));
    },
    stop() {
      stopped.abort();
    },
  };
}
