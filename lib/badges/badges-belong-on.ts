import { detectAliExpressPage } from '../marketplaces/aliexpress/urls';

/**
 * Badges go on My Orders, on an order's detail page and on an order's tracking page (near its header:
 * badge-blocks.ts); not anywhere else.
 */
export function badgesBelongOn(url: string): boolean {
  const { kind } = detectAliExpressPage(url);
  return kind === 'order-list' || kind === 'order-detail' || kind === 'tracking';
}
