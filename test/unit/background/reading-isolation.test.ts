// @vitest-environment node
import { describe, expect, it } from 'vitest';
import type { DeadlineDeriver } from '../../../lib/background/ingest';
import { createBackground } from '../../../lib/background/service';
import { orderRef } from '../../../lib/db/records';
import { dispatchMessage } from '../../../lib/messaging/dispatch';
import { type MessageType, PROTOCOL } from '../../../lib/messaging/protocol';
import { DAY, freshDatabase, NOW, order, protectedOrder, reading, tableDeriver } from './test-data';

// One bad value never stops the other orders of a reading nor later readings: each order is validated
// and merged on its own, a bad one is dropped with a diagnostic, and "last reading" is written after the
// commit and says what was kept.

const self = { id: 'ext-id', baseUrl: 'chrome-extension://ext-id/' };
const contentScript = {
  id: 'ext-id',
  url: 'https://www.aliexpress.com/p/order/index.html',
  tab: { id: 7 },
  frameId: 0,
};
const extensionPage = { id: 'ext-id', url: 'chrome-extension://ext-id/popup.html' };

function setup(deriveDeadlines: DeadlineDeriver = tableDeriver) {
  const db = freshDatabase();
  const clock = { now: NOW };
  const background = createBackground({ db, now: () => clock.now, timeZone: () => 'UTC', deriveDeadlines });
  const send = (type: MessageType, payload: unknown, sender: object = contentScript) =>
    dispatchMessage({ protocol: PROTOCOL, type, payload }, sender, self, background.handlers);
  const status = async () => {
    const reply = await send('getStatus', {}, extensionPage);
    return (reply as { data: { lastReading: Record<string, unknown> | null } }).data.lastReading;
  };
  return { db, send, status, clock };
}

/** A countdown of 8.7e15 ms: a safe integer, but more than `Date` can hold. */
const POISON = 8.7e15;

describe('a reading with one bad order', () => {
  it('stores every order, cuts the bad value out of its order and says so in the last reading', async () => {
    const { db, send, status } = setup();
    const bad = protectedOrder('1000000002', NOW + POISON);
    const reply = await send(
      'pageReading',
      reading([protectedOrder('1000000001', NOW + 4 * DAY), bad, order('1000000003', { status: 'completed' })]),
    );
    // The content script's readers do not carry the model's schema: the background checks each order.
    expect(reply).toMatchObject({
      ok: true,
      data: { created: 3, unreadable: ['1000000002: timers.0.endsAt (unreadable value)'] },
    });
    expect((await db.orders.toCollection().primaryKeys()).sort()).toEqual([
      'aliexpress:1000000001',
      'aliexpress:1000000002',
      'aliexpress:1000000003',
    ]);
    expect((await db.orders.get('aliexpress:1000000002'))?.order.timers).toBeUndefined();
    expect(await status()).toMatchObject({
      ok: true,
      orderCount: 3,
      stored: 3,
      missingCount: 1,
      orderIds: ['1000000001', '1000000002', '1000000003'],
    });
    expect((await status())?.dropped ?? []).toEqual([]);
  });

  it('drops an order without an id or of another shape, alone (the envelope is still checked whole)', async () => {
    const { db, send, status } = setup();
    const reply = await send('pageReading', {
      ...reading([order('1000000001')]),
      orders: [{ marketplace: 'aliexpress' }, order('1000000001'), 'not an order', { orderId: '1000000009' }],
    });
    expect(reply).toMatchObject({ ok: true, data: { created: 1 } });
    expect(await db.orders.count()).toBe(1);
    expect(await status()).toMatchObject({
      orderCount: 4,
      stored: 1,
      dropped: [
        { orderId: '(no id)', why: expect.stringMatching(/^orderId:/) },
        { orderId: '(no id)', why: expect.stringMatching(/^order:/) },
        { orderId: '1000000009', why: expect.stringMatching(/^marketplace:/) },
      ],
    });
  });

  it('drops an order whose deadlines cannot be derived, and keeps the rest', async () => {
    const throwing: DeadlineDeriver = (input) => {
      if (input.order.orderId === '1000000002') throw new RangeError('Invalid time value');
      return tableDeriver(input);
    };
    const { db, send, status } = setup(throwing);
    const reply = await send('pageReading', reading([order('1000000001'), order('1000000002'), order('1000000003')]));
    expect(reply).toMatchObject({ ok: true, data: { created: 2 } });
    expect(await db.orders.count()).toBe(2);
    expect(await status()).toMatchObject({
      stored: 2,
      dropped: [{ orderId: '1000000002', why: expect.stringMatching(/Invalid time value/) }],
    });
  });
});

describe('a poisoned row stored by an earlier version', () => {
  it('no longer stops honest readings: the bad value is cut from the stored order, the others update', async () => {
    const { db, send } = setup();
    await send('pageReading', reading([order('1000000001'), order('1000000002')]));
    // What an earlier version let through: a stored timer and a tracking event `Date` cannot hold.
    const ref = orderRef('aliexpress', '1000000001');
    await db.orders.update(ref, {
      order: {
        ...order('1000000001'),
        timers: [{ kind: 'auto-confirm', endsAt: POISON, raw: 'leftTime: 8.7e15' }],
        tracking: { events: [{ at: 2 ** 53 - 1, description: 'x', stage: 'unknown' }] },
      },
    });

    const honest = reading([
      order('1000000001', { status: 'completed', tracking: { events: [{ description: 'y', stage: 'delivered' }] } }),
      order('1000000002', { status: 'completed' }),
    ]);
    const reply = await send('pageReading', honest);
    expect(reply).toMatchObject({ ok: true, data: { updated: 2 } });
    const rows = await db.orders.bulkGet([ref, orderRef('aliexpress', '1000000002')]);
    expect(rows.map((row) => row?.status)).toEqual(['completed', 'completed']);
    // The timer goes (a timer is its end); the event keeps its words without the time.
    expect(rows[0]?.order.timers).toBeUndefined();
    expect(rows[0]?.order.tracking?.events).toEqual([
      { description: 'y', stage: 'delivered' },
      { description: 'x', stage: 'unknown' },
    ]);
  });
});

describe('the last reading tells the truth', () => {
  it('is written only after the orders are stored: a failed write leaves "not stored"', async () => {
    const { db, send, status } = setup();
    db.orders.hook('creating', () => {
      throw new Error('disk on fire');
    });
    const reply = await send('pageReading', reading([order('1000000001')]));
    expect(reply).toMatchObject({ ok: false });
    expect(await db.orders.count()).toBe(0);
    expect(await status()).toMatchObject({ ok: true, orderCount: 1, stored: 0, notStored: true });
  });
});
