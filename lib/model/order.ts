import * as z from 'zod/mini';
import { lazy } from '../lazy';
import { disputeStatusSchema } from './dispute-status';
import { moneySchema } from './money';
import { ORDER_STATUSES } from './order-status';
import { ORDER_PROBLEM_REASONS } from './problem-reasons';
import { RESOLUTIONS } from './resolutions';
import { dayCountSchema, instantSchema, localDateSchema, localDateTimeSchema } from './time';

/**
 * How long a text the model keeps may be, and how many entries a list: past any real AliExpress page
 * (titles are cut at a few hundred characters there, store names at a few dozen), so that a page writing
 * kilobytes into every card cannot fill the buyer's disk. A reader shortens a longer text and says so
 * (repair-order.ts); the background refuses an order that still carries one.
 */
export const TEXT_LIMITS = {
  title: 500,
  storeName: 200,
  sku: 300,
  statusText: 200,
  /** What a timer, a policy sentence, an offer or a decision was read from. */
  raw: 1_000,
  description: 500,
  place: 200,
  id: 64,
  url: 2_048,
} as const;
export const LIST_LIMITS = { items: 100, timers: 20, actions: 20, events: 300, parcels: 20, pageRules: 10 } as const;

const text = (max: number) => z.string().check(z.maxLength(max));
const url = lazy(() => z.url().check(z.maxLength(TEXT_LIMITS.url)));

/**
 * The order model shared by readers, storage, rules and UI. Every field but the identity is
 * optional: a reader sets only what the page showed, and an absent field means "not read",
 * never "none" (absent `actions` is unknown; an empty list is "the page showed no buttons").
 */

export const marketplaceSchema = lazy(() => z.enum(['aliexpress']));
export type Marketplace = z.infer<ReturnType<typeof marketplaceSchema>>;

/** Order lifecycle (normalised): order-status.ts. */
export const orderStatusSchema = lazy(() => z.enum(ORDER_STATUSES));
export type OrderStatus = z.infer<ReturnType<typeof orderStatusSchema>>;

/** Buttons/links the page offered for the order. */
export const orderActionSchema = lazy(() =>
  z.enum([
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
  ]),
);
export type OrderAction = z.infer<ReturnType<typeof orderActionSchema>>;

/** More pieces of one item than any order holds. */
const MAX_QUANTITY = 100_000;

export const orderItemSchema = lazy(() =>
  z.object({
    title: z.string().check(z.minLength(1), z.maxLength(TEXT_LIMITS.title)),
    /** Variant text as shown ("Color: Black, Size: XL"). */
    sku: z.optional(text(TEXT_LIMITS.sku)),
    quantity: z.optional(z.int().check(z.positive(), z.lte(MAX_QUANTITY))),
    unitPrice: z.optional(moneySchema()),
    productId: z.optional(text(TEXT_LIMITS.id)),
    productUrl: z.optional(url()),
    imageUrl: z.optional(url()),
  }),
);
export type OrderItem = z.infer<ReturnType<typeof orderItemSchema>>;

export const storeSchema = lazy(() =>
  z.object({
    name: z.string().check(z.minLength(1), z.maxLength(TEXT_LIMITS.storeName)),
    id: z.optional(text(TEXT_LIMITS.id)),
    url: z.optional(url()),
  }),
);
export type Store = z.infer<ReturnType<typeof storeSchema>>;

/**
 * A deadline the page states itself: a running countdown ("12 days 05:33:21") becomes an
 * instant at reading time; a stated day ("before Dec 20, 2026") stays a local date.
 * Page-stated timers always win over the deadline engine's estimates.
 */
export const pageTimerKindSchema = lazy(() =>
  z.enum([
    'buyer-protection-ends',
    'auto-confirm',
    'payment-due',
    'shipping-due',
    'delivery-estimate',
    'dispute-opens',
    'seller-response-due',
    'buyer-response-due',
    'return-ship-by',
    /**
     * "Apply for <money> coupon code if delayed by <date>": the late-delivery coupon's date. Informational:
     * it is not the protection end (that is "Refund if no delivery before <date>" → buyer-protection-ends).
     */
    'late-delivery-coupon',
    /** A dispute page's "You can escalate after …" / "Escalate in …". */
    'escalation-possible',
    /** A stated last day to open a dispute ("open a dispute before <date>"). */
    'dispute-window-closes',
  ]),
);
export type PageTimerKind = z.infer<ReturnType<typeof pageTimerKindSchema>>;

