// @vitest-environment node
import { describe, expect, it } from 'vitest';
import { ingestOrders } from '../../../lib/background/ingest';
import { batchedPut } from '../../../lib/db/batched-put';
import { type OrderRef, type OrderRow, orderRef } from '../../../lib/db/records';
import { context, freshDatabase, NOW, protectedOrder } from '../background/test-data';

const DAY = 86_400_000;

describe('batchedPut', () => {
  it('stores every row of several batches and the last partial one, in the caller’s transaction', async () => {
    const db = freshDatabase();
    const written = await db.transaction('rw', db.history, db.settings, async () => {
      const history = batchedPut(db.history);
      for (let i = 0; i < 1_234; i++) history.add({ ref: `aliexpress:${i}`, at: NOW, field: 'status' });
      const settings = batchedPut(db.settings);
      for (let i = 0; i < 1_001; i++) settings.add({ key: 'derived-with', value: `stamp ${i}` });
      return [await history.done(), await settings.done()];
    });
    expect(written).toEqual([1_234, 1_001]);
    expect(await db.history.count()).toBe(1_234);
    // Later puts of one key win, as in one bulkPut: batches are written in the order they were made.
    expect(await db.settings.get('derived-with')).toEqual({ key: 'derived-with', value: 'stamp 1000' });
  });

  it('fails the whole transaction when one batch fails: no row of an earlier batch stays', async () => {
    const db = freshDatabase();
    await ingestOrders(db, [protectedOrder('6000000001', NOW + DAY)], context());
    const attempt = db.transaction('rw', db.orders, async () => {
      const rows = batchedPut(db.orders);
      const row = (await db.orders.toArray())[0];
      for (let i = 0; i < 700; i++) rows.add({ ...(row as OrderRow), ref: `aliexpress:${i}` });
      // No primary key: IndexedDB refuses this row, in the second batch.
      rows.add({ ...(row as OrderRow), ref: undefined as unknown as OrderRef });
      await rows.done();
    });
    await expect(attempt).rejects.toThrow();
    expect(await db.orders.toCollection().primaryKeys()).toEqual(['aliexpress:6000000001']);
  });

  it('lets an ingest of more orders than one batch store every one of them', async () => {
    const db = freshDatabase();
    const orders = Array.from({ length: 1_201 }, (_, i) =>
      protectedOrder(String(7_000_000_000 + i), NOW + ((i % 30) + 1) * DAY),
    );
    const summary = await ingestOrders(db, orders, context());
    expect(summary).toEqual({ created: 1_201, updated: 0, unchanged: 0 });
    const refs = new Set<OrderRef>(await db.orders.toCollection().primaryKeys());
    expect(refs.size).toBe(1_201);
    for (const order of orders) expect(refs.has(orderRef('aliexpress', order.orderId))).toBe(true);
  });
});
