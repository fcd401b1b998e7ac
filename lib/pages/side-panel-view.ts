import type { ReadingSummary } from '../messaging/protocol';

/**
 * What the side panel shows for the active tab, from the last reading of that tab (lib/background/
 * tab-readings.ts):
 * - `no-page`: the tab shows no AliExpress order page Buyer Guard read — or it navigated since its last
 *   reading (a reading older than the tab's last navigation is another page's);
 * - `not-read`: the page was an order page, but it could not be read;
 * - `order`: one order's page (detail, tracking, one dispute): that order's guide;
 * - `list`: a page of orders (My Orders, the disputes list): those orders, most urgent first.
 */
export type SidePanelView =
  | { kind: 'no-page' }
  | { kind: 'not-read' }
  | { kind: 'order'; orderId: string }
  | { kind: 'list'; orderIds: readonly string[] };

export function sidePanelView(reading: ReadingSummary | null, navigatedAt?: number): SidePanelView {
  if (reading === null || (navigatedAt !== undefined && reading.readAt < navigatedAt)) return { kind: 'no-page' };
  if (!reading.ok) return { kind: 'not-read' };
  const [only] = reading.orderIds;
  if (reading.pageKind !== 'order-list' && reading.orderIds.length === 1 && only !== undefined) {
    return { kind: 'order', orderId: only };
  }
  return { kind: 'list', orderIds: reading.orderIds };
}

/** Rows in the order of urgency: the orders' attention key (overdue, urgent, soon…; then the earliest date). */
export function mostUrgentFirst<T extends { attention: number; orderId: string }>(rows: readonly T[]): T[] {
  return [...rows].sort((a, b) => a.attention - b.attention || a.orderId.localeCompare(b.orderId));
}
