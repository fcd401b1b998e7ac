import type * as z from 'zod/mini';
import { type ContentScriptMessage, contentScriptReplies } from './content-replies';
import type { RequestOf } from './protocol';
import { sendValidated } from './send-validated';

/**
 * sendMessage for content scripts: the same envelope and the same reply schemas, without importing
 * the whole protocol (every message's schemas), which would triple the content script's size.
 */
export async function sendFromContentScript<K extends ContentScriptMessage>(
  type: K,
  payload: RequestOf<K>,
): Promise<z.output<ReturnType<(typeof contentScriptReplies)[K]>>> {
  return (await sendValidated(type, payload, contentScriptReplies[type]())) as z.output<
    ReturnType<(typeof contentScriptReplies)[K]>
  >;
}
