import * as z from 'zod/mini';
import { lazy } from '../lazy';
import { urgencySchema } from '../model/deadline';

/**
 * The replies content scripts receive (protocol.ts uses these very schemas): written with zod/mini,
 * so the content script validates them without the full Zod API in its bundle.
 */

/**
 * Why a reading, or some of its new orders, were not stored (lib/background/reading-limits.ts): the
 * page changed too often, brought too many new orders in a minute, or Buyer Guard holds all it may.
 */
export const readingRefusalSchema = lazy(() =>
  z.object({
    reason: z.enum(['too-many-readings', 'too-many-new-orders', 'too-many-orders']),
    /** New orders not stored (absent when the whole reading was refused). */
    count: z.optional(z.int().check(z.nonnegative())),
    /** When reading the page again may be stored (absent when waiting does not help). */
    retryAfterMs: z.optional(z.int().check(z.nonnegative(), z.lte(60_000))),
  }),
);

/** How many values cut out of a reading's orders a reply names (the rest are in the popup's reading status). */
export const MAX_UNREADABLE_NOTES = 100;
/** How long one such note may be in a reply (the background cuts a longer one to it). */
export const MAX_UNREADABLE_NOTE_CHARS = 300;

/** A worded text of bounded length: what a buggy or hostile sender could make huge stays small. */
const line = (max: number) => z.string().check(z.maxLength(max));

/**
 * One order's badge and its panel, worded by the background in the buyer's language (lib/badges/badge-text.ts):
 * the content script draws these as text and formats nothing itself.
 */
export const orderBadgeSchema = lazy(() =>
  z.object({
    orderId: z.string().check(z.regex(/^\d{6,24}$/)),
    /** The chip colour class; the words say the same. */
    urgency: urgencySchema(),
    /** No deadline known: a quiet badge. */
    quiet: z.boolean(),
    /** What the badge reads. */
    text: line(200),
    /** Its accessible name. */
    label: line(500),
    panel: z.object({
      brand: line(120),
      /** The advisor's next step and why. */
      title: line(300),
      detail: line(400),
      why: line(2000),
      /** Facts stated besides the advice ("Tracking has not moved for 26 days."). */
      facts: z.array(line(300)).check(z.maxLength(4)),
    }),
  }),
);

/** The words the page's Buyer Guard elements share, in the buyer's language. */
export const pageWordsSchema = lazy(() =>
  z.object({
    openGuide: line(80),
    close: line(80),
    guideFailed: line(300),
    notice: z.object({
      notRead: line(300),
      partlyRead: line(300),
      privacy: line(300),
      save: line(80),
      dismiss: line(80),
    }),
  }),
);

/** Per order on the page: its badge and panel, worded; and the words the page's elements share. */
export const pageReadingReplySchema = lazy(() =>
  z.object({
    created: z.number(),
    updated: z.number(),
    unchanged: z.number(),
    badges: z.array(orderBadgeSchema()),
    words: pageWordsSchema(),
    refused: z.optional(readingRefusalSchema()),
    /**
     * Values the background's schema cut out of the reading's orders ("<id>: <path> (unreadable value)"):
     * fields not read, for the page's gap report and notice like the reader's own.
     */
    unreadable: z.optional(z.array(line(MAX_UNREADABLE_NOTE_CHARS)).check(z.maxLength(MAX_UNREADABLE_NOTES))),
  }),
);

export const openGuideReplySchema = lazy(() => z.object({ opened: z.enum(['popup', 'tab']) }));

export const ackReplySchema = lazy(() => z.object({ ok: z.literal(true) }));

export const contentScriptReplies = {
  pageReading: pageReadingReplySchema,
  openGuide: openGuideReplySchema,
  pageReport: ackReplySchema,
} as const;
export type ContentScriptMessage = keyof typeof contentScriptReplies;
