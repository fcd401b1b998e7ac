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
