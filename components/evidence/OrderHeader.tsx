import { deadlineView } from '../../lib/format/deadline-format';
import { ORDER_STATUS_LABELS } from '../../lib/pages/order-status-labels';
import type { OrderView } from '../../lib/pages/order-view';

interface Props {
  view: OrderView;
  now: number;
  timeZone: string;
}

/** Which order this is (id, store, item, status) and what is due next, so the buyer knows where they are. */
export function OrderHeader({ view, now, timeZone }: Props) {
  const { order } = view.detail.row;
  const [first, ...more] = order.items ?? [];
  const status = order.statusText ?? (order.status ? ORDER_STATUS_LABELS[order.status] : 'Not read yet');
  const next = view.deadlines.find((deadline) => deadline.dueAt >= now);
  return (
    <header className="order-header">
      <p className="eyebrow">Buyer Guard · evidence workspace</p>
      <h1>
        Order <span className="order-id">{order.orderId}</span>
      </h1>
      <dl className="facts">
        <div>
          <dt>Store</dt>
          <dd>
            <bdi>{order.store?.name ?? 'Not read yet'}</bdi>
          </dd>
        </div>
        <div>
          <dt>Item</dt>
          <dd>
            <bdi>{first?.title ?? 'Not read yet'}</bdi>
            {more.length > 0 && ` and ${more.length} more`}
          </dd>
        </div>
        <div>
          <dt>Status</dt>
          <dd>
            <bdi>{status}</bdi>
          </dd>
        </div>
        {next && (
          <div>
            <dt>Next deadline</dt>
            <dd>{deadlineView(next, now, { timeZone }).line}</dd>
          </div>
        )}
      </dl>
      <p className="next-step">
        <strong>Next step:</strong> {view.advice.title}
      </p>
    </header>
  );
}
