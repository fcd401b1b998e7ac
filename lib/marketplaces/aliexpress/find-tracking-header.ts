import { findOrderElements, type OrderElement } from './find-order-elements';

/**
 * The tracking page's header (status, estimated delivery), where its order's badge goes. Its class names
 * are hashed per release (`logistic-info-v2--header--X0fPzen`), so they are matched on their stable part;
 * the older page's plain names follow.
 */
const HEADER = ['[class*="logistic-info-v2--header"]', '[class*="logistic-info--header"]', '.tracking-header'];
const STATUS_TITLE = ['[class*="statusTitle"]', '[class*="status-title"]'];

/**
 * Where the badge of the order a tracking page is about goes. The page does not show the order's id: it is
 * in the page's address (`tradeOrderId`, read by detectAliExpressPage), so `orderId` is given. When the page
 * does label the id, the block around that label is used (a layout with the id in its header); otherwise
 * its header, or the block around the status title. No header found: no badge, rather than one in a
 * place that says nothing about this order.
 */
export function findTrackingHeader(document: Document, orderId: string): OrderElement[] {
  const labelled = findOrderElements(document).find((found) => found.orderId === orderId);
  if (labelled) return [labelled];
  for (const selector of HEADER) {
    const header = document.querySelector(selector);
    if (header) return [{ orderId, element: header }];
  }
  for (const selector of STATUS_TITLE) {
    const title = document.querySelector(selector);
    if (title?.parentElement && title.parentElement !== document.body) {
      return [{ orderId, element: title.parentElement }];
    }
  }
  return [];
}
