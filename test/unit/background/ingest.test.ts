import { describe, expect, it } from 'vitest';
import { ingestOrders, ingestReading, refreshOrders } from '../../../lib/background/ingest';
import type { BuyerGuardDatabase } from '../../../lib/db/database';
import { NO_DEADLINE } from '../../../lib/db/records';
import { context, DAY, freshDatabase, NOW, order, protectedOrder, reading } from './test-data';

/** Records every row written or deleted in the derived tables from now on ("table hook key"). */
function countWrites(db: BuyerGuardDatabase): () => string[] {
  const seen: string[] = [];
  for (const table of [db.orders, db.deadlines, db.reminders, db.history]) {
    table.hook('creating', (key) => void seen.push(`${table.name} creating ${String(key)}`));
    table.hook('updating', (_changes, key) => void seen.push(`${table.name} updating ${String(key)}`));
    table.hook('deleting', (key) => void seen.push(`${table.name} deleting ${String(key)}`));
  }
  return () => [...seen];
}

describe('ingestOrders', () => {
  it('stores new orders with their deadlines, reminders and index copies', async () => {
    const db = freshDatabase();
    const summary = await ingestOrders(
      db,
      [protectedOrder('1000000001', NOW + 4 * DAY, { store: { name: 'Gadget Store' } })],
      context(),
    );
    expect(summary).toEqual({ created: 1, updated: 0, unchanged: 0 });
    const row = await db.orders.get('aliexpress:1000000001');
    expect(row).toMatchObject({
      status: 'shipped',
      storeKey: 'gadget store',
      nextDueAt: NOW + 4 * DAY,
      urgency: 'soon',
    });
    expect(row?.words).toEqual(expect.arrayContaining(['1000000001', 'gadget', 'store']));
    expect(await db.deadlines.where('ref').equals('aliexpress:1000000001').count()).toBe(1);
    // Leads of 3 days and 1 day before a deadline 4 days away: both still ahead.
    const reminders = await db.reminders.orderBy('fireAt').toArray();
    expect(reminders.map((r) => r.fireAt)).toEqual([NOW + DAY, NOW + 3 * DAY]);
    // A new order starts without history; when it was first seen is on the row.
    expect(row?.firstSeenAt).toBe(NOW);
    expect(await db.history.count()).toBe(0);
  });

  it('is idempotent: the same reading twice changes nothing but lastSeenAt', async () => {
    const db = freshDatabase();
    const orders = [protectedOrder('1000000001', NOW + 4 * DAY)];
    await ingestOrders(db, orders, context());
    const second = await ingestOrders(db, orders, context(NOW + 1000));
    expect(second).toEqual({ created: 0, updated: 0, unchanged: 1 });
    expect(await db.history.count()).toBe(0);
    expect(await db.reminders.count()).toBe(2);
    expect((await db.orders.get('aliexpress:1000000001'))?.lastSeenAt).toBe(NOW + 1000);
  });

  it('never deletes an order the page did not show', async () => {
    const db = freshDatabase();
    await ingestOrders(db, [order('1000000001'), order('1000000002')], context());
    await ingestReading(db, reading([order('1000000002', { status: 'completed' })]), context());
    expect(await db.orders.count()).toBe(2);
  });

  it('ignores an unreadable page', async () => {
    const db = freshDatabase();
    const failed = {
      ok: false as const,
      url: 'https://www.aliexpress.com/p/order/index.html',
      readAt: NOW,
      reason: 'layout-not-recognised' as const,
      message: 'x',
    };
    expect(await ingestReading(db, failed, context())).toEqual({ created: 0, updated: 0, unchanged: 0 });
    expect(await db.orders.count()).toBe(0);
  });

  it('records history when the seller extends protection and re-plans reminders from scratch', async () => {
    const db = freshDatabase();
    await ingestOrders(db, [protectedOrder('1000000001', NOW + 2 * DAY)], context());
    const firstPlan = await db.reminders.toArray();
    // Two days ahead: the 3-day reminder is due at once, the 1-day one tomorrow.
    expect(firstPlan.map((r) => r.fireAt).sort()).toEqual([NOW, NOW + DAY]);
    await ingestOrders(db, [protectedOrder('1000000001', NOW + 10 * DAY)], context(NOW + 60_000));
    const history = await db.history.where('ref').equals('aliexpress:1000000001').toArray();
    expect(history.map((h) => h.field)).toEqual(['timer.buyer-protection-ends']);
    expect((await db.reminders.orderBy('fireAt').toArray()).map((r) => r.fireAt)).toEqual([
      NOW + 7 * DAY,
      NOW + 9 * DAY,
    ]);
  });

  it('keeps the last of duplicate orders in one reading', async () => {
    const db = freshDatabase();
    await ingestOrders(
      db,
      [order('1000000001', { status: 'shipped' }), order('1000000001', { status: 'delivered' })],
      context(),
    );
    expect((await db.orders.get('aliexpress:1000000001'))?.status).toBe('delivered');
  });

  it('gives an order without deadlines no next due time', async () => {
    const db = freshDatabase();
    await ingestOrders(db, [order('1000000001')], context());
    expect((await db.orders.get('aliexpress:1000000001'))?.nextDueAt).toBe(NO_DEADLINE);
  });

  it('rolls back everything when a write fails halfway', async () => {
    const db = freshDatabase();
    await ingestOrders(db, [order('1000000001', { status: 'shipped' })], context());
    // Orders are written before history; failing the history write must undo the orders too.
    db.history.hook('creating', () => {
      throw new Error('disk failure');
    });
    await expect(
      ingestOrders(db, [order('1000000001', { status: 'completed' }), order('1000000002')], context()),
    ).rejects.toThrow('disk failure');
    expect((await db.orders.get('aliexpress:1000000001'))?.status).toBe('shipped');
    expect(await db.orders.get('aliexpress:1000000002')).toBeUndefined();
  });
});

