import { z } from 'zod';
import { pageKindSchema, pageReadingSchema, readFailureReasonSchema } from '../model/reading';

/**
 * The typed protocol between content scripts, extension pages and the background.
 * Every message names who may send it; the background validates the payload and the
 * sender before a handler runs, and validates nothing less on the way back.
 */
export type SenderKind = 'extension-page' | 'content-script';

export interface MessageSpec {
  from: readonly SenderKind[];
  request: z.ZodType;
  response: z.ZodType;
}

export const PROTOCOL = 'buyer-guard/1' as const;

const pageKind = z.enum(['order-list', 'order-detail', 'tracking', 'dispute', 'unknown']);

/** Bounds on one reading: a full My Orders page is about 1 KB an order. */
export const MAX_READING_ORDERS = 500;
export const MAX_READING_CHARS = 2_000_000;

const boundedReading = pageReadingSchema
  .refine((reading) => reading.url.length <= 4096 && reading.url.startsWith('https://'), 'reading URL must be https')
  .refine((reading) => !reading.ok || reading.orders.length <= MAX_READING_ORDERS, 'too many orders in one reading')
  .refine((reading) => JSON.stringify(reading).length <= MAX_READING_CHARS, 'reading too large');

/** What the background keeps of the latest reading (the popup's "Read 12 orders on My Orders"). */
export const readingSummarySchema = z.object({
  url: z.string(),
  pageKind: pageKindSchema.optional(),
  ok: z.boolean(),
  orderCount: z.number().int().nonnegative(),
  /** The first orders' ids (at most 100), for the UI and tests. */
  orderIds: z.array(z.string()).max(100),
  sources: z.array(z.enum(['dom', 'json'])),
  reason: readFailureReasonSchema.optional(),
  readAt: z.number(),
});
export type ReadingSummary = z.infer<typeof readingSummarySchema>;

export const messages = {
  /** Liveness and version check; used by the UI and by tests. */
  ping: {
    from: ['extension-page', 'content-script'],
    request: z.object({}).strict(),
    response: z.object({ version: z.string(), receivedAt: z.number() }),
  },
  /** A content script sends what it read off the marketplace page it runs on. */
  pageReading: {
    from: ['content-script'],
    request: boundedReading,
    response: z.object({ recorded: z.boolean() }),
  },
  /** What the background has seen lately; shown by the popup. */
  getStatus: {
    from: ['extension-page'],
    request: z.object({}).strict(),
    response: z.object({
      lastPage: z.object({ url: z.string(), pageKind, seenAt: z.number() }).nullable(),
      lastReading: readingSummarySchema.nullable(),
    }),
  },
} as const satisfies Record<string, MessageSpec>;

export type MessageType = keyof typeof messages;
export type RequestOf<K extends MessageType> = z.input<(typeof messages)[K]['request']>;
export type ParsedRequestOf<K extends MessageType> = z.output<(typeof messages)[K]['request']>;
export type ResponseOf<K extends MessageType> = z.output<(typeof messages)[K]['response']>;

export const envelopeSchema = z
  .object({
    protocol: z.literal(PROTOCOL),
    type: z.string().max(64),
    payload: z.unknown(),
  })
  .strict();

export type Envelope = z.infer<typeof envelopeSchema>;

export const errorCodes = ['invalid-message', 'unknown-type', 'forbidden-sender', 'handler-failed'] as const;
export type ErrorCode = (typeof errorCodes)[number];

export const replySchema = z.discriminatedUnion('ok', [
  z.object({ ok: z.literal(true), data: z.unknown() }),
  z.object({ ok: z.literal(false), error: z.object({ code: z.enum(errorCodes), message: z.string() }) }),
]);

export type Reply = z.infer<typeof replySchema>;

export function isMessageType(type: string): type is MessageType {
  return Object.hasOwn(messages, type);
}
