import { ingestOrders } from '../../../lib/background/ingest';
import { context, DAY, freshDatabase, NOW, order, protectedOrder } from '../background/test-data';

/**
 * Five stored orders for the query and filter tests: two stores, a dispute, a completed order with
 * Cyrillic text, protection ending in 10 days, 1 day, 4 days and past. `thirdStoreName` lets the
 * filter tests spell one store in other letter case.
 */
export async function seededDatabase(thirdStoreName = 'Gadget Store') {
  const db = freshDatabase();
  await ingestOrders(
    db,
    [
      protectedOrder('1000000001', NOW + 10 * DAY, {
        store: { name: 'Gadget Store' },
        items: [{ title: 'Wireless Earbuds' }],
      }),
      protectedOrder('1000000002', NOW + DAY, { store: { name: 'Home Tools' }, items: [{ title: 'Digital Caliper' }] }),
      protectedOrder('1000000003', NOW - DAY, { store: { name: thirdStoreName }, dispute: { status: 'opened' } }),
      order('1000000004', {
        status: 'completed',
        store: { name: 'Книжный магазин' },
        items: [{ title: 'Блокнот A5' }],
      }),
      protectedOrder('1000000005', NOW + 4 * DAY, {
        store: { name: 'Home Tools' },
        items: [{ title: 'Wireless Mouse' }],
      }),
    ],
    context(),
  );
  return db;
}
