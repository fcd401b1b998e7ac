import { useLiveQuery } from 'dexie-react-hooks';
import { useState } from 'react';
import { orderRef } from '../../lib/db/records';
import { pageDatabase } from '../../lib/pages/page-database';
import { mostUrgentFirst, sidePanelView } from '../../lib/pages/side-panel-view';
import { useNow } from '../data/useNow';
import { useI18n } from '../i18n/I18nProvider';
import { OrderListItem } from '../orders/OrderListItem';
import { OrderView } from '../orders/OrderView';
import { StorageProblemBanner } from '../StorageProblemBanner';
import { useFollowedTab } from './useFollowedTab';

/**
 * The guide beside the AliExpress page: it follows the active tab. On a list of orders (My Orders) those
 * orders, most urgent first; on one order's page that order's guide; elsewhere, where to go.
 */
export function SidePanel() {
  const { t } = useI18n();
  const { tabId, reading, navigatedAt, ready } = useFollowedTab();
  const view = sidePanelView(reading, navigatedAt);
  // An order chosen from a list belongs to that page: another tab or page drops the choice.
  const page = `${tabId}|${reading?.url}|${reading?.readAt}`;
  const [choice, setChoice] = useState<{ page: string; orderId: string } | undefined>(undefined);
  const chosen = choice?.page === page ? choice.orderId : undefined;
  const setChosen = (orderId: string | undefined) => setChoice(orderId === undefined ? undefined : { page, orderId });

  if (!ready) return null;
  return (
    <div className="side-panel" data-testid="side-panel" data-view={view.kind}>
      <header className="side-panel-header">
        <h1>{t('app.name')}</h1>
      </header>
      <main>
        <StorageProblemBanner />
        {view.kind === 'order' && (
          <OrderView orderId={view.orderId} {...(tabId !== undefined && { sourceTabId: tabId })} />
        )}
        {view.kind === 'list' &&
          (chosen ? (
            <OrderView
              orderId={chosen}
              {...(tabId !== undefined && { sourceTabId: tabId })}
              onBack={() => setChosen(undefined)}
            />
          ) : (
            <PageOrders orderIds={view.orderIds} onOpen={setChosen} />
          ))}
        {view.kind === 'no-page' && <p className="muted">{t('panel.noPage')}</p>}
        {view.kind === 'not-read' && <p className="muted">{t('panel.notRead')}</p>}
      </main>
    </div>
  );
}

/** The tracked orders among those the page showed, most urgent first. */
function PageOrders({ orderIds, onOpen }: { orderIds: readonly string[]; onOpen: (orderId: string) => void }) {
  const { t } = useI18n();
  const now = useNow();
  const key = orderIds.join(',');
  const rows = useLiveQuery(async () => {
    const found = await pageDatabase().orders.bulkGet(orderIds.map((id) => orderRef('aliexpress', id)));
    return mostUrgentFirst(found.filter((row) => row !== undefined));
  }, [key]);
  if (rows === undefined) return null;
  if (rows.length === 0) return <p className="muted">{t('panel.noOrders')}</p>;
  return (
    <section aria-label={t('panel.ordersOnPage', { count: rows.length })}>
      <p className="muted">{t('panel.ordersOnPage', { count: rows.length })}</p>
      <ul className="side-panel-orders">
        {rows.map((row) => (
          <li key={row.ref}>
            <OrderListItem row={row} now={now} onOpen={onOpen} />
          </li>
        ))}
      </ul>
    </section>
  );
}
