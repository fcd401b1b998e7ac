import { describe, expect, it } from 'vitest';
import {
  readLastReading,
  readPageReport,
  recordLastReading,
  recordPageReport,
  summariseReading,
} from '../../../lib/background/last-reading';
import type { PageReading } from '../../../lib/model/reading';

const ok: PageReading = {
  ok: true,
  pageKind: 'order-list',
  url: 'https://www.aliexpress.com/p/order/index.html',
  readAt: 1_795_165_200_000,
  language: 'en',
  orders: [
    { marketplace: 'aliexpress', orderId: '8204417366541234' },
    { marketplace: 'aliexpress', orderId: '8198765432105678' },
  ],
  diagnostics: { missing: [], disagreements: [], sources: ['dom', 'json'] },
};

const storedAll = (reading: PageReading) => ({
  storedIds: reading.ok ? reading.orders.map((order) => order.orderId) : [],
  dropped: [],
});

describe('last reading', () => {
  it('summarises a reading: page, count, ids, sources, how many fields stayed unread', () => {
    expect(summariseReading(ok, storedAll(ok))).toEqual({
      url: ok.url,
      pageKind: 'order-list',
      ok: true,
      orderCount: 2,
      orderIds: ['8204417366541234', '8198765432105678'],
      sources: ['dom', 'json'],
      missingCount: 0,
      readAt: ok.readAt,
      stored: 2,
    });
    const partly = { ...ok, diagnostics: { ...ok.diagnostics, missing: ['8204417366541234: total'] } };
    expect(summariseReading(partly, storedAll(partly)).missingCount).toBe(1);
  });

  it('keeps the last page report for the popup, and reads back nothing it cannot trust', async () => {
    expect(await readPageReport()).toBeNull();
    await recordPageReport(ok.url, '{"kind":"buyer-guard-page-report"}', 5);
    expect(await readPageReport()).toEqual({ url: ok.url, report: '{"kind":"buyer-guard-page-report"}', savedAt: 5 });
  });

  it('summarises a failed reading with its reason', () => {
    const failed: PageReading = {
      ok: false,
      pageKind: 'order-list',
      url: ok.url,
      readAt: 1_795_165_200_000,
      reason: 'empty',
      message: 'none',
    };
    expect(summariseReading(failed, storedAll(failed))).toEqual({
      url: ok.url,
      pageKind: 'order-list',
      ok: false,
      orderCount: 0,
      orderIds: [],
      sources: [],
      reason: 'empty',
      readAt: 1_795_165_200_000,
      stored: 0,
    });
  });

  it('keeps at most 100 ids', () => {
    const many = {
      ...ok,
      orders: Array.from({ length: 150 }, (_, i) => ({
        marketplace: 'aliexpress' as const,
        orderId: String(1_000_000 + i),
      })),
    };
    expect(summariseReading(many, storedAll(many)).orderIds).toHaveLength(100);
    expect(summariseReading(many, storedAll(many))).toMatchObject({ orderCount: 150, stored: 150 });
  });

  it('stores the latest summary in session storage', async () => {
    expect(await readLastReading()).toBeNull();
    await recordLastReading(ok, storedAll(ok));
    expect(await readLastReading()).toEqual(summariseReading(ok, storedAll(ok)));
  });

  it('names the orders left out and a reading that could not be stored', () => {
    const dropped = [{ orderId: '8198765432105678', why: 'timers.0.endsAt: Too big' }];
    expect(summariseReading(ok, { storedIds: ['8204417366541234'], dropped })).toMatchObject({
      orderCount: 2,
      stored: 1,
      orderIds: ['8204417366541234'],
      dropped,
    });
    expect(summariseReading(ok, { storedIds: [], dropped: [], notStored: true })).toMatchObject({
      orderCount: 2,
      stored: 0,
      orderIds: [],
      notStored: true,
    });
  });
});
