import { isAliExpressHost } from '../marketplaces/aliexpress/hosts';

/**
 * The one check for every URL the guide opens: only https URLs on AliExpress's own hosts pass, without
 * credentials or another port (a page's link can point anywhere, and an imported backup can hold any
 * URL). The URL is returned normalised, so what is opened is exactly what was checked.
 */
export function marketplacePageUrl(url: string | undefined): string | undefined {
  if (!url || !URL.canParse(url)) return undefined;
  const parsed = new URL(url);
  const ok =
    parsed.protocol === 'https:' &&
    !parsed.username &&
    !parsed.password &&
    !parsed.port &&
    isAliExpressHost(parsed.hostname);
  return ok ? parsed.href : undefined;
}

/**
 * Where "Open the order on AliExpress" goes: the detail link the page gave when it passes the one URL
 * check, else the order's standard detail page.
 */
export function orderPageUrl(orderId: string, detailUrl?: string): string {
  return (
    marketplacePageUrl(detailUrl) ??
    `https://www.aliexpress.com/p/order/detail.html?orderId=${encodeURIComponent(orderId)}`
  );
}
