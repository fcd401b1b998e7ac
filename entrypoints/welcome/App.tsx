import { useEffect } from 'react';
import { browser } from 'wxt/browser';
import { useI18n } from '../../components/i18n/I18nProvider';
import { MY_ORDERS_URL } from '../../lib/pages/my-orders-url';
import './welcome.css';

/**
 * The page that opens once, when Buyer Guard is installed: what it does, what stays on the device, and
 * the one step that starts it (My Orders on AliExpress).
 */
export function App() {
  const { t } = useI18n();
  useEffect(() => {
    document.title = t('welcome.title');
  }, [t]);
  return (
    <main className="welcome">
      <header>
        <img src="/icon/128.png" alt="" width="64" height="64" />
        <h1>{t('welcome.title')}</h1>
      </header>
      <p className="lead">{t('welcome.lead')}</p>
      <section aria-labelledby="welcome-does">
        <h2 id="welcome-does">{t('welcome.does.title')}</h2>
        <ul>
          <li>{t('welcome.does.read')}</li>
          <li>{t('welcome.does.badge')}</li>
          <li>{t('welcome.does.remind')}</li>
          <li>{t('welcome.does.evidence')}</li>
        </ul>
      </section>
      <section aria-labelledby="welcome-device">
        <h2 id="welcome-device">{t('welcome.device.title')}</h2>
        <p>{t('welcome.device.text')}</p>
      </section>
      <section aria-labelledby="welcome-start">
        <h2 id="welcome-start">{t('welcome.start.title')}</h2>
        <p>{t('welcome.start.text')}</p>
        <p className="actions">
          <a className="button primary" href={MY_ORDERS_URL} data-testid="open-my-orders">
            {t('list.openMyOrders')}
          </a>
          <button type="button" className="quiet" onClick={() => void browser.runtime.openOptionsPage()}>
            {t('list.settings')}
          </button>
        </p>
      </section>
    </main>
  );
}
