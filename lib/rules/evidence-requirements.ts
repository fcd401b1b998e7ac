import type { MessageKey } from '../i18n/messages/en/index';
import type { EvidenceKind } from '../model/evidence';
import type { ProblemReason } from '../model/problem-reasons';
import { isOrderProblem } from '../model/problem-reasons';
import { buyerWords } from './buyer-words';
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

/** Source: official legacy evidence guidance: evidence is required when the item was received, optional when not. */
export const EVIDENCE_REQUIRED_WHEN_RECEIVED = /* @__PURE__ */ defineRule({
  id: 'evidence-required-when-received',
  summary:
    // i18n-exempt: rule metadata for developers (the registry); the buyer reads the advisor's catalog words
    'Evidence is required when the item was received and optional when it was not; it can be added or changed until the case closes.',
  value: true,
  era: 'legacy',
  // i18n-exempt: rule metadata for developers (the registry)
  source: 'AliExpress official evidence guidance (legacy help)',
  alternatives: [],
});

/** Source: buyer guides, "why disputes are lost" (current). The composer and checklist repeat these as tips. */
export const DISPUTE_LOSS_REASONS = /* @__PURE__ */ defineRule({
  id: 'dispute-loss-reasons',
  // i18n-exempt: rule metadata for developers (the registry)
  summary: 'Why disputes are lost.',
  // The reasons as the guides give them, for developers: the buyer reads them as tips (evidence.tip.*, advice.*).
  value: [
    // i18n-exempt: rule value for developers, never shown
    'the problem is described badly (put the main problem first, then list the secondary ones)',
    // i18n-exempt: rule value for developers, never shown
    'there is no proof',
    // i18n-exempt: rule value for developers, never shown
    'the evidence does not show the problem (dark video, unfocused photo)',
    // i18n-exempt: rule value for developers, never shown
    'the refund asked is too high',
  ] as readonly string[],
  era: 'current',
  // i18n-exempt: rule metadata for developers (the registry)
  source: 'AliExpress buyer guides (current)',
  alternatives: [],
});

/** Tips that apply to every photo and video (from DISPUTE_LOSS_REASONS and the legacy guidance). */
export function evidenceQualityTips(locale?: string): string[] {
  const { t } = buyerWords(locale);
  return [t('evidence.tip.light'), t('evidence.tip.focus'), t('evidence.tip.short'), t('evidence.tip.originals')];
}

/**
 * English, for callers that do not pass the buyer's language yet. Marked pure so a bundle that does not use it
 * (none does today) drops the call, and no start of the worker or a page formats these messages for nothing.
 */
export const EVIDENCE_QUALITY_TIPS: readonly string[] = /* @__PURE__ */ evidenceQualityTips();

/**
 * One item to capture: its id (evidence files link to it) and kind. Its words are the catalogs'
 * `evidence.<id>.what` / `.how`; where a problem words the same item its own way, `variant` names that
 * problem (`evidence.<id>.what.<variant>`).
 */
interface ItemSpec {
  id: ItemId;
  kind: EvidenceKind;
  optional?: true;
  whatFor?: ProblemReason;
  howFor?: ProblemReason;
}

type ItemId =
  | 'order-page-screenshot'
  | 'listing-screenshot'
  | 'seller-chat-screenshot'
  | 'label-weight-photo'
  | 'unboxing-video'
  | 'tracking-screenshot'
  | 'tracking-number'
  | 'customs-papers'
  | 'damage-photos'
  | 'packaging-photos'
  | 'item-next-to-order'
  | 'item-label-photo'
  | 'contents-photo'
  | 'defect-video'
  | 'defect-photos'
  | 'not-working-video'
  | 'differences-photos'
  | 'brand-details-photos'
  | 'ruler-photo'
  | 'size-label-photo'
  | 'size-chart-screenshot'
  | 'package-photos'
  | 'tracking-carrier-screenshot'
  | 'chosen-shipping-screenshot'
  | 'payment-record'
  | 'refund-record'
  | 'statement-without-refund'
  | 'cancellation-screenshot'
  | 'misconduct-chat-screenshot'
  | 'carrier-site-screenshot';

const item = (id: ItemId, kind: EvidenceKind, extra: Partial<ItemSpec> = {}): ItemSpec => ({ id, kind, ...extra });

const ORDER_PAGE = item('order-page-screenshot', 'screenshot');
const LISTING = item('listing-screenshot', 'screenshot');
const SELLER_CHAT = item('seller-chat-screenshot', 'screenshot', { optional: true });
const LABEL_WEIGHT = item('label-weight-photo', 'photo');
const UNBOXING_VIDEO = item('unboxing-video', 'video', { optional: true });
const misconductChat = (reason: ProblemReason, ownHow = false) =>
  item('misconduct-chat-screenshot', 'screenshot', { whatFor: reason, ...(ownHow && { howFor: reason }) });

/**
 * Source: shared/rules/aliexpress.md "Evidence" (current buyer guides and the official legacy guidance:
 * differences with photos/videos; wrong size: item flat beside a ruler plus the size label; defective
 * electronics: a video of it not working; customs hold: the customs papers).
 */
