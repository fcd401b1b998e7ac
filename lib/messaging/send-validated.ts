import { browser } from 'wxt/browser';
import * as z from 'zod/mini';
import { PROTOCOL, replySchema } from './envelope';
import { MessageError } from './message-error';

/** Sends a message to the background and returns its answer once `response` accepts it; throws MessageError otherwise. */
export async function sendValidated<Schema extends z.core.$ZodType>(
  type: string,
  payload: unknown,
  response: Schema,
): Promise<z.output<Schema>> {
  const raw: unknown = await browser.runtime.sendMessage({ protocol: PROTOCOL, type, payload });
  const reply = replySchema().safeParse(raw);
  if (!reply.success) throw new MessageError('no-reply', `No valid reply to "${type}".`);
  if (!reply.data.ok) throw new MessageError(reply.data.error.code, reply.data.error.message);
  return z.parse(response, reply.data.data);
}
