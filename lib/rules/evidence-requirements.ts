import type { EvidenceKind } from '../model/evidence';
import type { ProblemReason } from '../model/problem-reasons';
import { isOrderProblem } from '../model/problem-reasons';
import { DISPUTE_FORM_REASONS } from './dispute-reasons';
import { defineRule } from './rule';

/** One thing to capture, as the UI shows it on the checklist. */
export interface ChecklistItem {
  /** Stable id: evidence files link to it (EvidenceMeta.checklistItemIds). */
  id: string;
  /** What to capture. */
  what: string;
  /** How: angles, light, what must be in the same picture. */
  how: string;
  kind: EvidenceKind;
  required: boolean;
}

type ItemSpec = Omit<ChecklistItem, 'required'> & { optional?: true };

/** Source: official legacy evidence guidance: evidence is required when the item was received, optional when not. */
export const EVIDENCE_REQUIRED_WHEN_RECEIVED = /* @__PURE__ */ defineRule({
  id: 'evidence-required-when-received',
  summary:
    'Evidence is required when the item was received and optional when it was not; it can be added or changed until the case closes.',
  value: true,
  era: 'legacy',
  source: 'AliExpress official evidence guidance (legacy help)',
  alternatives: [],
});

/** Source: buyer guides, "why disputes are lost" (current). The composer and checklist repeat these as tips. */
export const DISPUTE_LOSS_REASONS = /* @__PURE__ */ defineRule({
  id: 'dispute-loss-reasons',
  summary: 'Why disputes are lost.',
  value: [
    'the problem is described badly (put the main problem first, then list the secondary ones)',
    'there is no proof',
    'the evidence does not show the problem (dark video, unfocused photo)',
    'the refund asked is too high',
  ] as readonly string[],
  era: 'current',
  source: 'AliExpress buyer guides (current)',
  alternatives: [],
});

/** Tips that apply to every photo and video (from DISPUTE_LOSS_REASONS and the legacy guidance). */
export const EVIDENCE_QUALITY_TIPS: readonly string[] = [
  'Use daylight or bright light; a dark photo or video does not show the problem.',
  'Hold still and focus on the problem; retake anything blurred.',
  'Keep each video short and to the point; zip large videos before uploading.',
  'Keep the original files: Buyer Guard records a fingerprint (SHA-256) of each one.',
];

const ORDER_PAGE: ItemSpec = {
  id: 'order-page-screenshot',
  what: 'Screenshot of the order details page',
  how: 'Order number, item, chosen variant, price, order date and status visible in one screenshot.',
  kind: 'screenshot',
};
const LISTING: ItemSpec = {
  id: 'listing-screenshot',
  what: 'Screenshot of the product page as you ordered it',
  how: 'The title, photos, description or specification you relied on, and the variant you chose.',
  kind: 'screenshot',
};
const SELLER_CHAT: ItemSpec = {
  id: 'seller-chat-screenshot',
  what: 'Screenshots of your messages with the seller',
  how: 'Dates, the store name and what was said visible; keep every screenshot.',
  kind: 'screenshot',
  optional: true,
};
const LABEL_WEIGHT: ItemSpec = {
  id: 'label-weight-photo',
  what: 'Photo of the shipping label with the declared weight, and the parcel on a scale',
  how: 'Label readable (tracking number and weight); the scale display and the parcel in the same picture.',
  kind: 'photo',
};
const UNBOXING_VIDEO: ItemSpec = {
  id: 'unboxing-video',
  what: 'Video of opening the parcel',
  how: 'One continuous take from the sealed parcel (label visible) to the contents.',
  kind: 'video',
  optional: true,
};

/**
 * Source: shared/rules/aliexpress.md "Evidence" (current buyer guides and the official legacy guidance:
 * differences with photos/videos; wrong size: item flat beside a ruler plus the size label; defective
 * electronics: a video of it not working; customs hold: the customs papers).
 */
