import type { ObservedApiResponse } from '../lib/marketplaces/aliexpress/observed-response';

/**
 * The buyer page a capture of responses belongs to, when `npm run read-page` gets captures alone (no saved
 * page, no --url): the order list for the list API, an order's detail or tracking page for theirs (the order
 * id from the request's `data` parameter or the response), the returns/refunds list for the reverse APIs.
 */
export function pageUrlOfCaptures(observed: readonly ObservedApiResponse[]): string | undefined {
  const first = observed[0];
  if (!first) return undefined;
  const api = first.api.toLowerCase();
  if (api === 'mtop.aliexpress.trade.buyer.order.list') return 'https://www.aliexpress.com/p/order/index.html';
  if (api.includes('.buyer.reverse.')) return 'https://www.aliexpress.com/p/refund-dispute/list.html';
  const orderId = orderIdOf(first);
  if (!orderId) return undefined;
  if (api === 'mtop.aliexpress.trade.buyer.order.detail')
    return `https://www.aliexpress.com/p/order/detail.html?orderId=${orderId}`;
  if (api === 'mtop.ae.ld.querydetail')
    return `https://www.aliexpress.com/p/tracking/index.html?tradeOrderId=${orderId}`;
  return undefined;
}

const ORDER_ID = /^\d{6,24}$/;
const ID_KEYS = ['tradeOrderId', 'orderId', 'mainOrderId'];

function orderIdOf(response: ObservedApiResponse): string | undefined {
  try {
    const data = new URL(response.url).searchParams.get('data');
    const fromRequest = data ? firstId(JSON.parse(data), 2) : undefined;
    if (fromRequest) return fromRequest;
  } catch {
    // No usable request data: look in the response.
  }
  return firstId(response.body, 8);
}

/** The first order id under a known key, breadth first, within `depth` levels. */
function firstId(value: unknown, depth: number): string | undefined {
  let level: unknown[] = [value];
  for (let d = 0; d <= depth && level.length; d++) {
    const next: unknown[] = [];
    for (const node of level) {
      if (!node || typeof node !== 'object') continue;
      for (const key of ID_KEYS) {
        const id = (node as Record<string, unknown>)[key];
        if ((typeof id === 'string' || typeof id === 'number') && ORDER_ID.test(String(id))) return String(id);
      }
      next.push(...Object.values(node as Record<string, unknown>));
    }
    level = next;
  }
  return undefined;
}
