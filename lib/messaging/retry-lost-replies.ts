import { MessageError } from './message-error';

export interface RetryOptions {
  /** Tries in all, the first included. */
  attempts?: number;
  /** Wait before the second try; doubles for each one after. */
  firstDelayMs?: number;
  /** Stops retrying (a newer reading superseded this one, the content script was orphaned). */
  signal?: AbortSignal;
  sleep?: (ms: number) => Promise<void>;
}

/** A lost reply (worker stopped mid-way, restarting, updating) may succeed on a later try; an error reply will not. */
function isTransient(error: unknown): boolean {
  return !(error instanceof MessageError) || error.code === 'no-reply';
}

const wait = (ms: number) => new Promise<void>((resolve) => setTimeout(resolve, ms));

/**
 * Runs `send` again with backoff while its reply is lost: a service worker stopped while handling
 * a message rejects the send. Only for idempotent messages, which can be repeated without doing
 * their work twice. Error replies (invalid, forbidden, storage full) are final.
 */
export async function retryLostReplies<T>(
  send: () => Promise<T>,
  { attempts = 5, firstDelayMs = 250, signal, sleep = wait }: RetryOptions = {},
): Promise<T> {
  for (let attempt = 1; ; attempt++) {
    signal?.throwIfAborted();
    try {
      return await send();
    } catch (error) {
      if (attempt >= attempts || !isTransient(error)) throw error;
      await sleep(firstDelayMs * 2 ** (attempt - 1));
    }
  }
}
