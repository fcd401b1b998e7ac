/**
 * Order lifecycle (normalised). `delivered`: the carrier says delivered, receipt not confirmed yet.
 * A plain list, apart from the order schema (order.ts), so a page that only names the statuses (the popup's
 * status filter) does not build the order model's schemas to do it.
 */
export const ORDER_STATUSES = [
  'awaiting-payment',
  'awaiting-shipment',
  'shipped',
  'delivered',
  'completed',
  'closed',
] as const;
