import type { OrderRow } from '../../lib/db/records';
import { useI18n } from '../i18n/I18nProvider';
import { UrgencyChip } from '../UrgencyChip';

interface Props {
  row: OrderRow;
  now: number;
  onOpen: (orderId: string) => void;
}

/** One order in the list: what it is, where it stands, and its most urgent deadline. */
export function OrderListItem({ row, now, onOpen }: Props) {
  const { t } = useI18n();
  const { order, headline } = row;
  const titled = order.items ?? [];
  // A multi-item card on My Orders shows pictures alone: "3 items" rather than "item not read".
  const count = Math.max(titled.length, order.itemCount ?? 0);
  const first = titled[0]?.title;
  return (
    <button type="button" className="order-item" onClick={() => onOpen(row.orderId)} data-testid="order-item">
      {/* Page text in <bdi>: a right-to-left override in it must not reverse the rest of the line. */}
      <span className="order-item-title">
        {first === undefined ? (
          count > 1 ? (
            t('list.item.items', { count })
          ) : (
            t('list.item.noTitle')
          )
        ) : count > 1 ? (
          <>
            <bdi>{first}</bdi> {t('list.item.more', { count: count - 1 })}
          </>
        ) : (
          <bdi>{first}</bdi>
        )}
      </span>
      <span className="order-item-meta muted">
        <bdi>{order.store?.name ?? t('list.item.noStore')}</bdi> · {t(`order.status.${row.status}`)}
        {row.hasDispute ? ` · ${t('list.item.dispute')}` : ''}
      </span>
      {headline ? (
        <UrgencyChip urgency={row.urgency} deadline={headline} now={now} />
      ) : (
        <span className="chip chip-none">{t('list.item.noDeadline')}</span>
      )}
    </button>
  );
}
