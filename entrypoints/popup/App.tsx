import { useEffect } from 'react';
import { browser } from 'wxt/browser';
import { OrderList } from '../../components/orders/OrderList';
import { OrderView } from '../../components/orders/OrderView';
import { PageStatus } from '../../components/PageStatus';
import { StorageProblemBanner } from '../../components/StorageProblemBanner';
import { OpenBesideButton } from '../../components/side-panel/OpenBesideButton';
import { startingPoint } from './start-order';
import { usePopupStore } from './store';
import './popup.css';

export function App() {
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
        <h1>Buyer Guard</h1>
        <OpenBesideButton />
        <button type="button" className="quiet" onClick={() => void browser.runtime.openOptionsPage()}>
          Settings
        </button>
      </header>
      <main>
        <StorageProblemBanner />
        {screen.kind === 'order' ? (
          <OrderView orderId={screen.orderId} {...(sourceTabId !== undefined && { sourceTabId })} onBack={showList} />
        ) : (
          <>
            <div className="status-line">
              <PageStatus />
            </div>
            <OrderList filter={filter} onFilterChange={setFilter} onOpen={openOrder} />
          </>
        )}
      </main>
      <footer className="muted">Your orders and evidence stay on this device.</footer>
    </div>
  );
}
