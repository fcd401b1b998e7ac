import { z } from 'zod';
import { lazy } from '../lazy';
import { orderSchema } from './order';
import { instantSchema } from './time';

/**
 * What a content script read off one page. A reader never throws and never invents:
 * an unreadable page is `ok: false` with a reason; an unreadable field is absent from the
 * order and named in `diagnostics.missing`.
 */
export const pageKindSchema = lazy(() => z.enum(['order-list', 'order-detail', 'tracking', 'dispute']));
export type PageKind = z.infer<ReturnType<typeof pageKindSchema>>;

export const readFailureReasonSchema = lazy(() =>
  z.enum([
    'not-a-buyer-page',
    'layout-not-recognised',
    'not-signed-in',
    'empty',
    /** AliExpress shows its anti-robot check (slider, puzzle) instead of the page. */
    'verification-required',
  ]),
);
export type ReadFailureReason = z.infer<ReturnType<typeof readFailureReasonSchema>>;

export const diagnosticsSchema = lazy(() =>
  z.object({
    /** Fields that were expected on this page but could not be read, per order ("8204…: total"). */
    missing: z.array(z.string()).default([]),
    /** A JSON source and the DOM said different things; the JSON value was kept. */
    disagreements: z
      .array(z.object({ orderId: z.string(), field: z.string(), dom: z.string(), json: z.string() }))
      .default([]),
    /** Which sources contributed. */
    sources: z.array(z.enum(['dom', 'json'])).default([]),
  }),
);
export type Diagnostics = z.infer<ReturnType<typeof diagnosticsSchema>>;

/** A page the reader could read: its orders and what it could not read. */
export const okReadingSchema = lazy(() =>
  z.object({
    ok: z.literal(true),
    pageKind: pageKindSchema(),
    url: z.url(),
    readAt: instantSchema(),
    /** Language of the page's labels, when detected (BCP 47, e.g. "es"). */
    language: z.string().optional(),
    orders: z.array(orderSchema()),
    diagnostics: diagnosticsSchema(),
  }),
);

/** A page the reader could not read, and why. */
export const failedReadingSchema = lazy(() =>
  z.object({
    ok: z.literal(false),
    pageKind: pageKindSchema().optional(),
    url: z.url(),
    readAt: instantSchema(),
    reason: readFailureReasonSchema(),
    message: z.string(),
  }),
);

export const pageReadingSchema = lazy(() => z.discriminatedUnion('ok', [okReadingSchema(), failedReadingSchema()]));
export type PageReading = z.infer<ReturnType<typeof pageReadingSchema>>;
