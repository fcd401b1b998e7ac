// @vitest-environment node
import { describe, expect, it } from 'vitest';
import { createReadingLimiter, READING_LIMITS } from '../../../lib/background/reading-limits';
import { createBackground } from '../../../lib/background/service';
import { dispatchMessage } from '../../../lib/messaging/dispatch';
import { type MessageType, PROTOCOL } from '../../../lib/messaging/protocol';
import { orderSchema } from '../../../lib/model/order';
import { repairOrder } from '../../../lib/model/repair-order';
import { freshDatabase, NOW, order, reading, tableDeriver } from './test-data';

// A page that rewrites itself to flood storage (new fake cards every 500 ms, 3.5 KB store names) meets
// limits: readings per tab per minute, new orders per tab per minute, orders kept in all, and the
// length of every text. A refusal is said, and never costs anything already stored.

const MINUTE = 60_000;

describe('createReadingLimiter', () => {
  it(`admits ${READING_LIMITS.readingsPerTabPerMinute} readings a minute per tab, then says when to come back`, () => {
    const limiter = createReadingLimiter();
    for (let i = 0; i < READING_LIMITS.readingsPerTabPerMinute; i++) {
      expect(limiter.admit('tab:1', NOW + i * 100)).toMatchObject({ ok: true });
    }
    expect(limiter.admit('tab:1', NOW + 5_000)).toEqual({ ok: false, retryAfterMs: MINUTE - 5_000 });
    // Another tab has its own allowance; the first tab's comes back as its oldest reading ages out.
    expect(limiter.admit('tab:2', NOW + 5_000)).toMatchObject({ ok: true });
    expect(limiter.admit('tab:1', NOW + MINUTE + 1)).toMatchObject({ ok: true });
  });

  it(`gives each tab ${READING_LIMITS.newOrdersPerTabPerMinute} new orders a minute`, () => {
    const limiter = createReadingLimiter();
    expect(limiter.admit('tab:1', NOW)).toEqual({ ok: true, newOrderBudget: READING_LIMITS.newOrdersPerTabPerMinute });
    limiter.recordCreated('tab:1', NOW, 250);
    expect(limiter.admit('tab:1', NOW + 1_000)).toEqual({ ok: true, newOrderBudget: 50 });
    limiter.recordCreated('tab:1', NOW + 1_000, 50);
    expect(limiter.admit('tab:1', NOW + 2_000)).toEqual({ ok: true, newOrderBudget: 0 });
    expect(limiter.admit('tab:1', NOW + MINUTE + 1_001)).toEqual({
      ok: true,
      newOrderBudget: READING_LIMITS.newOrdersPerTabPerMinute,
    });
  });
});

describe('text lengths', () => {
  const long = (n: number) => 'W'.repeat(n);
  it.each([
    ['an item title', { items: [{ title: long(501) }] }],
    ['a store name (3.5 KB)', { store: { name: long(3_500) } }],
    ['a status text', { statusText: long(201) }],
    ['a tracking event', { tracking: { events: [{ description: long(501), stage: 'unknown' }] } }],
    ['101 items', { items: Array.from({ length: 101 }, (_, i) => ({ title: `item ${i}` })) }],
  ])('the model refuses %s over its limit', (_name, fields) => {
    expect(orderSchema().safeParse({ ...order('1000000001'), ...fields }).success).toBe(false);
  });

  it('a reader shortens a text over its limit (and says so) instead of losing the order or the field', () => {
    const notes: string[] = [];
    const repaired = repairOrder(
      { ...order('1000000001'), store: { name: long(3_500) }, items: [{ title: `Earbuds ${long(10_240)}` }] },
      notes,
    );
    expect(repaired?.store?.name).toHaveLength(200);
    expect(repaired?.store?.name.endsWith('…')).toBe(true);
    expect(repaired?.items?.[0]?.title.startsWith('Earbuds WWW')).toBe(true);
    expect(repaired?.items?.[0]?.title).toHaveLength(500);
    expect(notes).toEqual([
      '1000000001: store.name (shortened to 200 characters)',
      '1000000001: items.0.title (shortened to 500 characters)',
    ]);
  });
});

