import { z } from 'zod';
import { lazy } from '../lazy';
import { evidenceKindSchema } from '../model/evidence';
import { journalEntrySchema } from '../model/journal';
import { problemSchema } from '../model/problem';
import { failedReadingSchema, okReadingSchema, pageKindSchema, readFailureReasonSchema } from '../model/reading';
import { settingsSchema } from '../model/settings';
import { MAX_CHUNK_CHARS, MAX_CHUNKS } from './chunks';
import { openGuideReplySchema, pageReadingReplySchema, readingRefusalSchema } from './content-replies';
import { PROTOCOL } from './envelope';

export { type ErrorCode, errorCodes, PROTOCOL, type Reply, replySchema } from './envelope';

/**
 * The typed protocol between content scripts, extension pages and the background.
 * Every message names who may send it; the background validates the payload and the
 * sender before a handler runs, and validates nothing less on the way back.
 *
 * Each schema is built the first time it is used (lib/lazy.ts), not when this module is evaluated:
 * the worker and the popup evaluate it on every start, and most starts use one or two messages.
 */
export type SenderKind = 'extension-page' | 'content-script';

export interface MessageSpec {
  from: readonly SenderKind[];
  request: () => z.ZodType;
  /** Any Zod schema: the replies content scripts check are zod/mini ones (content-replies.ts). */
  response: () => z.core.$ZodType;
}

const pageKind = lazy(() => z.enum(['order-list', 'order-detail', 'tracking', 'dispute', 'unknown']));
const orderId = lazy(() => z.string().regex(/^\d{6,24}$/));
const uploadId = lazy(() => z.uuid());
const ack = lazy(() => z.object({ ok: z.literal(true) }));

/** Bounds on one reading: a full My Orders page is about 1 KB an order. */
export const MAX_READING_ORDERS = 500;
export const MAX_READING_CHARS = 2_000_000;
/** A page report is a redacted outline of one page: far below this. */
export const MAX_PAGE_REPORT_CHARS = 3_000_000;

/**
 * A reading as it arrives. Its orders are checked one by one by the background
 * (lib/background/accept-orders.ts): one order with a bad value is dropped, never the whole reading.
 */
const boundedReading = lazy(() =>
  z
    .discriminatedUnion('ok', [
      okReadingSchema().extend({ orders: z.array(z.unknown()).max(MAX_READING_ORDERS) }),
      failedReadingSchema(),
    ])
    .refine((reading) => reading.url.length <= 4096 && reading.url.startsWith('https://'), 'reading URL must be https')
    .refine((reading) => !reading.ok || reading.orders.length <= MAX_READING_ORDERS, 'too many orders in one reading')
    .refine((reading) => JSON.stringify(reading).length <= MAX_READING_CHARS, 'reading too large'),
);

/** How many dropped orders a summary names (the count beyond is in orderCount − stored). */
export const MAX_LISTED_DROPPED = 20;

/** What the background keeps of the latest reading (the popup's "Read 12 orders on My Orders"). */
export const readingSummarySchema = lazy(() =>
  z.object({
    url: z.string(),
    pageKind: pageKindSchema().optional(),
    ok: z.boolean(),
    orderCount: z.number().int().nonnegative(),
    /** The first orders' ids (at most 100), for the UI and tests. */
    orderIds: z.array(z.string()).max(100),
    sources: z.array(z.enum(['dom', 'json'])),
    reason: readFailureReasonSchema().optional(),
    /** How many expected fields stayed unread (diagnostics.missing). */
    missingCount: z.number().int().nonnegative().optional(),
    readAt: z.number(),
    /** Orders of the reading that are stored now (absent in summaries written before this was counted). */
    stored: z.number().int().nonnegative().optional(),
    /** Orders of the reading that were not stored, each with why (a value out of range, a derivation that failed). */
    dropped: z
      .array(z.object({ orderId: z.string().max(40), why: z.string().max(300) }))
      .max(MAX_LISTED_DROPPED)
      .optional(),
    /** The reading could not be stored at all (the write failed); nothing of it was kept. */
    notStored: z.literal(true).optional(),
    /** Texts of the reading a reader shortened to the model's limits (TEXT_LIMITS in lib/model/order.ts). */
    shortened: z.number().int().nonnegative().optional(),
    /** The reading, or some of its new orders, were refused by a limit (reading-limits.ts). */
    refused: z.optional(readingRefusalSchema()),
    /**
     * Deadlines on which the page's data and what the page shows disagreed by more than a day (the earlier
     * was kept: lib/marketplaces/aliexpress/merge-orders.ts), for the buyer to check on the page.
     */
    deadlineDisagreements: z
      .array(
        z.object({
          orderId: z.string().max(40),
          field: z.string().max(100),
          dom: z.string().max(100),
          json: z.string().max(100),
        }),
      )
      .max(MAX_LISTED_DROPPED)
      .optional(),
  }),
);
export type ReadingSummary = z.infer<ReturnType<typeof readingSummarySchema>>;

