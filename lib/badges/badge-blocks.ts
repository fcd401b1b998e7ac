import { findOrderElements, type OrderElement } from '../marketplaces/aliexpress/find-order-elements';
import { findTrackingHeader } from '../marketplaces/aliexpress/find-tracking-header';
import { detectAliExpressPage } from '../marketplaces/aliexpress/urls';

/**
 * The blocks the badges anchor to on the page at `url`: each order's block on My Orders and on an order's
 * page; the header of a tracking page, for the order its address names.
 */
export function badgeBlocks(document: Document, url: string): OrderElement[] {
  const page = detectAliExpressPage(url);
  return page.kind === 'tracking' ? findTrackingHeader(document, page.orderId) : findOrderElements(document);
}
