import * as z from 'zod/mini';
import { deadlineSchema } from '../model/deadline';

/**
 * The replies content scripts receive (protocol.ts uses these very schemas): written with zod/mini,
 * so the content script validates them without the full Zod API in its bundle.
 */

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
});

export const openGuideReplySchema = z.object({ opened: z.enum(['popup', 'tab']) });

export const ackReplySchema = z.object({ ok: z.literal(true) });

export const contentScriptReplies = {
  pageReading: pageReadingReplySchema,
  openGuide: openGuideReplySchema,
  pageReport: ackReplySchema,
} as const;
export type ContentScriptMessage = keyof typeof contentScriptReplies;
