import * as z from 'zod/mini';
import {
  type ErrorCode,
  envelopeSchema,
  isMessageType,
  type MessageSpec,
  type MessageType,
  messages,
  type ParsedRequestOf,
  type Reply,
  type ResponseOf,
  type SenderKind,
} from './protocol';
import { classifySender, type ExtensionIdentity, type SenderInfo } from './sender-policy';

export interface HandlerContext {
  sender: SenderInfo;
  senderKind: SenderKind;
}

export type Handlers = {
  [K in MessageType]: (payload: ParsedRequestOf<K>, context: HandlerContext) => Promise<ResponseOf<K>> | ResponseOf<K>;
};

function fail(code: ErrorCode, message: string): Reply {
  return { ok: false, error: { code, message } };
}

/**
 * Validates envelope, sender and payload, then runs the handler. Never throws: every
 * failure becomes an error reply, and nothing runs for a message that is not valid.
 */
export async function dispatchMessage(
  raw: unknown,
  sender: SenderInfo,
  self: ExtensionIdentity,
  handlers: Handlers,
): Promise<Reply> {
  const envelope = envelopeSchema().safeParse(raw);
  if (!envelope.success) return fail('invalid-message', 'Not a Buyer Guard message.');
  const { type, payload } = envelope.data;
  if (!isMessageType(type)) return fail('unknown-type', `Unknown message type "${type.slice(0, 64)}".`);

  const spec: MessageSpec = messages[type];
  const senderKind = classifySender(sender, self);
  if (!senderKind || !(spec.from as readonly SenderKind[]).includes(senderKind)) {
    return fail('forbidden-sender', `"${type}" is not accepted from this sender.`);
  }
  const parsed = spec.request().safeParse(payload);
  if (!parsed.success) {
    return fail(
      'invalid-message',
      `Invalid "${type}" payload: ${parsed.error.issues[0]?.message ?? 'schema mismatch'}.`,
    );
  }
  try {
    const handler = handlers[type] as (p: unknown, c: HandlerContext) => unknown;
    const data = z.parse(spec.response(), await handler(parsed.data, { sender, senderKind }));
    return { ok: true, data };
  } catch (error) {
    if (isQuotaError(error)) {
      return fail(
        'storage-full',
        'The browser has no more room for Buyer Guard data. Export a backup, then delete old evidence.',
      );
    }
    return fail('handler-failed', error instanceof Error ? error.message : String(error));
  }
}

/** IndexedDB reports a full disk as QuotaExceededError, sometimes wrapped by Dexie as the `inner` error. */
export function isQuotaError(error: unknown): boolean {
  for (let e = error as { name?: string; inner?: unknown } | undefined; e; e = e.inner as typeof e) {
    if (e.name === 'QuotaExceededError') return true;
  }
  return false;
}
