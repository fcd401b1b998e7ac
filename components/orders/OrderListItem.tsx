import type { OrderListRow } from '../../lib/db/records';
import { useI18n } from '../i18n/I18nProvider';
import { UrgencyChip } from '../UrgencyChip';
import { preloadOrderView } from './lazy-order-view';

interface Props {
  /** The list row the background derived when it stored the order (records.ts OrderListRow). */
  row: OrderListRow;
  now: number;
  onOpen: (orderId: string) => void;
}

/** One order in the list: what it is, where it stands, and its most urgent deadline. */
export function OrderListItem({ row, now, onOpen }: Props) {
  const { t } = useI18n();
  const { headline } = row;
  // A multi-item card on My Orders shows pictures alone: "3 items" rather than "item not read".
  const count = row.itemCount;
  const first = row.title;
  return (
    // The guide's code loads as the pointer or focus comes to an order, so opening it rarely waits.
    <button
      type="button"
      className="order-item"
      onClick={() => onOpen(row.orderId)}
      onPointerEnter={preloadOrderView}
      onFocus={preloadOrderView}
      data-testid="order-item"
    >
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
        <bdi>{row.store ?? t('list.item.noStore')}</bdi> · {t(`order.status.${row.status}`)}
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
