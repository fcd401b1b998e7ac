import type { Order } from '../model/order';
import { isAliExpressHost, isAliExpressImageHost } from './aliexpress/hosts';

/**
 * The one check for every URL Buyer Guard opens or links: notifications, the popup's "Open the order
 * on AliExpress", the evidence summary's links, and the URLs a reading or a backup brings in. A page's
 * link can point anywhere and a backup can hold anything (`data:`, `chrome://`, another host), so only
 * https URLs on AliExpress's own hosts pass, without credentials or another port. The URL is returned
 * normalised, so what is opened is exactly what was checked.
 */
export function marketplacePageUrl(url: string | undefined): string | undefined {
  return checked(url, isAliExpressHost);
}

/** A product picture's URL: https on AliExpress's picture hosts (see hosts.ts); never opened or linked. */
export function marketplaceImageUrl(url: string | undefined): string | undefined {
  return checked(url, isAliExpressImageHost);
}

function checked(url: string | undefined, hostAllowed: (host: string) => boolean): string | undefined {
  if (!url || !URL.canParse(url)) return undefined;
  const parsed = new URL(url);
  const ok =
    parsed.protocol === 'https:' &&
    !parsed.username &&
    !parsed.password &&
    !parsed.port &&
    hostAllowed(parsed.hostname);
  return ok ? parsed.href : undefined;
}

/**
 * The order without the URLs that fail the check (a reading's or a backup's), and where they were
 * ("store.url", "items.0.productUrl"). The same order object when every URL passes.
 */
export function withMarketplaceUrlsOnly(order: Order): { order: Order; removed: string[] } {
  const removed: string[] = [];
  const page = (url: string | undefined, at: string) => keep(url, at, marketplacePageUrl, removed);
  const detailUrl = page(order.detailUrl, 'detailUrl');
  const trackingUrl = page(order.trackingUrl, 'trackingUrl');
  const storeUrl = page(order.store?.url, 'store.url');
  const items = order.items?.map((item, index) => ({
    item,
    productUrl: page(item.productUrl, `items.${index}.productUrl`),
    imageUrl: keep(item.imageUrl, `items.${index}.imageUrl`, marketplaceImageUrl, removed),
  }));
  const disputeUrl = page(order.dispute?.url, 'dispute.url');
  if (!removed.length) return { order, removed };

  const copy: Order = { ...order };
  if (detailUrl.drop) delete copy.detailUrl;
  if (trackingUrl.drop) delete copy.trackingUrl;
  if (copy.store && storeUrl.drop) {
    const { url: _url, ...store } = copy.store;
    copy.store = store;
  }
  if (items?.some(({ productUrl, imageUrl }) => productUrl.drop || imageUrl.drop)) {
    copy.items = items.map(({ item, productUrl, imageUrl }) => {
      const kept = { ...item };
      if (productUrl.drop) delete kept.productUrl;
      if (imageUrl.drop) delete kept.imageUrl;
      return kept;
    });
  }
  if (copy.dispute && disputeUrl.drop) {
    const { url: _url, ...dispute } = copy.dispute;
    copy.dispute = dispute;
  }
  return { order: copy, removed };
}

function keep(
  url: string | undefined,
  at: string,
  check: (url: string | undefined) => string | undefined,
  removed: string[],
): { drop: boolean } {
  if (url === undefined || check(url) !== undefined) return { drop: false };
  removed.push(at);
  return { drop: true };
}
