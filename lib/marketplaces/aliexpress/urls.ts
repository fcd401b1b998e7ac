import { isAliExpressHost } from './hosts';

/** The buyer pages Buyer Guard knows, detected from the URL alone. */
export type AliExpressPage =
  | { kind: 'order-list' }
  | { kind: 'order-detail'; orderId: string }
  | { kind: 'tracking'; orderId: string }
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
  if (path === '/p/order/index.html' || path === '/p/order') return { kind: 'order-list' };
  if (path === '/p/order/detail.html') {
    const orderId = parsed.searchParams.get('orderId') ?? '';
    return ORDER_ID.test(orderId) ? { kind: 'order-detail', orderId } : { kind: 'unknown' };
  }
  if (path === '/p/tracking/index.html') {
    const orderId = parsed.searchParams.get('tradeOrderId') ?? '';
    return ORDER_ID.test(orderId) ? { kind: 'tracking', orderId } : { kind: 'unknown' };
  }
  return { kind: 'unknown' };
}
