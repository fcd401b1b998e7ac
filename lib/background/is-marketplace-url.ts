import { isAliExpressHost } from '../marketplaces/aliexpress/hosts';

/** Whether a tab's URL is an AliExpress page over https (any page: order, product, messages). */
export function isMarketplaceUrl(url: string): boolean {
  try {
    const parsed = new URL(url);
    return parsed.protocol === 'https:' && isAliExpressHost(parsed.hostname);
  } catch {
    return false;
  }
}