export const pageTimerSchema = lazy(() =>
  z.object({
    kind: pageTimerKindSchema(),
    /** Set for a countdown (and for a stated date with a time): the instant it runs out. */
    endsAt: z.optional(instantSchema()),
    /** Set for a stated calendar day. */
    endsOn: z.optional(localDateSchema()),
    /** The text the timer was read from, for the buyer to compare. */
    raw: text(TEXT_LIMITS.raw),
  }),
);
export type PageTimer = z.infer<ReturnType<typeof pageTimerSchema>>;

export const trackingStageSchema = lazy(() =>
  z.enum([
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
  ]),
);
export type TrackingStage = z.infer<ReturnType<typeof trackingStageSchema>>;

export const trackingEventSchema = lazy(() =>
  z.object({
    /** Wall-clock time as the page shows it (local to the page, no zone). */
    time: z.optional(localDateTimeSchema()),
    /** Instant, when the source gives one (JSON timestamps). */
    at: z.optional(instantSchema()),
    description: z.string().check(z.minLength(1), z.maxLength(TEXT_LIMITS.description)),
    location: z.optional(text(TEXT_LIMITS.place)),
    stage: trackingStageSchema(),
  }),
);
export type TrackingEvent = z.infer<ReturnType<typeof trackingEventSchema>>;

export const trackingSchema = lazy(() =>
  z.object({
    number: z.optional(text(TEXT_LIMITS.id)),
    carrier: z.optional(text(TEXT_LIMITS.place)),
    events: z.optional(z.array(trackingEventSchema()).check(z.maxLength(LIST_LIMITS.events))),
  }),
);
export type Tracking = z.infer<ReturnType<typeof trackingSchema>>;

/**
 * A rule the page states for this order in a policy sentence ("you can apply for a return/refund within
 * 7 days of confirming receipt"; "you can open a dispute within 90 days after order was placed"). It is
 * anchored on an event: it gives a deadline only when that event's date is known, never counting from
 * when the page was read. The rules engine prefers it over the catalog value for this order.
 */
export const pageRuleKindSchema = lazy(() => z.enum(['return-refund-window', 'dispute-window']));
export type PageRuleKind = z.infer<ReturnType<typeof pageRuleKindSchema>>;
export const pageRuleAnchorSchema = lazy(() =>
  z.enum(['ordered', 'paid', 'shipped', 'delivered', 'confirmed', 'completed']),
);
export type PageRuleAnchor = z.infer<ReturnType<typeof pageRuleAnchorSchema>>;
export const pageRuleSchema = lazy(() =>
  z.object({
    kind: pageRuleKindSchema(),
    days: dayCountSchema().check(z.positive()),
    anchor: pageRuleAnchorSchema(),
    /** The sentence as the page wrote it (any language), shown as "stated by the page". */
    raw: text(TEXT_LIMITS.raw),
  }),
);
export type PageRule = z.infer<ReturnType<typeof pageRuleSchema>>;

export const resolutionOnPageSchema = lazy(() => z.enum(RESOLUTIONS));

/** A proposal the page shows in a dispute ("Seller proposed: resend the item"). */
export const offerOnPageSchema = lazy(() =>
  z.object({
    from: z.enum(['seller', 'platform']),
    resolution: resolutionOnPageSchema(),
    amount: z.optional(moneySchema()),
    returnPostagePaidBy: z.optional(z.enum(['buyer', 'seller'])),
    /** The proposal as the page wrote it. */
    raw: text(TEXT_LIMITS.raw),
  }),
);
export type OfferOnPage = z.infer<ReturnType<typeof offerOnPageSchema>>;

