import { describe, expect, it, vi } from 'vitest';
import {
  type DeadlineDeriver,
  ingestOrders,
  ingestReading,
  refreshDue,
  refreshOrders,
} from '../../../lib/background/ingest';
import type { BuyerGuardDatabase } from '../../../lib/db/database';
import { NO_DEADLINE } from '../../../lib/db/records';
import {
  context,
  DAY,
  freshDatabase,
  NOW,
  order,
  protectedOrder,
  reading,
  storedDeadlines,
  storedReminders,
  tableDeriver,
} from './test-data';

/** Records every row written or deleted in the tables an ingest writes from now on ("table hook key"). */
function countWrites(db: BuyerGuardDatabase): () => string[] {
  const seen: string[] = [];
  for (const table of [db.orders, db.history, db.journal]) {
    table.hook('creating', (key) => void seen.push(`${table.name} creating ${String(key)}`));
    table.hook('updating', (_changes, key) => void seen.push(`${table.name} updating ${String(key)}`));
    table.hook('deleting', (key) => void seen.push(`${table.name} deleting ${String(key)}`));
  }
  return () => [...seen];
}

describe('ingestOrders', () => {
  it('stores new orders with their deadlines, reminders and list fields, one row per order', async () => {
    const db = freshDatabase();
    const writes = countWrites(db);
    const summary = await ingestOrders(
      db,
      [
        protectedOrder('1000000001', NOW + 4 * DAY, {
          store: { name: 'Gadget Store' },
          items: [
            { title: 'USB cable', quantity: 1 },
            { title: 'Charger', quantity: 2 },
          ],
        }),
      ],
      context(),
    );
    expect(summary).toEqual({ created: 1, updated: 0, unchanged: 0 });
    expect(writes()).toEqual(['orders creating aliexpress:1000000001']);
    const row = await db.orders.get('aliexpress:1000000001');
    expect(row).toMatchObject({
      status: 'shipped',
      title: 'USB cable',
      itemCount: 2,
      store: 'Gadget Store',
      storeKey: 'gadget store',
      nextDueAt: NOW + 4 * DAY,
      urgency: 'soon',
      headline: { kind: 'buyer-protection-ends', dueAt: NOW + 4 * DAY, source: 'page' },
      // The first reminder, 3 days before; the first moment time changes anything is that same moment.
      nextReminderAt: NOW + DAY,
      staleAt: NOW + DAY,
    });
    expect(row?.search.split(' ')).toEqual(expect.arrayContaining(['1000000001', 'gadget', 'store', 'usb', 'cable']));
    expect(await storedDeadlines(db, 'aliexpress:1000000001')).toHaveLength(1);
    // Leads of 3 days and 1 day before a deadline 4 days away: both still ahead.
    const reminders = await storedReminders(db);
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
    expect(await storedReminders(db)).toHaveLength(2);
    expect((await db.orders.get('aliexpress:1000000001'))?.lastSeenAt).toBe(NOW + 1000);
  });

  it('derives an unchanged order again when time has moved past its row (the reply’s badges read it), and only then', async () => {
    const db = freshDatabase();
    const ref = 'aliexpress:1000000001';
    const orders = [protectedOrder('1000000001', NOW + 4 * DAY)];
    await ingestOrders(db, orders, context());
    const first = await db.orders.get(ref);
    expect(first?.urgency).toBe('soon');
    // Before its staleAt: kept as it is.
    await ingestOrders(db, orders, context((first?.staleAt as number) - 1));
    expect((await db.orders.get(ref))?.derivedFrom).toBe(first?.derivedFrom);
    expect((await db.orders.get(ref))?.staleAt).toBe(first?.staleAt);
    // Past it: the same order, read again, shows the urgency of now.
    const later = NOW + 2.5 * DAY;
    expect(await ingestOrders(db, orders, context(later))).toEqual({ created: 0, updated: 0, unchanged: 1 });
    const again = await db.orders.get(ref);
    expect(again).toMatchObject({ urgency: 'urgent', lastSeenAt: later, updatedAt: NOW });
    expect(again?.staleAt).toBeGreaterThan(later);
    // Another zone (a buyer who travelled): derived again too.
    await ingestOrders(db, orders, { ...context(later + 1000), timeZone: 'Asia/Tokyo' });
    expect((await db.orders.get(ref))?.derivedFrom).not.toBe(again?.derivedFrom);
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
    const firstPlan = await storedReminders(db);
    // Two days ahead: the 3-day reminder is due at once, the 1-day one tomorrow.
    expect(firstPlan.map((r) => r.fireAt).sort()).toEqual([NOW, NOW + DAY]);
    await ingestOrders(db, [protectedOrder('1000000001', NOW + 10 * DAY)], context(NOW + 60_000));
    const history = await db.history.where('ref').equals('aliexpress:1000000001').toArray();
    expect(history.map((h) => h.field)).toEqual(['timer.buyer-protection-ends']);
    expect((await storedReminders(db)).map((r) => r.fireAt)).toEqual([NOW + 7 * DAY, NOW + 9 * DAY]);
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

  it('derives nothing again while the inputs are the same and time has not reached staleAt', async () => {
    const db = freshDatabase();
    await ingestOrders(db, [protectedOrder('1000000001', NOW + 9 * DAY, { shippedOn: '2026-11-18' })], context());
    const derive = vi.fn<DeadlineDeriver>(tableDeriver);
    const row = await db.orders.get('aliexpress:1000000001');
    // Just before the first moment time changes anything: nothing is derived again.
    await refreshOrders(db, ['aliexpress:1000000001'], {
      ...context((row?.staleAt ?? 0) - 1),
      deriveDeadlines: derive,
    });
    expect(derive).not.toHaveBeenCalled();
    // At that moment, a setting or a journal entry changed: derived again.
    await refreshOrders(db, ['aliexpress:1000000001'], { ...context(row?.staleAt), deriveDeadlines: derive });
    expect(derive).toHaveBeenCalledTimes(1);
    await refreshOrders(db, ['aliexpress:1000000001'], {
      ...context(NOW, { ...context().settings, leadTimesMs: [DAY] }),
      deriveDeadlines: derive,
    });
    expect(derive).toHaveBeenCalledTimes(2);
    await db.journal.add({
      id: 'j-1',
      ref: 'aliexpress:1000000001',
      orderId: '1000000001',
      at: NOW,
      kind: 'contacted-seller',
      text: 'Where is it?',
    });
    await refreshOrders(db, ['aliexpress:1000000001'], { ...context(NOW), deriveDeadlines: derive });
    expect(derive).toHaveBeenCalledTimes(3);
  });

  it('writes nothing when the derivation comes out the same', async () => {
    const db = freshDatabase();
    await ingestOrders(db, [protectedOrder('1000000001', NOW + 9 * DAY, { shippedOn: '2026-11-18' })], context());
    const writes = countWrites(db);
    await refreshOrders(db, ['aliexpress:1000000001'], context(NOW + 60_000));
    expect(writes()).toEqual([]);
  });

  it('rewrites the one row when time moves urgency: its deadline and the reminder whose lead passed change with it', async () => {
    const db = freshDatabase();
    await ingestOrders(db, [protectedOrder('1000000001', NOW + 4 * DAY, { shippedOn: '2026-11-18' })], context());
    const writes = countWrites(db);
    await refreshOrders(db, ['aliexpress:1000000001'], context(NOW + 3 * DAY));
    expect(writes()).toEqual(['orders updating aliexpress:1000000001']);
    const deadlines = await storedDeadlines(db, 'aliexpress:1000000001');
    expect(deadlines.map((d) => [d.kind, d.urgency])).toEqual([
      ['buyer-protection-ends', 'urgent'],
      ['dispute-opens', 'upcoming'],
    ]);
    // The 3-day lead is past and folds into the 1-day one (due now): one reminder goes, the other stays as it was.
    const protection = (await storedReminders(db)).filter((r) => r.kind === 'buyer-protection-ends');
    expect(protection.map((r) => [r.leadMs, r.fireAt])).toEqual([[DAY, NOW + 3 * DAY]]);
  });

  it('deletes deadlines that no longer apply, with their reminders', async () => {
    const db = freshDatabase();
    await ingestOrders(db, [protectedOrder('1000000001', NOW + 4 * DAY, { shippedOn: '2026-11-18' })], context());
    expect(await storedDeadlines(db)).toHaveLength(2);
    // Rules of a new version that find none: a new version derives again whatever the inputs.
    await refreshOrders(db, ['aliexpress:1000000001'], {
      ...context(NOW + 1000),
      deriveDeadlines: () => [],
      codeVersion: 'rules that find no deadline',
    });
    expect(await storedDeadlines(db)).toHaveLength(0);
    expect(await storedReminders(db)).toHaveLength(0);
    const row = await db.orders.get('aliexpress:1000000001');
    expect(row?.nextDueAt).toBe(NO_DEADLINE);
    // Nothing pending, nothing that time changes: the row is in neither index.
    expect(row?.nextReminderAt).toBeUndefined();
    expect(row?.staleAt).toBeUndefined();
  });

  it('sweeps only what time caught up with, or everything when the time zone changed', async () => {
    const db = freshDatabase();
    await ingestOrders(
      db,
      [protectedOrder('1000000001', NOW + 4 * DAY), protectedOrder('1000000002', NOW + 20 * DAY)],
      context(),
    );
    const derive = vi.fn<DeadlineDeriver>(tableDeriver);
    // The first sweep knows nothing of the zone the orders were derived in: it checks them all.
    await refreshDue(db, { ...context(NOW + 1000), deriveDeadlines: derive });
    expect(derive).not.toHaveBeenCalled();
    // A day later the first order's 3-day reminder is due and its urgency moves; the other waits.
    await refreshDue(db, { ...context(NOW + DAY), deriveDeadlines: derive });
    expect(derive.mock.calls.map(([facts]) => facts.order.orderId)).toEqual(['1000000001']);
    // The buyer travelled: every order is derived again in the new zone.
    derive.mockClear();
    await refreshDue(db, { ...context(NOW + DAY), timeZone: 'Asia/Tokyo', deriveDeadlines: derive });
    expect(derive.mock.calls.map(([facts]) => facts.order.orderId).sort()).toEqual(['1000000001', '1000000002']);
  });

  it('skips refs that are not stored', async () => {
    const db = freshDatabase();
    await refreshOrders(db, ['aliexpress:1000000009'], context());
    expect(await db.orders.count()).toBe(0);
  });
});