/** The background's last write failed for lack of space (kept until a later write succeeds). */
export const storageProblemSchema = lazy(() =>
  z.object({
    kind: z.literal('storage-full'),
    at: z.number(),
    /** The message whose write failed, or the background's own work (`sweep`, `alarm`). */
    during: z.string().max(64),
  }),
);
export type StorageProblem = z.infer<ReturnType<typeof storageProblemSchema>>;

export const messages = {
  /** Liveness and version check; used by the UI and by tests. */
  ping: {
    from: ['extension-page', 'content-script'],
    request: lazy(() => z.object({}).strict()),
    response: lazy(() => z.object({ version: z.string(), receivedAt: z.number() })),
  },
  /**
   * A content script hands over what it read. The reply carries, per order, the most urgent
   * deadline, so the page can badge its orders without a second round trip. Idempotent:
   * a content script re-sends when the reply was lost.
   */
  pageReading: {
    from: ['content-script'],
    request: boundedReading,
    response: () => pageReadingReplySchema(),
  },
  /**
   * The buyer pressed "Open the guide" on a badge: show this order in Buyer Guard's guide (the
   * toolbar popup when the browser allows, else popup.html?order=<id> in a tab).
   */
  openGuide: {
    from: ['content-script'],
    request: lazy(() => z.object({ orderId: orderId() }).strict()),
    response: () => openGuideReplySchema(),
  },
  /** The buyer notes what happened (contacted the seller, got an offer, …); `at` defaults to now. */
  addJournalEntry: {
    from: ['extension-page'],
    request: lazy(() =>
      journalEntrySchema()
        .omit({ id: true })
        .extend({ orderId: orderId(), at: z.optional(journalEntrySchema().shape.at) })
        .strict(),
    ),
    response: lazy(() => z.object({ id: z.string() })),
  },
  deleteJournalEntry: {
    from: ['extension-page'],
    request: lazy(() => z.object({ id: z.string().min(1).max(100) }).strict()),
    response: ack,
  },
  /** The buyer says what went wrong (or, with null, that nothing is wrong any more). */
  setProblem: {
    from: ['extension-page'],
    request: lazy(() => z.object({ orderId: orderId(), problem: problemSchema().nullable() }).strict()),
    response: ack,
  },
  updateSettings: {
    from: ['extension-page'],
    request: lazy(() => settingsSchema().partial().strict()),
    response: settingsSchema,
  },
  /** One base64 part of a file on its way to the background (see lib/background/uploads.ts). */
  uploadChunk: {
    from: ['extension-page'],
    request: lazy(() =>
      z
        .object({
          uploadId: uploadId(),
          index: z
            .number()
            .int()
            .min(0)
            .max(MAX_CHUNKS - 1),
          total: z.number().int().min(1).max(MAX_CHUNKS),
          data: z
            .string()
            .max(MAX_CHUNK_CHARS)
            .regex(/^[A-Za-z0-9+/]*={0,2}$/),
        })
        .strict()
        .refine((c) => c.index < c.total, 'index beyond total'),
    ),
    response: ack,
  },
  addEvidence: {
    from: ['extension-page'],
    request: lazy(() =>
      z
        .object({
          uploadId: uploadId(),
          orderId: orderId(),
          kind: evidenceKindSchema(),
          name: z.string().min(1).max(255),
          type: z.string().max(100),
          caption: z.string().max(2000).default(''),
          checklistItemIds: z.array(z.string().max(100)).max(50).default([]),
          warnings: z.array(z.string().max(100)).max(20).default([]),
        })
        .strict(),
    ),
    response: lazy(() => z.object({ id: z.string(), sha256: z.string(), size: z.number() })),
  },
  updateEvidence: {
    from: ['extension-page'],
    request: lazy(() =>
      z
        .object({
          id: z.string().min(1).max(100),
          caption: z.string().max(2000).optional(),
          checklistItemIds: z.array(z.string().max(100)).max(50).optional(),
        })
        .strict(),
    ),
    response: ack,
  },
  deleteEvidence: {
    from: ['extension-page'],
    request: lazy(() => z.object({ id: z.string().min(1).max(100) }).strict()),
    response: ack,
  },
  /**
   * A PNG screenshot of an AliExpress tab the buyer opened the workspace from. Access comes from
   * `activeTab` (the toolbar click on that tab); a refusal says why, and the page offers the
   * screen-share picker instead.
   */
  captureTab: {
    from: ['extension-page'],
    request: lazy(() => z.object({ tabId: z.number().int().min(0) }).strict()),
    response: lazy(() =>
      z.discriminatedUnion('ok', [
        z.object({
          ok: z.literal(true),
          dataUrl: z.string().startsWith('data:image/png;base64,'),
          url: z.string(),
          title: z.string(),
        }),
        z.object({
          ok: z.literal(false),
          reason: z.enum(['tab-gone', 'no-access', 'not-marketplace', 'capture-failed']),
          message: z.string(),
        }),
      ]),
    ),
  },
  /** Applies a staged backup file, validated first; a bad file changes nothing. */
  importBackup: {
    from: ['extension-page'],
    request: lazy(() => z.object({ uploadId: uploadId(), mode: z.enum(['merge', 'replace']) }).strict()),
    response: lazy(() =>
      z.discriminatedUnion('ok', [
        z.object({
          ok: z.literal(true),
          orders: z.number(),
          journal: z.number(),
          evidence: z.number(),
          history: z.number(),
          /** Links of the backup that were not AliExpress's, left out. */
          urlsRemoved: z.number().optional(),
          /** Evidence whose id was taken here by another file: added beside it under a new id. */
          evidenceKeptBeside: z.number().optional(),
        }),
        z.object({ ok: z.literal(false), error: z.string() }),
      ]),
    ),
  },
  /** Forgets one order and everything attached to it. */
  deleteOrder: {
    from: ['extension-page'],
    request: lazy(() => z.object({ orderId: orderId() }).strict()),
    response: ack,
  },
  /** Deletes all data; the literal phrase guards against a stray call. */
  clearAllData: {
    from: ['extension-page'],
    request: lazy(() => z.object({ confirm: z.literal('delete everything') }).strict()),
    response: ack,
  },
  /** What the background has seen lately; shown by the popup. */
  /**
   * A content script keeps the redacted report of a page it could not read (or not all of), for the popup's
   * "Save a report". The report holds no page text (lib/report/redact-page.ts); it stays on the device.
   */
  pageReport: {
    from: ['content-script'],
    request: lazy(() =>
      z
        .object({
          url: z.string().max(4096).startsWith('https://'),
          report: z.string().max(MAX_PAGE_REPORT_CHARS),
        })
        .strict(),
    ),
    response: ack,
  },
  /** The last page report kept, to save as a file from the popup (null when none). */
  getPageReport: {
    from: ['extension-page'],
    request: lazy(() => z.object({}).strict()),
    response: lazy(() => z.object({ url: z.string(), report: z.string(), savedAt: z.number() }).nullable()),
  },
  getStatus: {
    from: ['extension-page'],
    request: lazy(() => z.object({}).strict()),
    response: lazy(() =>
      z.object({
        lastPage: z.object({ url: z.string(), pageKind: pageKind(), seenAt: z.number() }).nullable(),
        lastReading: readingSummarySchema().nullable(),
        storageProblem: storageProblemSchema().nullable().optional(),
      }),
    ),
  },
} as const satisfies Record<string, MessageSpec>;

