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

  it('records differing stated dates of one timer kind and keeps the JSON one', () => {
    const dom: Order = { ...base, timers: [{ kind: 'buyer-protection-ends', endsOn: '2026-12-20', raw: 'a' }] };
    const json: Order = { ...base, timers: [{ kind: 'buyer-protection-ends', endsOn: '2026-12-21', raw: 'b' }] };
    const { orders, disagreements } = mergeOrders([dom], [json]);
    expect(orders[0]?.timers).toEqual([{ kind: 'buyer-protection-ends', endsOn: '2026-12-21', raw: 'b' }]);
    expect(disagreements).toEqual([
      { orderId: base.orderId, field: 'timers.buyer-protection-ends', dom: '2026-12-20', json: '2026-12-21' },
    ]);
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
