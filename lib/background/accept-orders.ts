import { withMarketplaceUrlsOnly } from '../marketplaces/marketplace-url';
import { type Order, orderSchema } from '../model/order';

/** An order of a reading that was not stored, and why (shown in the popup's reading status). */
export interface DroppedOrder {
  orderId: string;
  why: string;
}

const ORDER_ID = /^\d{6,24}$/;

/** The order id a value claims, for naming it in a diagnostic ("(no id)" when it has none worth showing). */
export function claimedOrderId(value: unknown): string {
  const id = (value as { orderId?: unknown } | null)?.orderId;
  return typeof id === 'string' && ORDER_ID.test(id) ? id : '(no id)'; // i18n-exempt: a diagnostic for the page report, in English
}

/**
 * The orders of a received reading that the model accepts, each checked on its own: a content
 * script's reader already cut what it could not read, so an order that still fails here (a value out
 * of range, a field too long) is dropped whole and named, and the others go on. A link that fails the
 * one URL check (marketplace-url.ts: a page's link to another host) is not kept.
 */
export function acceptOrders(values: readonly unknown[]): { orders: Order[]; dropped: DroppedOrder[] } {
  const orders: Order[] = [];
  const dropped: DroppedOrder[] = [];
  for (const value of values) {
    const parsed = orderSchema.safeParse(value);
    if (parsed.success) {
      orders.push(withMarketplaceUrlsOnly(parsed.data).order);
      continue;
    }
    const issue = parsed.error.issues[0];
    const where = issue?.path.map(String).join('.') ?? '';
    dropped.push({ orderId: claimedOrderId(value), why: `${where || 'order'}: ${issue?.message ?? 'invalid'}` });
  }
  return { orders, dropped };
}
