import { browser } from 'wxt/browser';
import { isMarketplaceUrl } from '../../lib/background/is-marketplace-url';
import { GUIDE_ORDER_KEY } from '../../lib/background/open-guide';
import { orderRef } from '../../lib/db/records';
import { detectAliExpressPage } from '../../lib/marketplaces/aliexpress/urls';
import { pageDatabase } from '../../lib/pages/page-database';

/**
 * Which order the popup opens on, and the AliExpress tab it was opened from: an explicit
 * `?order=` (a tab opened by a badge's "Open the guide"), else the order a badge asked for
 * (session storage, taken once), else the tracked order whose page is in the active tab.
 */
export async function startingPoint(): Promise<{ orderId?: string; sourceTabId?: number }> {
  const fromQuery = new URLSearchParams(location.search).get('order') ?? undefined;
  const [tab] = await browser.tabs.query({ active: true, currentWindow: true });
  const page = tab?.url ? detectAliExpressPage(tab.url) : { kind: 'unknown' as const };
  // Any AliExpress page can be captured as evidence (a product page too), not only order pages.
  const sourceTabId = tab?.url && isMarketplaceUrl(tab.url) ? tab.id : undefined;
  const stored = await browser.storage.session.get(GUIDE_ORDER_KEY);
  const fromBadge = typeof stored[GUIDE_ORDER_KEY] === 'string' ? (stored[GUIDE_ORDER_KEY] as string) : undefined;
  if (fromBadge) await browser.storage.session.remove(GUIDE_ORDER_KEY);
  let orderId = fromQuery ?? fromBadge;
  if (!orderId && (page.kind === 'order-detail' || page.kind === 'tracking')) {
    const tracked = await pageDatabase().orders.get(orderRef('aliexpress', page.orderId));
    if (tracked) orderId = page.orderId;
  }
  return {
    ...(orderId && /^\d{6,24}$/.test(orderId) && { orderId }),
    ...(sourceTabId !== undefined && { sourceTabId }),
  };
}