export const EVIDENCE_REQUIREMENTS: Readonly<Record<ProblemReason, readonly ItemSpec[]>> = {
  'not-received': [
    {
      id: 'tracking-screenshot',
      what: 'Screenshot of the tracking history',
      how: 'The whole event list with dates: no delivery, a stalled or odd history, or "delivered" somewhere else.',
      kind: 'screenshot',
    },
    {
      id: 'tracking-number',
      what: 'The tracking number and carrier',
      how: 'From the order’s tracking page; also check the carrier’s own site and capture what it says.',
      kind: 'screenshot',
    },
    {
      id: 'customs-papers',
      what: 'Customs papers, if the parcel is held in customs',
      how: 'The customs notice or letter, all pages, readable.',
      kind: 'document',
      optional: true,
    },
    ORDER_PAGE,
    SELLER_CHAT,
  ],
  damaged: [
    {
      id: 'damage-photos',
      what: 'Photos of the damage from several angles',
      how: 'One wide shot of the whole item, then a close-up of each damaged part; daylight, in focus.',
      kind: 'photo',
    },
    {
      id: 'packaging-photos',
      what: 'Photos of the packaging as received',
      how: 'Outer box and inner padding, any crushed or torn parts, with the shipping label visible.',
      kind: 'photo',
    },
    UNBOXING_VIDEO,
    ORDER_PAGE,
  ],
  'wrong-item': [
    {
      id: 'item-next-to-order',
      what: 'The received item next to the order details',
      how: 'Item and the order page (on screen or printed) in one picture, so the difference is obvious.',
      kind: 'photo',
    },
    LISTING,
    {
      id: 'item-label-photo',
      what: 'Photo of the received item’s label or model number',
      how: 'Close-up, readable.',
      kind: 'photo',
      optional: true,
    },
    ORDER_PAGE,
  ],
  'missing-items': [
    {
      id: 'contents-photo',
      what: 'Photo of all package contents laid out',
      how: 'Everything that came, counted and side by side, next to the order details showing the quantity ordered.',
      kind: 'photo',
    },
    LABEL_WEIGHT,
    UNBOXING_VIDEO,
    ORDER_PAGE,
  ],
  'quality-problem': [
    {
      id: 'defect-video',
      what: 'Video showing the defect',
      how: 'Good light, steady; show the whole item, then the defect close up; say or caption what is wrong.',
      kind: 'video',
    },
    {
      id: 'defect-photos',
      what: 'Close-up photos of the defect',
      how: 'In focus, with something for scale where it helps.',
      kind: 'photo',
    },
    LISTING,
    ORDER_PAGE,
  ],
  'does-not-work': [
    {
      id: 'not-working-video',
      what: 'Video of the item not working',
      how: 'Set it up as the instructions say (charged, connected, switched on) and show it failing in one take.',
      kind: 'video',
    },
    {
      id: 'item-label-photo',
      what: 'Photo of the model label or serial number',
      how: 'Close-up, readable.',
      kind: 'photo',
      optional: true,
    },
    ORDER_PAGE,
  ],
  'not-as-described': [
    {
      id: 'differences-photos',
      what: 'Photos or videos of each difference from the listing',
      how: 'One picture per difference; list the differences in your description in the same order.',
      kind: 'photo',
    },
    LISTING,
    ORDER_PAGE,
  ],
  counterfeit: [
    {
      id: 'brand-details-photos',
      what: 'Photos of logos, labels, serial numbers and packaging',
      how: 'Close-ups that show what makes it a fake (misspelt brand, missing hologram, wrong serial format).',
      kind: 'photo',
    },
    LISTING,
    ORDER_PAGE,
  ],
  'size-colour-mismatch': [
    {
      id: 'ruler-photo',
      what: 'The item lying flat beside a ruler or tape measure',
      how: 'Measure the dimension the size chart gives (e.g. chest width, length), the ruler’s numbers readable.',
      kind: 'photo',
    },
    {
      id: 'size-label-photo',
      what: 'Photo of the size label',
      how: 'Close-up, readable.',
      kind: 'photo',
    },
    {
      id: 'size-chart-screenshot',
      what: 'Screenshot of the listing’s size chart and the variant you chose',
      how: 'The row of your size visible.',
      kind: 'screenshot',
    },
    ORDER_PAGE,
  ],
  'empty-package': [
    {
      id: 'package-photos',
      what: 'Photos of the package from all sides, opened and empty (or incomplete)',
      how: 'Show the seals and any sign of opening, and what was inside.',
      kind: 'photo',
    },
    LABEL_WEIGHT,
    { ...UNBOXING_VIDEO, optional: undefined },
    ORDER_PAGE,
  ],
  'different-shipping-method': [
    {
      id: 'tracking-carrier-screenshot',
      what: 'Screenshot of the tracking showing the carrier actually used',
      how: 'Carrier name and tracking number visible.',
      kind: 'screenshot',
    },
    {
      id: 'chosen-shipping-screenshot',
      what: 'Screenshot of the shipping method you chose and paid for',
      how: 'From the order details: method name and shipping cost.',
      kind: 'screenshot',
    },
    ORDER_PAGE,
  ],
  'payment-error': [
    {
      id: 'payment-record',
      what: 'Bank or card statement line, or the payment receipt',
      how: 'Amount, date and merchant visible; hide unrelated lines.',
      kind: 'document',
    },
    ORDER_PAGE,
  ],
  'money-not-credited': [
    {
      id: 'payment-record',
      what: 'Proof of payment',
      how: 'Bank or card statement line, or the payment receipt, with amount and date.',
      kind: 'document',
    },
    ORDER_PAGE,
  ],
  'refund-not-received': [
    {
      id: 'refund-record',
      what: 'Screenshot of the refund on the order or dispute page',
      how: 'Refund amount, date and status visible.',
      kind: 'screenshot',
    },
    {
      id: 'statement-without-refund',
      what: 'Bank or card statement since the refund date',
      how: 'Shows that the refund has not arrived; hide unrelated lines.',
      kind: 'document',
    },
  ],
  'order-cancelled': [
    {
      id: 'cancellation-screenshot',
      what: 'Screenshot of the cancelled order and its refund status',
      how: 'Order number, cancel date and refund status visible.',
      kind: 'screenshot',
    },
  ],
  'pay-outside-platform': [
    {
      id: 'misconduct-chat-screenshot',
      what: 'Screenshot of the seller’s message asking to pay outside AliExpress',
      how: 'The message, its date and the store name in one screenshot.',
      kind: 'screenshot',
    },
  ],
  'confirm-before-arrival': [
    {
      id: 'misconduct-chat-screenshot',
      what: 'Screenshot of the seller asking you to confirm receipt before the item arrived',
      how: 'The message, its date and the store name in one screenshot.',
      kind: 'screenshot',
    },
    { ...ORDER_PAGE, optional: true },
  ],
  'threats-or-rudeness': [
    {
      id: 'misconduct-chat-screenshot',
      what: 'Screenshots of the threatening or rude messages',
      how: 'Every message, with dates and the store name.',
      kind: 'screenshot',
    },
  ],
  spam: [
    {
      id: 'misconduct-chat-screenshot',
      what: 'Screenshots of the spam messages',
      how: 'With dates and the sender’s store name.',
      kind: 'screenshot',
    },
  ],
  phishing: [
    {
      id: 'misconduct-chat-screenshot',
      what: 'Screenshot of the phishing message or link',
      how: 'Do not open the link; capture the message with its date and sender.',
      kind: 'screenshot',
    },
  ],
  'inflated-price': [
    { ...LISTING, how: 'The listed price (and any crossed-out "original" price) with the date visible.' },
    ORDER_PAGE,
  ],
  'changed-quantity': [ORDER_PAGE, { ...SELLER_CHAT, optional: undefined }],
  'changed-shipping-cost': [
    { ...LISTING, how: 'The shipping cost shown on the product page for your country.' },
    ORDER_PAGE,
  ],
  'fake-tracking': [
    {
      id: 'tracking-screenshot',
      what: 'Screenshot of the tracking history',
      how: 'Shows the number is unknown to the carrier, or belongs to another city or country.',
      kind: 'screenshot',
    },
    {
      id: 'carrier-site-screenshot',
      what: 'Screenshot of the carrier’s own site for the same number',
      how: 'The number and the carrier’s answer visible.',
      kind: 'screenshot',
      optional: true,
    },
  ],
  'account-question': [],
};

/**
 * The checklist for one problem. For an order problem whose item was never received everything is
 * optional (EVIDENCE_REQUIRED_WHEN_RECEIVED); otherwise items are required unless marked optional.
 */
export function evidenceRequirements(reason: ProblemReason): ChecklistItem[] {
  const received = isOrderProblem(reason) ? DISPUTE_FORM_REASONS[reason].itemReceived : true;
  return EVIDENCE_REQUIREMENTS[reason].map(({ optional, ...item }) => ({
    ...item,
    required: received && optional !== true,
  }));
}

/** Required checklist items not yet covered by any evidence file. */
export function missingEvidence(reason: ProblemReason, coveredItemIds: readonly string[]): ChecklistItem[] {
  return evidenceRequirements(reason).filter((item) => item.required && !coveredItemIds.includes(item.id));
}
