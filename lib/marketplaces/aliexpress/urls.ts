import { isAliExpressHost } from './hosts';

/**
 * The buyer pages Buyer Guard knows, detected from the URL alone:
 * - order-list: My Orders, `/p/order/index.html` (also `/p/order/` and the older `/p/order/list.html`)
 * - order-detail: `/p/order/detail.html?orderId=<id>`
 * - tracking: `/p/tracking/index.html?tradeOrderId=<id>`
 * - dispute: the returns/refunds (dispute) pages: the list `/p/refund-dispute/list.html` and a case's pages
 *   under `/p/refund-dispute/` and `/p/reverse-pages/`, with the order in the query when the link gave it
 *   (`tradeOrderId`, `orderId`). `/p/reverse-pages/start.html` is the form that opens a return/refund: no
 *   case yet, not a dispute page.
 */
export type AliExpressPage =
  | { kind: 'order-list' }
  | { kind: 'order-detail'; orderId: string }
  | { kind: 'tracking'; orderId: string }
  | { kind: 'dispute'; orderId?: string }
  | { kind: 'unknown' };

const ORDER_ID = /^\d{6,24}$/;

export function detectAliExpressPage(url: string | URL): AliExpressPage {
  let parsed: URL;
  try {
    parsed = typeof url === 'string' ? new URL(url) : url;
  } catch {
    return { kind: 'unknown' };
  }
  if (parsed.protocol !== 'https:' || !isAliExpressHost(parsed.hostname)) return { kind: 'unknown' };
  const path = parsed.pathname.replace(/\/+$/, '');
  const param = (name: string) => parsed.searchParams.get(name) ?? '';
  if (path === '/p/order/index.html' || path === '/p/order' || path === '/p/order/list.html')
    return { kind: 'order-list' };
  if (path === '/p/order/detail.html') {
    const orderId = param('orderId');
    return ORDER_ID.test(orderId) ? { kind: 'order-detail', orderId } : { kind: 'unknown' };
  }
  if (path === '/p/tracking/index.html') {
    const orderId = param('tradeOrderId');
    return ORDER_ID.test(orderId) ? { kind: 'tracking', orderId } : { kind: 'unknown' };
  }
  if (path === '/p/reverse-pages/start.html') return { kind: 'unknown' };
  if (path.startsWith('/p/refund-dispute/') || path.startsWith('/p/reverse-pages/')) {
    const orderId = param('tradeOrderId') || param('orderId');
    return ORDER_ID.test(orderId) ? { kind: 'dispute', orderId } : { kind: 'dispute' };
  }
  return { kind: 'unknown' };
}

const DEFAULT_ORIGIN = 'https://www.aliexpress.com';

/**
 * A page of one order at the URL the page or its JSON gave, with the order's id in it. The order-list JSON
 * gives `orderDetailUrl: "https://www.aliexpress.com/p/order/detail.html"` without the id (the page adds
 * `?orderId=` when it renders the card) and the tracking button `href` without `tradeOrderId`; some
 * responses carry them with it. A URL on another host, over http, or naming another order is not used:
 * the standard address on www.aliexpress.com is.
 */
function orderPageUrl(orderId: string, path: string, param: string, given: string | undefined): string {
  let url: URL | undefined;
  try {
    url = given ? new URL(given.startsWith('//') ? `https:${given}` : given) : undefined;
  } catch {
    url = undefined;
  }
  const usable =
    url &&
    url.protocol === 'https:' &&
    !url.username &&
    !url.password &&
    isAliExpressHost(url.hostname) &&
    url.pathname.replace(/\/+$/, '') === path &&
    (url.searchParams.get(param) ?? orderId) === orderId;
  const result = usable && url ? url : new URL(`${DEFAULT_ORIGIN}${path}`);
  result.searchParams.set(param, orderId);
  result.hash = '';
  return result.href;
}

export function orderDetailPageUrl(orderId: string, given?: string): string {
  return orderPageUrl(orderId, '/p/order/detail.html', 'orderId', given);
}

export function trackingPageUrl(orderId: string, given?: string): string {
  return orderPageUrl(orderId, '/p/tracking/index.html', 'tradeOrderId', given);
}
