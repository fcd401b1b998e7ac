import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { mergeOrders } from '../../../../lib/marketplaces/aliexpress/merge-orders';
import type { Order } from '../../../../lib/model/order';

const base = { marketplace: 'aliexpress', orderId: '8000222333270000' } as const;

describe('mergeOrders', () => {
  it('takes amounts and dates from the JSON, wording and buttons from the DOM, and records disagreements', () => {
    const dom: Order = {
      ...base,
      statusText: 'Awaiting delivery',
      status: 'shipped',
      orderedOn: '2026-09-14',
      total: { amount: 25.66, currency: 'USD' },
      actions: ['track'],
      store: { name: 'Example Electronics Store', url: 'https://www.aliexpress.com/store/1103' },
    };
    const json: Order = {
      ...base,
      statusText: 'Awaiting delivery (JSON)',
      status: 'shipped',
      orderedOn: '2026-09-13',
      total: { amount: 25.66, currency: 'USD' },
      paidOn: '2026-09-13T10:02',
      actions: ['track', 'confirm-received'],
    };
    const { orders, disagreements } = mergeOrders([dom], [json]);
    expect(orders).toEqual([
      {
        ...base,
        statusText: 'Awaiting delivery',
        status: 'shipped',
        orderedOn: '2026-09-13',
        total: { amount: 25.66, currency: 'USD' },
        paidOn: '2026-09-13T10:02',
        actions: ['track'],
        store: { name: 'Example Electronics Store', url: 'https://www.aliexpress.com/store/1103' },
      },
    ]);
    expect(disagreements).toEqual([
      { orderId: base.orderId, field: 'orderedOn', dom: '2026-09-14', json: '2026-09-13' },
    ]);
  });

  it('fills item fields the JSON lacks from the DOM item with the same product', () => {
    const dom: Order = {
      ...base,
      items: [
        { title: 'Module (as shown)', sku: 'Color: Module', productId: '1', imageUrl: 'https://ae01.alicdn.com/a.jpg' },
      ],
    };
    const json: Order = {
      ...base,
      items: [{ title: 'Module', productId: '1', unitPrice: { amount: 1, currency: 'USD' } }],
    };
    expect(mergeOrders([dom], [json]).orders[0]?.items).toEqual([
      {
        title: 'Module (as shown)',
        sku: 'Color: Module',
        productId: '1',
        imageUrl: 'https://ae01.alicdn.com/a.jpg',
        unitPrice: { amount: 1, currency: 'USD' },
      },
    ]);
  });

  it('keeps the DOM wall-clock time on JSON events with the same description', () => {
    const dom: Order = {
      ...base,
      tracking: { number: 'LP1', events: [{ description: 'Departed', stage: 'in-transit', time: '2026-11-18T17:10' }] },
    };
    const json: Order = {
      ...base,
      tracking: { number: 'LP1', events: [{ description: 'Departed', stage: 'in-transit', at: 1795108200000 }] },
    };
    expect(mergeOrders([dom], [json]).orders[0]?.tracking?.events).toEqual([
      { description: 'Departed', stage: 'in-transit', time: '2026-11-18T17:10', at: 1795108200000 },
    ]);
  });

  describe('a deadline both state: the one the buyer sees, or the earlier (issue 12, break 3)', () => {
    const T = Date.UTC(2026, 10, 20, 12);
    const DAY = 86_400_000;
    const timer = (endsAt: number, raw: string) => ({ kind: 'buyer-protection-ends' as const, endsAt, raw });
    const merge = (domEnd: number, jsonEnd: number) =>
      mergeOrders([{ ...base, timers: [timer(domEnd, 'page')] }], [{ ...base, timers: [timer(jsonEnd, 'json')] }]);

    it('keeps the page’s "ends in 12 days" over the JSON’s 80 days, and records the disagreement', () => {
      const { orders, disagreements } = merge(T + 12 * DAY, T + 80 * DAY);
      expect(orders[0]?.timers).toEqual([timer(T + 12 * DAY, 'page')]);
      expect(disagreements).toEqual([
        {
          orderId: base.orderId,
          field: 'timers.buyer-protection-ends',
          dom: new Date(T + 12 * DAY).toISOString(),
          json: new Date(T + 80 * DAY).toISOString(),
        },
      ]);
    });

    it('keeps the JSON’s when it is the earlier one (the safe side), and records it too', () => {
      const { orders, disagreements } = merge(T + 12 * DAY, T + 2 * DAY);
      expect(orders[0]?.timers).toEqual([timer(T + 2 * DAY, 'json')]);
      expect(disagreements).toHaveLength(1);
    });

    it('takes the earlier silently within a day (a countdown the page rounds to days)', () => {
      const { orders, disagreements } = merge(T + 12 * DAY, T + 12 * DAY + 5 * 3_600_000);
      expect(orders[0]?.timers).toEqual([timer(T + 12 * DAY, 'page')]);
      expect(disagreements).toEqual([]);
    });

    it('stated days: the earlier day, the difference recorded', () => {
      const dom: Order = { ...base, timers: [{ kind: 'buyer-protection-ends', endsOn: '2026-12-20', raw: 'a' }] };
      const json: Order = { ...base, timers: [{ kind: 'buyer-protection-ends', endsOn: '2026-12-21', raw: 'b' }] };
      const { orders, disagreements } = mergeOrders([dom], [json]);
      expect(orders[0]?.timers).toEqual([{ kind: 'buyer-protection-ends', endsOn: '2026-12-20', raw: 'a' }]);
      expect(disagreements).toEqual([
        { orderId: base.orderId, field: 'timers.buyer-protection-ends', dom: '2026-12-20', json: '2026-12-21' },
      ]);
    });

    it('never ends later than what the page shows, whatever the JSON says (property)', () => {
      fc.assert(
        fc.property(fc.integer({ min: 0, max: 400 * DAY }), fc.integer({ min: 0, max: 400 * DAY }), (d, j) => {
          const { orders, disagreements } = merge(T + d, T + j);
          expect(orders[0]?.timers?.[0]?.endsAt).toBe(T + Math.min(d, j));
          expect(disagreements.length).toBe(Math.abs(d - j) > DAY ? 1 : 0);
        }),
      );
    });
  });

  it('keeps page order and adds orders only the JSON has at the end', () => {
    const { orders } = mergeOrders(
      [
        { ...base, orderId: '2000000' },
        { ...base, orderId: '1000000' },
      ],
      [
        { ...base, orderId: '3000000' },
        { ...base, orderId: '1000000' },
      ],
    );
    expect(orders.map((order) => order.orderId)).toEqual(['2000000', '1000000', '3000000']);
  });
});
