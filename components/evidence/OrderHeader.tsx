import { deadlineView } from '../../lib/format/deadline-format';
import type { OrderView } from '../../lib/pages/order-view';
import { useI18n } from '../i18n/I18nProvider';

interface Props {
  view: OrderView;
  now: number;
  timeZone: string;
}

/** Which order this is (id, store, item, status) and what is due next, so the buyer knows where they are. */
export function OrderHeader({ view, now, timeZone }: Props) {
  const { t, locale } = useI18n();
  const { order } = view.detail.row;
  const [first, ...more] = order.items ?? [];
  const notRead = t('workspace.notRead');
  // The page's own words first (the buyer saw them there), else the status in the buyer's language.
  const status = order.statusText ?? (order.status ? t(`order.status.${order.status}`) : notRead);
  const next = view.deadlines.find((deadline) => deadline.dueAt >= now);
  return (
    <header className="order-header">
      <p className="eyebrow">{t('workspace.header.eyebrow')}</p>
      <h1>
        {t('workspace.header.order')} <span className="order-id">{order.orderId}</span>
      </h1>
      <dl className="facts">
        <div>
          <dt>{t('workspace.header.store')}</dt>
          <dd>
            <bdi>{order.store?.name ?? notRead}</bdi>
          </dd>
        </div>
        <div>
          <dt>{t('workspace.header.item')}</dt>
          <dd>
            <bdi>{first?.title ?? notRead}</bdi>
            {more.length > 0 && ` ${t('workspace.header.moreItems', { count: more.length })}`}
          </dd>
        </div>
        <div>
          <dt>{t('workspace.header.status')}</dt>
          <dd>
            <bdi>{status}</bdi>
          </dd>
        </div>
        {next && (
          <div>
            <dt>{t('workspace.header.nextDeadline')}</dt>
            <dd>{deadlineView(next, now, { timeZone, locale }).line}</dd>
          </div>
        )}
      </dl>
      <p className="next-step">
        <strong>{t('workspace.header.nextStep')}</strong> {view.advice.title}
      </p>
    </header>
  );
}
