import * as z from 'zod/mini';
import { lazy } from '../lazy';

/**
 * What every message and reply carries, whatever its type. Kept apart from the protocol's list of
 * messages (protocol.ts) so a content script can send and check replies without that whole list.
 */
export const PROTOCOL = 'buyer-guard/1' as const;

export const errorCodes = [
  'invalid-message',
  'unknown-type',
  'forbidden-sender',
  'handler-failed',
  'storage-full',
] as const;
export type ErrorCode = (typeof errorCodes)[number];

/** Built on first use (lib/lazy.ts), like every schema a start does not need. */
export const replySchema = lazy(() =>
  z.discriminatedUnion('ok', [
    z.object({ ok: z.literal(true), data: z.unknown() }),
    z.object({ ok: z.literal(false), error: z.object({ code: z.enum(errorCodes), message: z.string() }) }),
  ]),
);

export type Reply = z.infer<ReturnType<typeof replySchema>>;
