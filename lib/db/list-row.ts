import type { OrderListRow } from './records';

/** The list row of a stored row: only what the list shows, so a page holding thousands keeps little. */
export function toListRow(row: OrderListRow): OrderListRow {
  return {
    ref: row.ref,
    orderId: row.orderId,
    ...(row.title !== undefined && { title: row.title }),
    itemCount: row.itemCount,
    ...(row.store !== undefined && { store: row.store }),
    storeKey: row.storeKey,
    status: row.status,
    hasDispute: row.hasDispute,
    urgency: row.urgency,
    attention: row.attention,
    headline: row.headline,
    search: row.search,
  };
}

/**
 * Whether two lists hold the same list rows in the same order. Both are made by toListRow, so equal rows have
 * their keys in one order and their JSON is equal exactly when they are.
 */
export function sameListRows(a: readonly OrderListRow[] | undefined, b: readonly OrderListRow[]): boolean {
  return a !== undefined && a.length === b.length && JSON.stringify(a) === JSON.stringify(b);
}