describe('the background, flooded', () => {
  const self = { id: 'ext-id', baseUrl: 'chrome-extension://ext-id/' };
  const fromTab = (id: number) => ({
    id: 'ext-id',
    url: 'https://www.aliexpress.com/p/order/index.html',
    tab: { id },
    frameId: 0,
  });
  const extensionPage = { id: 'ext-id', url: 'chrome-extension://ext-id/popup.html' };
  const ids = (from: number, count: number) =>
    Array.from({ length: count }, (_, i) => String(1_000_000_000 + from + i));

  function setup(limits = READING_LIMITS) {
    const db = freshDatabase();
    const clock = { now: NOW };
    const background = createBackground({
      db,
      now: () => clock.now,
      timeZone: () => 'UTC',
      deriveDeadlines: tableDeriver,
      readingLimits: limits,
    });
    const send = (type: MessageType, payload: unknown, sender: object) =>
      dispatchMessage({ protocol: PROTOCOL, type, payload }, sender, self, background.handlers);
    const status = async () =>
      ((await send('getStatus', {}, extensionPage)) as { data: { lastReading: Record<string, unknown> } }).data
        .lastReading;
    return { db, send, status, clock };
  }

  it('refuses the readings of a tab past its allowance, keeps what is stored, and says when to try again', async () => {
    const { db, send, status, clock } = setup();
    await send('pageReading', reading(ids(0, 3).map((id) => order(id))), fromTab(1));
    for (let i = 1; i < READING_LIMITS.readingsPerTabPerMinute; i++) {
      clock.now += 500;
      await send('pageReading', reading([order(ids(1000 + i, 1)[0] ?? '')]), fromTab(1));
    }
    clock.now += 500;
    const refused = await send('pageReading', reading([order('2000000001')]), fromTab(1));
    expect(refused).toMatchObject({
      ok: true,
      data: { created: 0, refused: { reason: 'too-many-readings', retryAfterMs: expect.any(Number) } },
    });
    expect(await db.orders.get('aliexpress:2000000001')).toBeUndefined();
    expect(await db.orders.count()).toBe(3 + READING_LIMITS.readingsPerTabPerMinute - 1);
    expect(await status()).toMatchObject({ refused: { reason: 'too-many-readings' } });
    // Another tab is read as usual.
    expect(await send('pageReading', reading([order('2000000002')]), fromTab(2))).toMatchObject({
      data: { created: 1 },
    });
  });

  it('keeps at most its allowance of new orders a minute per tab; known orders still update', async () => {
    const { db, send, status, clock } = setup({ ...READING_LIMITS, newOrdersPerTabPerMinute: 5 });
    await send('pageReading', reading(ids(0, 4).map((id) => order(id))), fromTab(1));
    clock.now += 1_000;
    const flood = [
      ...ids(0, 4).map((id) => order(id, { status: 'completed' })),
      ...ids(100, 10).map((id) => order(id)),
    ];
    const reply = await send('pageReading', reading(flood), fromTab(1));
    expect(reply).toMatchObject({
      ok: true,
      data: { created: 1, updated: 4, refused: { reason: 'too-many-new-orders', count: 9 } },
    });
    expect(await db.orders.count()).toBe(5);
    expect((await db.orders.bulkGet(ids(0, 4).map((id) => `aliexpress:${id}` as const))).map((r) => r?.status)).toEqual(
      ['completed', 'completed', 'completed', 'completed'],
    );
    expect(await status()).toMatchObject({ stored: 5, refused: { reason: 'too-many-new-orders', count: 9 } });
  });

  it('keeps at most the orders it may hold in all: past that, no new order from a page, updates go on', async () => {
    const { db, send, status } = setup({ ...READING_LIMITS, storedOrders: 6 });
    await send('pageReading', reading(ids(0, 5).map((id) => order(id))), fromTab(1));
    const reply = await send(
      'pageReading',
      reading([order(ids(0, 1)[0] ?? '', { status: 'closed' }), ...ids(200, 3).map((id) => order(id))]),
      fromTab(2),
    );
    expect(reply).toMatchObject({ data: { created: 1, updated: 1, refused: { reason: 'too-many-orders', count: 2 } } });
    expect(await db.orders.count()).toBe(6);
    expect(await status()).toMatchObject({ refused: { reason: 'too-many-orders', count: 2 } });
  });
});