describe('refreshOrders', () => {
  it('moves urgency as time passes without a new reading', async () => {
    const db = freshDatabase();
    await ingestOrders(db, [protectedOrder('1000000001', NOW + 4 * DAY)], context());
    expect((await db.orders.get('aliexpress:1000000001'))?.urgency).toBe('soon');
    await refreshOrders(db, ['aliexpress:1000000001'], context(NOW + 3 * DAY));
    const row = await db.orders.get('aliexpress:1000000001');
    expect(row?.urgency).toBe('urgent');
    expect(row?.updatedAt).toBe(NOW);
  });

  it('writes nothing when the derivation comes out the same', async () => {
    const db = freshDatabase();
    await ingestOrders(db, [protectedOrder('1000000001', NOW + 9 * DAY, { shippedOn: '2026-11-18' })], context());
    const writes = countWrites(db);
    await refreshOrders(db, ['aliexpress:1000000001'], context(NOW + 60_000));
    expect(writes()).toEqual([]);
  });

  it('rewrites only what moved: the row, the deadline whose urgency changed and the reminder whose lead passed', async () => {
    const db = freshDatabase();
    await ingestOrders(db, [protectedOrder('1000000001', NOW + 4 * DAY, { shippedOn: '2026-11-18' })], context());
    const writes = countWrites(db);
    await refreshOrders(db, ['aliexpress:1000000001'], context(NOW + 3 * DAY));
    // The 3-day lead is past and folds into the 1-day one (due now): one reminder goes, the other stays as it was.
    expect(writes().sort()).toEqual([
      'deadlines updating aliexpress:1000000001:buyer-protection-ends',
      'orders updating aliexpress:1000000001',
      `reminders deleting aliexpress:1000000001:buyer-protection-ends:${3 * DAY}`,
    ]);
    const deadlines = await db.deadlines.where('ref').equals('aliexpress:1000000001').toArray();
    expect(deadlines.map((d) => [d.kind, d.urgency])).toEqual([
      ['buyer-protection-ends', 'urgent'],
      ['dispute-opens', 'upcoming'],
    ]);
  });

  it('deletes deadlines that no longer apply, with their reminders', async () => {
    const db = freshDatabase();
    await ingestOrders(db, [protectedOrder('1000000001', NOW + 4 * DAY, { shippedOn: '2026-11-18' })], context());
    expect(await db.deadlines.count()).toBe(2);
    await refreshOrders(db, ['aliexpress:1000000001'], { ...context(NOW + 1000), deriveDeadlines: () => [] });
    expect(await db.deadlines.count()).toBe(0);
    expect(await db.reminders.count()).toBe(0);
    expect((await db.orders.get('aliexpress:1000000001'))?.nextDueAt).toBe(NO_DEADLINE);
  });

  it('skips refs that are not stored', async () => {
    const db = freshDatabase();
    await refreshOrders(db, ['aliexpress:1000000009'], context());
    expect(await db.orders.count()).toBe(0);
  });
});
