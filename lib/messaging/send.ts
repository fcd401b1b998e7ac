import type { IdempotentMessageType, MessageType, RequestOf, ResponseOf } from './protocol';
import { messages } from './protocol';
import { type RetryOptions, retryLostReplies } from './retry-lost-replies';
import { sendValidated } from './send-validated';

export { MessageError } from './message-error';
export type { RetryOptions } from './retry-lost-replies';

/** Sends a typed request to the background and returns its validated answer. */
export async function sendMessage<K extends MessageType>(type: K, payload: RequestOf<K>): Promise<ResponseOf<K>> {
  return (await sendValidated(type, payload, messages[type].response())) as ResponseOf<K>;
}

/** sendMessage for an idempotent message, sent again with backoff while its reply is lost. */
export function sendMessageWithRetry<K extends IdempotentMessageType>(
  type: K,
  payload: RequestOf<K>,
  options?: RetryOptions,
): Promise<ResponseOf<K>> {
  return retryLostReplies(() => sendMessage(type, payload), options);
}