/** The platform's ruling as the page shows it. */
export const decisionOnPageSchema = lazy(() =>
  z.object({
    outcome: z.enum(['buyer-favour', 'partial', 'seller-favour']),
    refund: z.optional(moneySchema()),
    returnRequired: z.optional(z.boolean()),
    appealable: z.optional(z.boolean()),
    raw: text(TEXT_LIMITS.raw),
  }),
);
export type DecisionOnPage = z.infer<ReturnType<typeof decisionOnPageSchema>>;

/**
 * A dispute (or return/refund request) as a page shows it: the order list's status line, the detail
 * page's block, or the dispute page itself. Its countdowns (seller reply, buyer answer, return ship-by,
 * escalation) are the order's `timers`.
 */
export const disputeOnPageSchema = lazy(() =>
  z.object({
    status: z.optional(disputeStatusSchema()),
    statusText: z.optional(text(TEXT_LIMITS.statusText)),
    /** The refund the buyer asked for. */
    refundAmount: z.optional(moneySchema()),
    /** The marketplace's dispute (issue) id, when shown. */
    id: z.optional(text(TEXT_LIMITS.id)),
    reason: z.optional(z.enum(ORDER_PROBLEM_REASONS)),
    /** The reason exactly as the page wrote it. */
    reasonText: z.optional(text(TEXT_LIMITS.raw)),
    requestedResolution: z.optional(resolutionOnPageSchema()),
    openedOn: z.optional(localDateTimeSchema()),
    /** The latest proposal still shown on the page. */
    offer: z.optional(offerOnPageSchema()),
    /** Whether the page offers "Escalate" now, or says the dispute is already escalated. */
    escalation: z.optional(z.enum(['available', 'not-yet', 'escalated'])),
    decision: z.optional(decisionOnPageSchema()),
    /** The dispute's own page, when known. */
    url: z.optional(url()),
  }),
);
export type DisputeOnPage = z.infer<ReturnType<typeof disputeOnPageSchema>>;

export const orderSchema = lazy(() =>
  z.object({
    marketplace: marketplaceSchema(),
    orderId: z.string().check(z.regex(/^\d{6,24}$/)),
    orderedOn: z.optional(localDateSchema()),
    status: z.optional(orderStatusSchema()),
    /** The status exactly as the page wrote it (any language). */
    statusText: z.optional(text(TEXT_LIMITS.statusText)),
    store: z.optional(storeSchema()),
    items: z.optional(z.array(orderItemSchema()).check(z.maxLength(LIST_LIMITS.items))),
    /**
     * How many items the page shows for the order, titled or not: a multi-item card on My Orders shows
     * pictures alone ("3 items" rather than "item not read"). Set only when some item had no title.
     */
    itemCount: z.optional(z.int().check(z.positive(), z.lte(LIST_LIMITS.items))),
    total: z.optional(moneySchema()),
    actions: z.optional(z.array(orderActionSchema()).check(z.maxLength(LIST_LIMITS.actions))),
    timers: z.optional(z.array(pageTimerSchema()).check(z.maxLength(LIST_LIMITS.timers))),
    /** Policy sentences of the page, as rules anchored on an event (see pageRuleSchema()). */
    pageRules: z.optional(z.array(pageRuleSchema()).check(z.maxLength(LIST_LIMITS.pageRules))),
    paidOn: z.optional(localDateTimeSchema()),
    shippedOn: z.optional(localDateTimeSchema()),
    deliveredOn: z.optional(localDateTimeSchema()),
    confirmedOn: z.optional(localDateTimeSchema()),
    tracking: z.optional(trackingSchema()),
    /**
     * A split order (several packages, each with its own number and events): one entry per
     * package, in page order. `tracking` is then the first of them. Absent for one package.
     */
    parcels: z.optional(z.array(trackingSchema()).check(z.minLength(2), z.maxLength(LIST_LIMITS.parcels))),
    dispute: z.optional(disputeOnPageSchema()),
    /** Page URL of the order's detail page, when known. */
    detailUrl: z.optional(url()),
    /** Page URL of the order's tracking page, when known. */
    trackingUrl: z.optional(url()),
  }),
);
export type Order = z.infer<ReturnType<typeof orderSchema>>;
