import type { OrderStatus } from '../model/order';

/** The normalised order status in plain words (the page's own wording, `statusText`, is shown when known). */
export const ORDER_STATUS_LABELS: Readonly<Record<OrderStatus, string>> = {
  'awaiting-payment': 'Awaiting payment',
  'awaiting-shipment': 'Awaiting shipment',
  shipped: 'Shipped',
  delivered: 'Delivered',
  completed: 'Completed',
  closed: 'Closed',
};
