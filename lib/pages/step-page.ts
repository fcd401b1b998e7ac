import { trackingPageUrl } from '../marketplaces/aliexpress/urls';
import { marketplacePageUrl } from '../marketplaces/marketplace-url';
import type { Order } from '../model/order';
import type { Advice, AdviceBranch } from '../rules/advice';
import { orderPageUrl } from './order-page-url';

/**
 * Which AliExpress page the guide's one primary button opens for the advisor's step, so the buyer lands
 * where the step is taken:
 * - `open-dispute`, `extend-protection`, `contact-seller`, `feedback`, `order`: the order's detail page,
 *   where "Open dispute", the extension request, "Contact seller" and feedback are. Its address is the
 *   one the page gave, else the standard one. (The return/refund form `/p/reverse-pages/start.html` is
 *   not linked: the parameters the detail page adds to it are not known, docs research §4.2.) The
 *   store's own message link is not read from any page yet, so "Contact seller" goes through the order.
 * - `dispute`: the dispute's own page as a dispute page showed it; without one, the order's page, whose
 *   dispute link leads to the case.
 * - `tracking`: the order's tracking page.
 * - `report-item`: the product page, where "Report item" is.
 * - `workspace`: no AliExpress page — the step is collecting evidence in Buyer Guard's workspace.
 * Steps taken elsewhere (customer service, the bank, PayPal) or nowhere have no button.
 * Every URL passes the one URL check (https, AliExpress's hosts).
 */
export type StepPageKind =
  | 'open-dispute'
  | 'extend-protection'
  | 'contact-seller'
  | 'dispute'
  | 'tracking'
  | 'feedback'
  | 'order'
  | 'report-item'
  | 'workspace';

export interface StepPage {
  kind: StepPageKind;
  /** The checked https AliExpress URL; absent for the workspace. */
  url?: string;
  /** The dispute page is not known: the order's page stands in for it. */
  viaOrderPage?: boolean;
}

/** Branches whose step is on the dispute's page (answering, escalating, evidence, a return, following it). */
const ON_DISPUTE_PAGE: ReadonlySet<AdviceBranch> = new Set<AdviceBranch>([
  'return-window-missed',
  'ship-return',
  'offer-resend',
  'offer-full-refund',
  'offer-fair',
  'offer-low',
  'offer-unreasonable',
  'offer-partial-unclear',
  'offer-return-seller-pays',
  'offer-return-buyer-pays',
  'escalated-add-evidence',
  'escalated-wait',
  'accepted-wait-refund',
  'page-dispute-untracked',
  'opened-add-evidence',
  'opened-wait-seller',
  'seller-silent-auto-refund',
  'negotiation-add-evidence',
  'escalate-now',
  'wait-for-escalation',
  'decided-wait-refund',
  'decision-appeal',
]);

/** Branches whose step is on the order's page. */
const ON_ORDER_PAGE: Readonly<Partial<Record<AdviceBranch, StepPageKind>>> = {
  'awaiting-payment': 'order',
  'awaiting-shipment': 'order',
  'extend-protection': 'extend-protection',
  'extend-protection-late': 'extend-protection',
  'extension-not-granted': 'open-dispute',
  'protection-ending-open-dispute': 'open-dispute',
  'tracking-silent': 'contact-seller',
  'delivered-inspect': 'order',
  'completed-feedback': 'feedback',
  'status-unknown': 'order',
  'before-dispute-contact-seller': 'contact-seller',
  'wait-dispute-opens': 'open-dispute',
  'open-dispute-urgent': 'open-dispute',
  'contact-seller-first': 'contact-seller',
  'wait-seller-reply': 'contact-seller',
  'open-dispute': 'open-dispute',
  'reopen-dispute': 'open-dispute',
  'accepted-closed': 'order',
  'resolved-feedback': 'feedback',
  'lost-feedback': 'feedback',
  'window-closed-feedback': 'feedback',
  'refund-in-transit': 'order',
};

/** Branches whose step is on the tracking page. */
const ON_TRACKING_PAGE: ReadonlySet<AdviceBranch> = new Set<AdviceBranch>([
  'in-transit-wait',
  'not-received-in-transit',
  'negotiation-in-transit',
]);

export function stepPage(order: Order, advice: Pick<Advice, 'branch'>): StepPage | undefined {
  const detail = orderPageUrl(order.orderId, order.detailUrl);
  const { branch } = advice;
  if (ON_DISPUTE_PAGE.has(branch)) {
    const dispute = marketplacePageUrl(order.dispute?.url);
    return dispute ? { kind: 'dispute', url: dispute } : { kind: 'dispute', url: detail, viaOrderPage: true };
  }
  if (ON_TRACKING_PAGE.has(branch)) {
    return { kind: 'tracking', url: trackingPageUrl(order.orderId, marketplacePageUrl(order.trackingUrl)) };
  }
  const onOrder = ON_ORDER_PAGE[branch];
  if (onOrder) return { kind: onOrder, url: detail };
  if (branch === 'collect-evidence') return { kind: 'workspace' };
  if (branch === 'report-misconduct') {
    const product = marketplacePageUrl(order.items?.[0]?.productUrl);
    return product ? { kind: 'report-item', url: product } : undefined;
  }
  // Customer service, the payment provider, a case Buyer Guard cannot place: no AliExpress page to open.
  return undefined;
}
