// @vitest-environment node
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { NO_ATTENTION } from '../../../lib/db/order-row';
import { countByUrgency, getOrderDetail, listOrderRows, listOrders, listStores } from '../../../lib/db/queries';
import type { OrderRow } from '../../../lib/db/records';
import { freshDatabase, NOW } from '../background/test-data';
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

  it('list rows: the first screen, then every order most urgent first, the same in one read or in chunks', async () => {
    const db = await seeded();
    const all = await listOrderRows(db);
    expect(ids(all)).toEqual(ids(await listOrders(db)));
    expect(ids(await listOrderRows(db, { limit: 2 }))).toEqual(ids(all).slice(0, 2));
    expect(ids(await listOrderRows(db, { chunk: 1 }))).toEqual(ids(all));
    // Only the list's fields: not the order, its deadlines or reminders.
    expect(Object.keys(all[0] ?? {})).not.toContain('order');
    expect(Object.keys(all[0] ?? {})).not.toContain('deadlines');
  });

  it('list rows in chunks: every order once, in index order, whatever runs of equal attention the chunks cut', async () => {
    // Attention values drawn from a few, so runs of equal values (orders without a deadline share one)
    // are long and chunk boundaries fall inside them.
    const attention = fc.constantFrom(1, 2, 3, NO_ATTENTION);
    await fc.assert(
      fc.asyncProperty(
        fc.array(attention, { maxLength: 40 }),
        fc.integer({ min: 1, max: 7 }),
        fc.option(fc.integer({ min: 1, max: 45 }), { nil: undefined }),
        async (values, chunk, limit) => {
          const db = freshDatabase();
          await db.orders.bulkPut(
            values.map((value, i) => {
              const orderId = String(1_000_000 + ((i * 7919) % 1_000_003));
              return { ref: `aliexpress:${orderId}`, orderId, attention: value } as unknown as OrderRow;
            }),
          );
          const expected = ids(await db.orders.orderBy('attention').toArray()).slice(0, limit);
          expect(ids(await listOrderRows(db, { chunk, ...(limit !== undefined && { limit }) }))).toEqual(expected);
          db.close();
        },
      ),
      { numRuns: 60 },
    );
  });
});
