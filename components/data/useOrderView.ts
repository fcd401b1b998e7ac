import { useLiveQuery } from 'dexie-react-hooks';
import { getOrderDetail } from '../../lib/db/queries';
import { readSettings } from '../../lib/db/read-settings';
import { orderRef } from '../../lib/db/records';
import { buildOrderView, type OrderView } from '../../lib/pages/order-view';
import { pageDatabase } from '../../lib/pages/page-database';
import { useI18n } from '../i18n/I18nProvider';
import { BUYER_TIME_ZONE } from './buyer-time-zone';
import { useNow } from './useNow';

/**
 * One order's view, live, in the buyer's language: it re-renders when the background writes anything
 * about the order.
 * `undefined` while loading, `null` when the order is not stored.
 */
export function useOrderView(orderId: string): OrderView | null | undefined {
  const now = useNow();
  const { locale } = useI18n();
  const data = useLiveQuery(async () => {
    const db = pageDatabase();
    const [detail, settings] = await Promise.all([
      getOrderDetail(db, orderRef('aliexpress', orderId)),
      readSettings(db),
    ]);
    return { detail, settings };
  }, [orderId]);
  if (!data) return undefined;
  if (!data.detail) return null;
  return buildOrderView(data.detail, data.settings, now, BUYER_TIME_ZONE, locale);
}
