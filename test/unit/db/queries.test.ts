// @vitest-environment node
import { describe, expect, it } from 'vitest';
import { countByUrgency, getOrderDetail, listOrders, listStores } from '../../../lib/db/queries';
import { NOW } from '../background/test-data';
import { seededDatabase } from './seeded-orders';

const seeded = () => seededDatabase();

const ids = (rows: { orderId: string }[]) => rows.map((r) => r.orderId);

describe('queries', () => {
  it('orders by attention: overdue, urgent, soon, upcoming, then none', async () => {
    expect(ids(await listOrders(await seeded()))).toEqual([
      '1000000003',
      '1000000002',
      '1000000005',
      '1000000001',
      '1000000004',
    ]);
  });

  it.each([
    [{ search: 'wireless' }, ['1000000005', '1000000001']],
    [{ search: 'WIRE ear' }, ['1000000001']],
    [{ search: '1000000002' }, ['1000000002']],
    [{ search: 'блок' }, ['1000000004']],
    [{ search: 'nothing-like-this' }, []],
    [{ store: 'gadget store' }, ['1000000003', '1000000001']],
    [{ status: 'completed' as const }, ['1000000004']],
    [{ hasDispute: true }, ['1000000003']],
    [{ hasDispute: false, store: 'Home Tools' }, ['1000000002', '1000000005']],
    [{ search: 'wireless', store: 'Home Tools' }, ['1000000005']],
    [{ urgency: 'urgent' as const }, ['1000000002']],
  ])('filters %j', async (filter, expected) => {
    expect(ids(await listOrders(await seeded(), filter))).toEqual(expected);
  });

  it('pages through results', async () => {
    const db = await seeded();
    expect(ids(await listOrders(db, {}, { limit: 2 }))).toEqual(['1000000003', '1000000002']);
    expect(ids(await listOrders(db, {}, { limit: 2, offset: 2 }))).toEqual(['1000000005', '1000000001']);
    expect(ids(await listOrders(db, { search: 'wireless' }, { limit: 1, offset: 1 }))).toEqual(['1000000001']);
  });

  it('counts orders per urgency and lists stores', async () => {
    const db = await seeded();
    expect(await countByUrgency(db)).toEqual({ none: 1, upcoming: 1, soon: 1, urgent: 1, overdue: 1 });
    expect(await listStores(db)).toEqual(['Gadget Store', 'Home Tools', 'Книжный магазин']);
  });

  it('returns one order with its deadlines, journal (newest first) and no evidence bytes', async () => {
    const db = await seeded();
    await db.journal.bulkAdd([
      { id: 'a', ref: 'aliexpress:1000000002', orderId: '1000000002', at: NOW, kind: 'note', text: 'first' },
      { id: 'b', ref: 'aliexpress:1000000002', orderId: '1000000002', at: NOW + 1, kind: 'note', text: 'second' },
      { id: 'c', ref: 'aliexpress:1000000001', orderId: '1000000001', at: NOW + 2, kind: 'note', text: 'other order' },
    ]);
    const detail = await getOrderDetail(db, 'aliexpress:1000000002');
    expect(detail?.row.orderId).toBe('1000000002');
    expect(detail?.deadlines.map((d) => d.kind)).toEqual(['buyer-protection-ends']);
    expect(detail?.journal.map((j) => j.text)).toEqual(['second', 'first']);
    expect(detail?.history).toEqual([]);
    expect(await getOrderDetail(db, 'aliexpress:1999999999')).toBeNull();
  });
});
