// @vitest-environment node
import { describe, expect, it } from 'vitest';
import { ingestOrders } from '../../../lib/background/ingest';
import { filterOrders, isFiltering, type OrderFilter } from '../../../lib/db/order-filter';
import { listOrders } from '../../../lib/db/queries';
import { context, DAY, freshDatabase, NOW, order, protectedOrder } from '../background/test-data';

async function seeded() {
  const db = freshDatabase();
  await ingestOrders(
    db,
    [
      protectedOrder('1000000001', NOW + 10 * DAY, {
        store: { name: 'Gadget Store' },
        items: [{ title: 'Wireless Earbuds' }],
      }),
      protectedOrder('1000000002', NOW + DAY, { store: { name: 'Home Tools' }, items: [{ title: 'Digital Caliper' }] }),
      protectedOrder('1000000003', NOW - DAY, { store: { name: 'GADGET store' }, dispute: { status: 'opened' } }),
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

const FILTERS: OrderFilter[] = [
  {},
  { search: 'wireless' },
  { search: 'WIRE ear' },
  { search: '  1000000002 ' },
  { search: 'блок' },
  { search: 'ireless' },
  { search: 'nothing-like-this' },
  { store: 'gadget store' },
  { store: 'Gadget Store', hasDispute: true },
  { status: 'completed' },
  { status: 'unknown' },
  { hasDispute: false, store: 'Home Tools' },
  { search: 'wireless', store: 'Home Tools' },
  { urgency: 'urgent' },
  { urgency: 'none', search: 'a5' },
  { search: undefined, store: undefined },
];

describe('filterOrders', () => {
  it.each(FILTERS)('keeps the rows the database query returns for %j, in the same order', async (filter) => {
    const db = await seeded();
    const all = await listOrders(db);
    const inMemory = filterOrders(all, filter).map((row) => row.orderId);
    expect(inMemory).toEqual((await listOrders(db, filter)).map((row) => row.orderId));
  });

  it('hands back the same list when nothing filters', async () => {
    const rows = await listOrders(await seeded());
    expect(filterOrders(rows, {})).toBe(rows);
    expect(isFiltering({ search: undefined })).toBe(false);
    expect(isFiltering({ search: '' })).toBe(true);
  });
});
