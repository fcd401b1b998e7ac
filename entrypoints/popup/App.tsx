import { Suspense, useEffect } from 'react';
import { browser } from 'wxt/browser';
import { useI18n } from '../../components/i18n/I18nProvider';
import { LazyOrderView } from '../../components/orders/lazy-order-view';
import { OrderList } from '../../components/orders/OrderList';
import { PageStatus } from '../../components/PageStatus';
import { StorageProblemBanner } from '../../components/StorageProblemBanner';
import { OpenBesideButton } from '../../components/side-panel/OpenBesideButton';
import { startingPoint } from './start-order';
import { usePopupStore } from './store';
import './popup.css';

export function App() {
  const { t } = useI18n();
  const { screen, filter, sourceTabId, openOrder, showList, setFilter, setSourceTab } = usePopupStore();

  useEffect(() => {
    void startingPoint().then(({ orderId, sourceTabId: tabId }) => {
      if (tabId !== undefined) setSourceTab(tabId);
      if (orderId) openOrder(orderId);
    });
  }, [openOrder, setSourceTab]);

  return (
    <div className="popup">
      <header className="popup-header">
        <h1>{t('app.name')}</h1>
        <OpenBesideButton />
        <button type="button" className="quiet" onClick={() => void browser.runtime.openOptionsPage()}>
          {t('list.settings')}
        </button>
      </header>
      <main>
        <StorageProblemBanner />
        {screen.kind === 'order' ? (
          <Suspense fallback={<p className="muted">{t('list.loading')}</p>}>
            <LazyOrderView
              orderId={screen.orderId}
              {...(sourceTabId !== undefined && { sourceTabId })}
              onBack={showList}
            />
          </Suspense>
        ) : (
          <>
            <div className="status-line">
              <PageStatus />
            </div>
            <OrderList filter={filter} onFilterChange={setFilter} onOpen={openOrder} />
          </>
        )}
      </main>
      <footer className="muted">{t('list.footer')}</footer>
    </div>
  );
}
