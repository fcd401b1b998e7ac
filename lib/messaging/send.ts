import { browser } from 'wxt/browser';
import {
  type ErrorCode,
  type IdempotentMessageType,
  type MessageType,
  messages,
  PROTOCOL,
  type RequestOf,
  type ResponseOf,
  replySchema,
} from './protocol';

export class MessageError extends Error {
  constructor(
    readonly code: ErrorCode | 'no-reply',
    message: string,
  ) {
    super(message);
    this.name = 'MessageError';
  }
}

/** Sends a typed request to the background and returns its validated answer. */
export async function sendMessage<K extends MessageType>(type: K, payload: RequestOf<K>): Promise<ResponseOf<K>> {
  const raw: unknown = await browser.runtime.sendMessage({ protocol: PROTOCOL, type, payload });
  const reply = replySchema.safeParse(raw);
  if (!reply.success) throw new MessageError('no-reply', `No valid reply to "${type}".`);
  if (!reply.data.ok) throw new MessageError(reply.data.error.code, reply.data.error.message);
  return messages[type].response.parse(reply.data.data) as ResponseOf<K>;
}

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
 * Sends an idempotent message, trying again with backoff while its reply is lost: a service
 * worker stopped while handling it rejects the send, and an idempotent message can be repeated
 * without doing its work twice. Error replies (invalid, forbidden, storage full) are final.
 */
export async function sendMessageWithRetry<K extends IdempotentMessageType>(
  type: K,
  payload: RequestOf<K>,
  { attempts = 5, firstDelayMs = 250, signal, sleep = wait }: RetryOptions = {},
): Promise<ResponseOf<K>> {
  for (let attempt = 1; ; attempt++) {
    signal?.throwIfAborted();
    try {
      return await sendMessage(type, payload);
    } catch (error) {
      if (attempt >= attempts || !isTransient(error)) throw error;
      await sleep(firstDelayMs * 2 ** (attempt - 1));
    }
  }
}
