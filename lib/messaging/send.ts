import { browser } from 'wxt/browser';
import {
  type ErrorCode,
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
