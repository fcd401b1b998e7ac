import { isAliExpressHost } from '../marketplaces/aliexpress/hosts';

/**
 * Where "Open the order on AliExpress" goes: the detail link the page gave, only when it is an https
 * AliExpress URL (a page's link can point anywhere, and an imported backup can hold any URL), else the
 * order's standard detail page.
 */
export function orderPageUrl(orderId: string, detailUrl?: string): string {
  const fallback = `https://www.aliexpress.com/p/order/detail.html?orderId=${encodeURIComponent(orderId)}`;
  if (!detailUrl || !URL.canParse(detailUrl)) return fallback;
  const url = new URL(detailUrl);
  const ours = url.protocol === 'https:' && !url.username && !url.password && isAliExpressHost(url.hostname);
  return ours ? url.href : fallback;
}
