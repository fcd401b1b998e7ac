import { detectAliExpressPage } from '../marketplaces/aliexpress/urls';

/** Badges go on My Orders and on an order's detail page; not on tracking pages or anywhere else. */
export function badgesBelongOn(url: string): boolean {
  const { kind } = detectAliExpressPage(url);
  return kind === 'order-list' || kind === 'order-detail';
}
