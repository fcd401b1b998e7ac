import { marketplacePageUrl } from '../marketplaces/marketplace-url';

/**
 * Where "Open the order on AliExpress" (the popup, a notification) goes: the detail link the page gave
 * when it passes the one URL check (marketplace-url.ts), else the order's standard detail page.
 */
export function orderPageUrl(orderId: string, detailUrl?: string): string {
  return (
    marketplacePageUrl(detailUrl) ??
    `https://www.aliexpress.com/p/order/detail.html?orderId=${encodeURIComponent(orderId)}`
  );
}
