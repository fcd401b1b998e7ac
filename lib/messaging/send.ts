import type { MessageType, RequestOf, ResponseOf } from './protocol';
import { messages } from './protocol';
import { sendValidated } from './send-validated';

export { MessageError } from './message-error';

/** Sends a typed request to the background and returns its validated answer. */
export async function sendMessage<K extends MessageType>(type: K, payload: RequestOf<K>): Promise<ResponseOf<K>> {
  return (await sendValidated(type, payload, messages[type].response)) as ResponseOf<K>;
}
