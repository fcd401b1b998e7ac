import * as z from 'zod/mini';
import { deadlineSchema } from '../model/deadline';

/**
 * The replies content scripts receive (protocol.ts uses these very schemas): written with zod/mini,
 * so the content script validates them without the full Zod API in its bundle.
 */

/**
 * Why a reading, or some of its new orders, were not stored (lib/background/reading-limits.ts): the
 * page changed too often, brought too many new orders in a minute, or Buyer Guard holds all it may.
 */
export const readingRefusalSchema = z.object({
  reason: z.enum(['too-many-readings', 'too-many-new-orders', 'too-many-orders']),
  /** New orders not stored (absent when the whole reading was refused). */
  count: z.optional(z.int().check(z.nonnegative())),
  /** When reading the page again may be stored (absent when waiting does not help). */
  retryAfterMs: z.optional(z.int().check(z.nonnegative(), z.lte(60_000))),
});

/** Per order on the page: its most urgent deadline and the advisor's next step, for the badges. */
export const pageReadingReplySchema = z.object({
  created: z.number(),
  updated: z.number(),
  unchanged: z.number(),
  badges: z.array(
    z.object({
      orderId: z.string(),
      deadline: z.nullable(deadlineSchema),
      /** The advisor's next step, for the badge's panel. */
      advice: z.object({ action: z.string(), title: z.string(), why: z.string() }),
    }),
  ),
  refused: z.optional(readingRefusalSchema),
});

export const openGuideReplySchema = z.object({ opened: z.enum(['popup', 'tab']) });

export const ackReplySchema = z.object({ ok: z.literal(true) });

export const contentScriptReplies = {
  pageReading: pageReadingReplySchema,
  openGuide: openGuideReplySchema,
  pageReport: ackReplySchema,
} as const;
export type ContentScriptMessage = keyof typeof contentScriptReplies;