export const EVIDENCE_REQUIREMENTS: Readonly<Record<ProblemReason, readonly ItemSpec[]>> = {
  'not-received': [
    item('tracking-screenshot', 'screenshot'),
    item('tracking-number', 'screenshot'),
    item('customs-papers', 'document', { optional: true }),
    ORDER_PAGE,
    SELLER_CHAT,
  ],
  damaged: [item('damage-photos', 'photo'), item('packaging-photos', 'photo'), UNBOXING_VIDEO, ORDER_PAGE],
  'wrong-item': [
    item('item-next-to-order', 'photo'),
    LISTING,
    item('item-label-photo', 'photo', { optional: true }),
    ORDER_PAGE,
  ],
  'missing-items': [item('contents-photo', 'photo'), LABEL_WEIGHT, UNBOXING_VIDEO, ORDER_PAGE],
  'quality-problem': [item('defect-video', 'video'), item('defect-photos', 'photo'), LISTING, ORDER_PAGE],
  'does-not-work': [
    item('not-working-video', 'video'),
    item('item-label-photo', 'photo', { optional: true, whatFor: 'does-not-work' }),
    ORDER_PAGE,
  ],
  'not-as-described': [item('differences-photos', 'photo'), LISTING, ORDER_PAGE],
  counterfeit: [item('brand-details-photos', 'photo'), LISTING, ORDER_PAGE],
  'size-colour-mismatch': [
    item('ruler-photo', 'photo'),
    item('size-label-photo', 'photo'),
    item('size-chart-screenshot', 'screenshot'),
    ORDER_PAGE,
  ],
  'empty-package': [
    item('package-photos', 'photo'),
    LABEL_WEIGHT,
    { ...UNBOXING_VIDEO, optional: undefined },
    ORDER_PAGE,
  ],
  'different-shipping-method': [
    item('tracking-carrier-screenshot', 'screenshot'),
    item('chosen-shipping-screenshot', 'screenshot'),
    ORDER_PAGE,
  ],
  'payment-error': [item('payment-record', 'document'), ORDER_PAGE],
  'money-not-credited': [
    item('payment-record', 'document', { whatFor: 'money-not-credited', howFor: 'money-not-credited' }),
    ORDER_PAGE,
  ],
  'refund-not-received': [item('refund-record', 'screenshot'), item('statement-without-refund', 'document')],
  'order-cancelled': [item('cancellation-screenshot', 'screenshot')],
  'pay-outside-platform': [misconductChat('pay-outside-platform')],
  'confirm-before-arrival': [misconductChat('confirm-before-arrival'), { ...ORDER_PAGE, optional: true }],
  'threats-or-rudeness': [misconductChat('threats-or-rudeness', true)],
  spam: [misconductChat('spam', true)],
  phishing: [misconductChat('phishing', true)],
  'inflated-price': [{ ...LISTING, howFor: 'inflated-price' }, ORDER_PAGE],
  'changed-quantity': [ORDER_PAGE, { ...SELLER_CHAT, optional: undefined }],
  'changed-shipping-cost': [{ ...LISTING, howFor: 'changed-shipping-cost' }, ORDER_PAGE],
  'fake-tracking': [
    item('tracking-screenshot', 'screenshot', { howFor: 'fake-tracking' }),
    item('carrier-site-screenshot', 'screenshot', { optional: true }),
  ],
  'account-question': [],
};

/**
 * The checklist for one problem, worded in the buyer's language (`locale`: BCP 47; English by default).
 * For an order problem whose item was never received everything is optional
 * (EVIDENCE_REQUIRED_WHEN_RECEIVED); otherwise items are required unless marked optional.
 */
export function evidenceRequirements(reason: ProblemReason, locale?: string): ChecklistItem[] {
  const { t } = buyerWords(locale);
  const received = isOrderProblem(reason) ? DISPUTE_FORM_REASONS[reason].itemReceived : true;
  return EVIDENCE_REQUIREMENTS[reason].map(({ id, kind, optional, whatFor, howFor }) => ({
    id,
    what: t(itemKey(id, 'what', whatFor)),
    how: t(itemKey(id, 'how', howFor)),
    kind,
    required: received && optional !== true,
  }));
}

/**
 * The catalog key of an item's words: `evidence.<id>.what`, or `evidence.<id>.what.<problem>` where a
 * problem words it its own way. Every spec's keys exist in the English catalog (a unit test reads each).
 */
function itemKey(id: ItemId, part: 'what' | 'how', variant: ProblemReason | undefined): MessageKey {
  return (variant === undefined ? `evidence.${id}.${part}` : `evidence.${id}.${part}.${variant}`) as MessageKey;
}

/** Required checklist items not yet covered by any evidence file. */
export function missingEvidence(
  reason: ProblemReason,
  coveredItemIds: readonly string[],
  locale?: string,
): ChecklistItem[] {
  return evidenceRequirements(reason, locale).filter((item) => item.required && !coveredItemIds.includes(item.id));
}
