import { describe, expect, it } from 'vitest';
import { mergeOrder } from '../../../lib/background/merge-order';
import { DAY, NOW, order } from './test-data';

describe('mergeOrder', () => {
  it('takes a first reading whole, with no history yet', () => {
    const incoming = order('1000000001', { status: 'shipped' });
    expect(mergeOrder(undefined, incoming)).toEqual({
      order: incoming,
      changes: [],
    });
  });

  it('keeps what a less detailed page did not show', () => {
    const stored = order('1000000001', {
      status: 'shipped',
      tracking: { number: 'LP00123', carrier: 'Cainiao' },
      items: [{ title: 'Caliper', sku: '150mm', imageUrl: 'https://ae01.alicdn.com/kf/a.jpg', quantity: 2 }],
    });
    const fromList = order('1000000001', {
      status: 'shipped',
      items: [{ title: 'Caliper', sku: '150mm', quantity: 2 }],
    });
    const { order: merged, changes } = mergeOrder(stored, fromList);
    expect(merged.tracking).toEqual({ number: 'LP00123', carrier: 'Cainiao' });
    expect(merged.items?.[0]?.imageUrl).toBe('https://ae01.alicdn.com/kf/a.jpg');
    expect(changes).toEqual([]);
  });

  it('records a status change with before and after', () => {
    const { changes } = mergeOrder(order('1', { status: 'shipped' }), order('1', { status: 'delivered' }));
    expect(changes).toEqual([{ field: 'status', from: 'shipped', to: 'delivered' }]);
  });

  it('replaces a timer of the same kind and keeps other kinds', () => {
    const stored = order('1', {
      timers: [
        { kind: 'buyer-protection-ends', endsAt: NOW + 5 * DAY, raw: '5 days' },
        { kind: 'auto-confirm', endsAt: NOW + 9 * DAY, raw: '9 days' },
      ],
    });
    const incoming = order('1', {
      timers: [{ kind: 'buyer-protection-ends', endsAt: NOW + 12 * DAY, raw: '12 days' }],
    });
    const { order: merged, changes } = mergeOrder(stored, incoming);
    expect(merged.timers?.map((t) => [t.kind, t.endsAt])).toEqual([
      ['buyer-protection-ends', NOW + 12 * DAY],
      ['auto-confirm', NOW + 9 * DAY],
    ]);
    expect(changes).toEqual([
      {
        field: 'timer.buyer-protection-ends',
        from: new Date(NOW + 5 * DAY).toISOString(),
        to: new Date(NOW + 12 * DAY).toISOString(),
      },
    ]);
  });

  it.each([
    ['59 minutes of drift is the same countdown read twice', 59 * 60_000, 0],
    ['61 minutes is a real change (an extension)', 61 * 60_000, 1],
  ])('%s', (_name, drift, expectedChanges) => {
    const stored = order('1', { timers: [{ kind: 'buyer-protection-ends', endsAt: NOW, raw: 'a' }] });
    const incoming = order('1', { timers: [{ kind: 'buyer-protection-ends', endsAt: NOW + drift, raw: 'b' }] });
    expect(mergeOrder(stored, incoming).changes).toHaveLength(expectedChanges);
  });

  it('unions tracking events, newest first, and reports the new latest event', () => {
    const older = {
      time: '2026-11-01T10:00',
      description: 'Departed from sorting center',
      stage: 'in-transit' as const,
    };
    const newer = {
      time: '2026-11-05T08:30',
      description: 'Arrived at destination country',
      stage: 'arrived-destination' as const,
    };
    const stored = order('1', { tracking: { number: 'LP1', events: [older] } });
    const incoming = order('1', { tracking: { events: [newer] } });
    const { order: merged, changes } = mergeOrder(stored, incoming);
    expect(merged.tracking?.events).toEqual([newer, older]);
    expect(merged.tracking?.number).toBe('LP1');
    expect(changes).toContainEqual({ field: 'tracking.latest', from: older.description, to: newer.description });
  });

  it('matches items by product id and variant, so two variants of a product stay apart', () => {
    const stored = order('1', {
      items: [
        { title: 'Shirt', productId: '42', sku: 'Red', imageUrl: 'https://ae01.alicdn.com/kf/red.jpg' },
        { title: 'Shirt', productId: '42', sku: 'Blue', imageUrl: 'https://ae01.alicdn.com/kf/blue.jpg' },
      ],
    });
    const incoming = order('1', { items: [{ title: 'Shirt', productId: '42', sku: 'Blue', quantity: 1 }] });
    expect(mergeOrder(stored, incoming).order.items).toEqual([
      { title: 'Shirt', productId: '42', sku: 'Blue', imageUrl: 'https://ae01.alicdn.com/kf/blue.jpg', quantity: 1 },
    ]);
  });

  it('records dispute status and total changes', () => {
    const stored = order('1', { total: { amount: 10, currency: 'USD' } });
    const incoming = order('1', { total: { amount: 8.5, currency: 'USD' }, dispute: { status: 'opened' } });
    expect(mergeOrder(stored, incoming).changes).toEqual([
      { field: 'total', from: '10 USD', to: '8.5 USD' },
      { field: 'dispute.status', to: 'opened' },
    ]);
  });
});
