import type { OrderRow } from '../../lib/db/records';
import { ORDER_STATUS_LABELS } from '../../lib/pages/order-status-labels';
import { UrgencyChip } from '../UrgencyChip';

interface Props {
  row: OrderRow;
  now: number;
  onOpen: (orderId: string) => void;
}

const STATUS_WORDS: Record<OrderRow['status'], string> = { ...ORDER_STATUS_LABELS, unknown: 'Status not read' };

/** One order in the list: what it is, where it stands, and its most urgent deadline. */
export function OrderListItem({ row, now, onOpen }: Props) {
  const { order, headline } = row;
  const title = order.items?.[0]?.title ?? 'Item not read';
  const more = (order.items?.length ?? 0) > 1 ? ` + ${(order.items?.length ?? 1) - 1} more` : '';
  return (
    <button type="button" className="order-item" onClick={() => onOpen(row.orderId)} data-testid="order-item">
      {/* Page text in <bdi>: a right-to-left override in it must not reverse the rest of the line. */}
      <span className="order-item-title">
        <bdi>{title}</bdi>
        {more}
      </span>
      <span className="order-item-meta muted">
        <bdi>{order.store?.name ?? 'Store not read'}</bdi> · {STATUS_WORDS[row.status]}
        {row.hasDispute ? ' · Dispute' : ''}
      </span>
      {headline ? (
        <UrgencyChip urgency={row.urgency} deadline={headline} now={now} />
      ) : (
        <span className="chip chip-none">No deadline</span>
      )}
    </button>
  );
}
