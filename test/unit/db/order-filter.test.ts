// @vitest-environment node
import { describe, expect, it } from 'vitest';
import { filterOrders, isFiltering, type OrderFilter } from '../../../lib/db/order-filter';
import { listOrders } from '../../../lib/db/queries';
import { seededDatabase } from './seeded-orders';

const seeded = () => seededDatabase('GADGET store');

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
