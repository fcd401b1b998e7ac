import { withMarketplaceUrlsOnly } from '../marketplaces/marketplace-url';
import { type Order, orderSchema } from '../model/order';
import { repairOrder } from '../model/repair-order';

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
 * The orders of a received reading that the model accepts, each checked on its own with the model's schema
 * (the content script's readers do not carry it: building it cost every page load). A value the schema
 * refuses (a bad URL, a countdown out of range, a text over its limit) is cut out or shortened and named in
 * `unreadable` ("<id>: <path> (unreadable value)", repair-order.ts), so one bad field never loses the
 * order; an order whose identity is bad is dropped whole and named, and the others go on. A link that
 * fails the one URL check (marketplace-url.ts: a page's link to another host) is not kept.
 */
export function acceptOrders(values: readonly unknown[]): {
  orders: Order[];
  dropped: DroppedOrder[];
  unreadable: string[];
} {
  const orders: Order[] = [];
  const dropped: DroppedOrder[] = [];
  const unreadable: string[] = [];
  for (const value of values) {
    const parsed = orderSchema().safeParse(value);
    const valid = parsed.success ? parsed.data : repairOrder(value, unreadable);
    if (valid) {
      orders.push(withMarketplaceUrlsOnly(valid).order);
      continue;
    }
    const issue = parsed.error?.issues[0];
    const where = issue?.path.map(String).join('.') ?? '';
    dropped.push({ orderId: claimedOrderId(value), why: `${where || 'order'}: ${issue?.message ?? 'invalid'}` });
  }
  return { orders, dropped, unreadable };
}

/** A reading whose diagnostics also name the values the model's schema cut out of its orders (acceptOrders). */
export function withUnreadable<R extends { ok: boolean }>(reading: R, unreadable: readonly string[]): R {
  if (!reading.ok || !unreadable.length) return reading;
  const { diagnostics } = reading as R & { diagnostics: { missing: string[] } };
  return { ...reading, diagnostics: { ...diagnostics, missing: [...diagnostics.missing, ...unreadable] } };
}