export type MessageType = keyof typeof messages;
type RequestSchemaOf<K extends MessageType> = ReturnType<(typeof messages)[K]['request']>;
export type RequestOf<K extends MessageType> = z.input<RequestSchemaOf<K>>;
export type ParsedRequestOf<K extends MessageType> = z.output<RequestSchemaOf<K>>;
export type ResponseOf<K extends MessageType> = z.output<ReturnType<(typeof messages)[K]['response']>>;

export const envelopeSchema = lazy(() =>
  z
    .object({
      protocol: z.literal(PROTOCOL),
      type: z.string().max(64),
      payload: z.unknown(),
    })
    .strict(),
);

export type Envelope = z.infer<ReturnType<typeof envelopeSchema>>;

export function isMessageType(type: string): type is MessageType {
  return Object.hasOwn(messages, type);
}

/**
 * Messages that may be sent again when their reply was lost (the worker stopped mid-way):
 * a second delivery leaves the same state as one. pageReading merges by order id; uploadChunk
 * puts by (upload, index); importBackup keeps its upload until it is applied and applies by key;
 * the rest read, or set a value outright.
 */
export const IDEMPOTENT_MESSAGES = [
  'ping',
  'getStatus',
  'getPageReport',
  'pageReading',
  'pageReport',
  'uploadChunk',
  'importBackup',
  'updateSettings',
  'updateEvidence',
  'deleteEvidence',
  'deleteOrder',
] as const satisfies readonly MessageType[];
export type IdempotentMessageType = (typeof IDEMPOTENT_MESSAGES)[number];
