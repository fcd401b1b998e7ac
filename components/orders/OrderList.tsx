import { useVirtualizer } from '@tanstack/react-virtual';
import { useEffect, useId, useMemo, useRef } from 'react';
import { filterOrders, isFiltering } from '../../lib/db/order-filter';
import { storeNames, urgencyCounts } from '../../lib/db/order-summary';
import type { OrderFilter } from '../../lib/db/queries';
import type { Urgency } from '../../lib/model/deadline';
import { ORDER_STATUSES } from '../../lib/model/order-status';
import { MY_ORDERS_URL } from '../../lib/pages/my-orders-url';
import { useNow } from '../data/useNow';
import { useOrderRows } from '../data/useOrderRows';
import { useI18n } from '../i18n/I18nProvider';
import { OrderListItem } from './OrderListItem';

interface Props {
  filter: OrderFilter;
  onFilterChange: (filter: OrderFilter) => void;
  onOpen: (orderId: string) => void;
}

const ROW_HEIGHT = 76;
export const LIST_RENDERED_MARK = 'buyer-guard:order-list-rendered';
export const LIST_COMPLETE_MARK = 'buyer-guard:order-list-complete';
const FILTER_ORDER: Urgency[] = ['overdue', 'urgent', 'soon', 'upcoming'];

/** All tracked orders, most urgent first, with search and filters; only the visible rows are rendered. */
export function OrderList({ filter, onFilterChange, onOpen }: Props) {
  const id = useId();
  const { t } = useI18n();
  const now = useNow();
  const scroller = useRef<HTMLDivElement>(null);
  // The most urgent rows first (what the popup shows at once), then every row: filters, counts and
  // the store menu work on the rows already loaded, so typing a search reads nothing again.
  // List rows only (records.ts OrderListRow): what the background derived for the list when it stored
  // each order, without the order, its deadlines and reminders.
  // The reads start before React renders (useOrderRows.ts preloadOrderRows) and follow the background's writes.
  const { firstRows, allRows } = useOrderRows();
  const filtering = isFiltering(filter);
  const rows = useMemo(
    () => (allRows ? filterOrders(allRows, filter) : filtering ? undefined : firstRows),
    [allRows, firstRows, filter, filtering],
  );
  const counts = useMemo(() => allRows && urgencyCounts(allRows), [allRows]);
  const stores = useMemo(() => allRows && storeNames(allRows), [allRows]);
  const virtualizer = useVirtualizer({
    count: rows?.length ?? 0,
    getScrollElement: () => scroller.current,
    estimateSize: () => ROW_HEIGHT,
    overscan: 6,
  });
  const set = (patch: Partial<OrderFilter>) => onFilterChange({ ...filter, ...patch });
  const hasRows = (rows?.length ?? 0) > 0;
  // The benchmark reads this mark: time from opening the popup to the first orders on screen.
  useEffect(() => {
    if (hasRows && performance.getEntriesByName(LIST_RENDERED_MARK).length === 0) performance.mark(LIST_RENDERED_MARK);
  }, [hasRows]);
  const complete = allRows !== undefined;
  useEffect(() => {
    if (complete && performance.getEntriesByName(LIST_COMPLETE_MARK).length === 0) performance.mark(LIST_COMPLETE_MARK);
  }, [complete]);

  // No order at all yet: the way to get some, not filters over nothing.
  // (Every row, once read, is the newer answer: the first screen's rows are not read again after a change.)
  if (allRows ? allRows.length === 0 : firstRows?.length === 0) {
    return (
      <section className="order-list empty-state" data-testid="empty-list" aria-labelledby={`${id}-title`}>
        <h2 id={`${id}-title`}>{t('list.empty.title')}</h2>
        <p>{t('list.empty.text')}</p>
        <a className="button primary" href={MY_ORDERS_URL} target="_blank" rel="noopener" data-testid="open-my-orders">
          {t('list.openMyOrders')}
        </a>
      </section>
    );
  }

  // A filter reads as a filter: only the urgencies some order has, each a toggle ("Overdue (2)"), and
  // the one pressed stays even at 0 so it can be released.
  const filters = FILTER_ORDER.filter((urgency) => (counts?.[urgency] ?? 0) > 0 || filter.urgency === urgency);

  return (
    <section className="order-list" aria-labelledby={`${id}-title`}>
      <h2 id={`${id}-title`} className="visually-hidden">
        {t('list.title')}
      </h2>
      {filters.length > 0 && (
        <fieldset className="urgency-filters">
          <legend>{t('list.filter.legend')}</legend>
          {filters.map((urgency) => (
            <button
              key={urgency}
              type="button"
              className={`chip chip-${urgency}`}
              aria-pressed={filter.urgency === urgency}
              data-urgency={urgency}
              onClick={() => set({ urgency: filter.urgency === urgency ? undefined : urgency })}
            >
              {t(`list.filter.${urgency as 'overdue'}`, { count: counts?.[urgency] ?? 0 })}
            </button>
          ))}
        </fieldset>
      )}
      <div className="filters">
        <label htmlFor={`${id}-search`} className="visually-hidden">
          {t('list.search.label')}
        </label>
        <input
          id={`${id}-search`}
          type="search"
          placeholder={t('list.search.placeholder')}
          value={filter.search ?? ''}
          onChange={(e) => set({ search: e.target.value || undefined })}
        />
        <label htmlFor={`${id}-status`} className="visually-hidden">
          {t('list.status.label')}
        </label>
        <select
          id={`${id}-status`}
          value={filter.status ?? ''}
          onChange={(e) => set({ status: (e.target.value || undefined) as OrderFilter['status'] })}
        >
          <option value="">{t('list.status.any')}</option>
          {ORDER_STATUSES.map((status) => (
            <option key={status} value={status}>
              {t(`order.status.${status}`)}
            </option>
          ))}
        </select>
        <label htmlFor={`${id}-store`} className="visually-hidden">
          {t('list.store.label')}
        </label>
        <select
          id={`${id}-store`}
          value={filter.store ?? ''}
          onChange={(e) => set({ store: e.target.value || undefined })}
        >
          <option value="">{t('list.store.any')}</option>
          {stores?.map((store) => (
            <option key={store} value={store}>
              {store}
            </option>
          ))}
        </select>
        <label className="check">
          <input
            type="checkbox"
            checked={filter.hasDispute === true}
            onChange={(e) => set({ hasDispute: e.target.checked ? true : undefined })}
          />
          {t('list.disputesOnly')}
        </label>
      </div>
      {rows === undefined ? (
        <p className="muted">{t('list.loading')}</p>
      ) : rows.length === 0 ? (
        <p className="muted" data-testid="empty-list">
          {t('list.noMatch')}
        </p>
      ) : (
        <div ref={scroller} className="order-scroller" data-testid="order-scroller">
          <p className="visually-hidden" aria-live="polite">
            {complete ? t('list.count', { count: rows.length }) : ''}
          </p>
          <ul style={{ height: virtualizer.getTotalSize() }}>
            {virtualizer.getVirtualItems().map((item) => {
              const row = rows[item.index];
              return row ? (
                <li key={row.ref} style={{ transform: `translateY(${item.start}px)`, height: ROW_HEIGHT }}>
                  <OrderListItem row={row} now={now} onOpen={onOpen} />
                </li>
              ) : null;
            })}
          </ul>
        </div>
      )}
    </section>
  );
}
