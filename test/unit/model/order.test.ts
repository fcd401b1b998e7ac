import { describe, expect, it } from 'vitest';
import { orderSchema, pageTimerSchema, trackingEventSchema } from '../../../lib/model/order';
import { pageReadingSchema } from '../../../lib/model/reading';
import { localDateSchema, localDateTimeSchema } from '../../../lib/model/time';

const minimal = { marketplace: 'aliexpress', orderId: '8100000000000001' };

describe('orderSchema()', () => {
  it('only the identity is required: absent fields mean "not read"', () => {
    expect(orderSchema().parse(minimal)).toEqual(minimal);
  });

  it('accepts a fully read order', () => {
    const order = {
      ...minimal,
      orderedOn: '2026-02-27',
      status: 'shipped',
      statusText: 'Awaiting delivery',
      store: { name: 'Acme Store', url: 'https://www.aliexpress.com/store/1' },
      items: [{ title: 'Earbuds', sku: 'Color: Black', quantity: 2, unitPrice: { amount: 9.99, currency: 'USD' } }],
      total: { amount: 19.98, currency: 'USD' },
      actions: ['track', 'confirm-received', 'extend-protection'],
      timers: [
        { kind: 'buyer-protection-ends', endsAt: 1_780_000_000_000, raw: '12 days 05:33:21' },
        { kind: 'delivery-estimate', endsOn: '2026-04-20', raw: 'Apr 20' },
      ],
      paidOn: '2026-02-27T09:00',
      shippedOn: '2026-03-01',
      tracking: {
        number: 'LP1',
        carrier: 'Cainiao',
        events: [{ time: '2026-03-02T08:00', description: 'Accepted', stage: 'handed-to-carrier' }],
      },
      dispute: { status: 'opened', refundAmount: { amount: 5, currency: 'USD' } },
      detailUrl: 'https://www.aliexpress.com/p/order/detail.html?orderId=8100000000000001',
    };
    expect(orderSchema().safeParse(order).success).toBe(true);
  });

  it.each([
    ['a short order id', { orderId: '123' }],
    ['a non-numeric order id', { orderId: '81000000ABC' }],
    ['an unknown status', { status: 'lost' }],
    ['an unknown action', { actions: ['refund-now'] }],
    ['a currency that is not ISO 4217', { total: { amount: 1, currency: 'usd' } }],
    ['a negative amount', { total: { amount: -1, currency: 'USD' } }],
    ['an invalid date', { orderedOn: '2026-13-01' }],
    ['an unknown marketplace', { marketplace: 'temu' }],
  ])('rejects %s', (_name, change) => {
    expect(orderSchema().safeParse({ ...minimal, ...change }).success).toBe(false);
  });
});

describe('timers and tracking', () => {
  it('a timer has a kind and its raw text; the instant or the day is optional', () => {
    expect(pageTimerSchema().safeParse({ kind: 'auto-confirm', raw: '3 days' }).success).toBe(true);
    expect(pageTimerSchema().safeParse({ kind: 'refund-due', raw: 'x' }).success).toBe(false);
    expect(pageTimerSchema().safeParse({ kind: 'auto-confirm', endsAt: -5, raw: 'x' }).success).toBe(false);
  });

  it('a tracking event needs a description and a stage', () => {
    expect(
      trackingEventSchema().safeParse({ description: 'Delivered', stage: 'delivered', at: 1_770_000_000_000 }).success,
    ).toBe(true);
    expect(trackingEventSchema().safeParse({ description: '', stage: 'delivered' }).success).toBe(false);
    expect(trackingEventSchema().safeParse({ description: 'x', stage: 'teleported' }).success).toBe(false);
  });
});

describe('local dates', () => {
  it.each([
    ['2026-02-28', true],
    ['2026-12-31', true],
    ['2026-00-10', false],
    ['2026-1-10', false],
    ['10.03.2026', false],
  ])('local date %s → %s', (value, ok) => {
    expect(localDateSchema().safeParse(value).success).toBe(ok);
  });

  it.each([
    ['2026-03-05', true],
    ['2026-03-05T14:22', true],
    ['2026-03-05T14:22:09', true],
    ['2026-03-05T24:00', false],
    ['2026-03-05 14:22', false],
  ])('local date-time %s → %s', (value, ok) => {
    expect(localDateTimeSchema().safeParse(value).success).toBe(ok);
  });
});

describe('pageReadingSchema()', () => {
  it('a successful reading carries orders and diagnostics with defaults', () => {
    const reading = pageReadingSchema().parse({
      ok: true,
      pageKind: 'order-list',
      url: 'https://www.aliexpress.com/p/order/index.html',
      readAt: 1_770_000_000_000,
      orders: [minimal],
      diagnostics: {},
    });
    expect(reading.ok && reading.diagnostics).toEqual({ missing: [], disagreements: [], sources: [] });
  });

  it('a failed reading says why', () => {
    const failed = {
      ok: false,
      url: 'https://www.aliexpress.com/p/order/index.html',
      readAt: 1_770_000_000_000,
      reason: 'not-signed-in',
      message: 'x',
    };
    expect(pageReadingSchema().safeParse(failed).success).toBe(true);
    expect(pageReadingSchema().safeParse({ ...failed, reason: 'gone' }).success).toBe(false);
  });
});
