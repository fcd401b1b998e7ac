import * as z from 'zod/mini';
import { disputeStatusSchema } from './dispute-status';
import { moneySchema } from './money';
import { instantSchema, localDateSchema, localDateTimeSchema } from './time';

/**
 * The order model shared by readers, storage, rules and UI. Every field but the identity is
 * optional: a reader sets only what the page showed, and an absent field means "not read",
 * never "none" (absent `actions` is unknown; an empty list is "the page showed no buttons").
 */

export const marketplaceSchema = z.enum(['aliexpress']);
export type Marketplace = z.infer<typeof marketplaceSchema>;

/** Order lifecycle (normalised). `delivered`: the carrier says delivered, receipt not confirmed yet. */
export const orderStatusSchema = z.enum([
  'awaiting-payment',
  'awaiting-shipment',
  'shipped',
  'delivered',
  'completed',
  'closed',
]);
export type OrderStatus = z.infer<typeof orderStatusSchema>;

/** Buttons/links the page offered for the order. */
export const orderActionSchema = z.enum([
  'pay',
  'cancel',
  'track',
  'confirm-received',
  'open-dispute',
  'view-dispute',
  'contact-seller',
  'extend-protection',
  'leave-feedback',
  'buy-again',
  'delete',
]);
export type OrderAction = z.infer<typeof orderActionSchema>;

export const orderItemSchema = z.object({
  title: z.string().check(z.minLength(1)),
  /** Variant text as shown ("Color: Black, Size: XL"). */
  sku: z.optional(z.string()),
  quantity: z.optional(z.int().check(z.positive())),
  unitPrice: z.optional(moneySchema),
  productId: z.optional(z.string()),
  productUrl: z.optional(z.url()),
  imageUrl: z.optional(z.url()),
});
export type OrderItem = z.infer<typeof orderItemSchema>;

export const storeSchema = z.object({
  name: z.string().check(z.minLength(1)),
  id: z.optional(z.string()),
  url: z.optional(z.url()),
});
export type Store = z.infer<typeof storeSchema>;

/**
 * A deadline the page states itself: a running countdown ("12 days 05:33:21") becomes an
 * instant at reading time; a stated day ("before Dec 20, 2026") stays a local date.
 * Page-stated timers always win over the deadline engine's estimates.
 */
export const pageTimerKindSchema = z.enum([
  'buyer-protection-ends',
  'auto-confirm',
  'payment-due',
  'shipping-due',
  'delivery-estimate',
  'dispute-opens',
  'seller-response-due',
  'buyer-response-due',
  'return-ship-by',
]);
export type PageTimerKind = z.infer<typeof pageTimerKindSchema>;

export const pageTimerSchema = z.object({
  kind: pageTimerKindSchema,
  /** Set for a countdown (and for a stated date with a time): the instant it runs out. */
  endsAt: z.optional(instantSchema),
  /** Set for a stated calendar day. */
  endsOn: z.optional(localDateSchema),
  /** The text the timer was read from, for the buyer to compare. */
  raw: z.string(),
});
export type PageTimer = z.infer<typeof pageTimerSchema>;

export const trackingStageSchema = z.enum([
  'ordered',
  'handed-to-carrier',
  'in-transit',
  'customs',
  'arrived-destination',
  'out-for-delivery',
  'delivered',
  'pickup-ready',
  'exception',
  'returning',
  'unknown',
]);
export type TrackingStage = z.infer<typeof trackingStageSchema>;

export const trackingEventSchema = z.object({
  /** Wall-clock time as the page shows it (local to the page, no zone). */
  time: z.optional(localDateTimeSchema),
  /** Instant, when the source gives one (JSON timestamps). */
  at: z.optional(instantSchema),
  description: z.string().check(z.minLength(1)),
  location: z.optional(z.string()),
  stage: trackingStageSchema,
});
export type TrackingEvent = z.infer<typeof trackingEventSchema>;

export const trackingSchema = z.object({
  number: z.optional(z.string()),
  carrier: z.optional(z.string()),
  events: z.optional(z.array(trackingEventSchema)),
});
export type Tracking = z.infer<typeof trackingSchema>;

export const disputeOnPageSchema = z.object({
  status: z.optional(disputeStatusSchema),
  statusText: z.optional(z.string()),
  refundAmount: z.optional(moneySchema),
});

export const orderSchema = z.object({
  marketplace: marketplaceSchema,
  orderId: z.string().check(z.regex(/^\d{6,24}$/)),
  orderedOn: z.optional(localDateSchema),
  status: z.optional(orderStatusSchema),
  /** The status exactly as the page wrote it (any language). */
  statusText: z.optional(z.string()),
  store: z.optional(storeSchema),
  items: z.optional(z.array(orderItemSchema)),
  total: z.optional(moneySchema),
  actions: z.optional(z.array(orderActionSchema)),
  timers: z.optional(z.array(pageTimerSchema)),
  paidOn: z.optional(localDateTimeSchema),
  shippedOn: z.optional(localDateTimeSchema),
  deliveredOn: z.optional(localDateTimeSchema),
  confirmedOn: z.optional(localDateTimeSchema),
  tracking: z.optional(trackingSchema),
  /**
   * A split order (several packages, each with its own number and events): one entry per
   * package, in page order. `tracking` is then the first of them. Absent for one package.
   */
  parcels: z.optional(z.array(trackingSchema).check(z.minLength(2))),
  dispute: z.optional(disputeOnPageSchema),
  /** Page URL of the order's detail page, when known. */
  detailUrl: z.optional(z.url()),
});
export type Order = z.infer<typeof orderSchema>;
