import { describe, expect, it } from 'vitest';
import { composeNotification, type DueReminder, timeLeft } from '../../../lib/background/notification-content';
import { DAY, NOW } from './test-data';

const HOUR = 3_600_000;

function due(orderId: string, inMs: number, extra: Partial<DueReminder> = {}): DueReminder {
  return {
    reminderKey: `aliexpress:${orderId}:buyer-protection-ends:${DAY}`,
    order: {
      ref: `aliexpress:${orderId}`,
      orderId,
      order: {
        marketplace: 'aliexpress',
        orderId,
        store: { name: 'Gadget Store' },
        items: [{ title: 'Wireless Earbuds Bluetooth 5.3 Noise Cancelling With Charging Case And Extra Tips' }],
      },
    },
    deadline: { kind: 'buyer-protection-ends', label: 'Buyer protection ends', dueAt: NOW + inMs, source: 'page' },
    ...extra,
  };
}

describe('timeLeft', () => {
  it.each([
    [0, 'now'],
    [-HOUR, 'now'],
    [59 * 60_000, 'in less than an hour'],
    [HOUR, 'in 1 hour'],
    [47 * HOUR + 59 * 60_000, 'in 47 hours'],
    [48 * HOUR, 'in 2 days'],
    [3 * DAY - 1, 'in 2 days'],
  ])('%i ms → %s (rounded down)', (ms, text) => {
    expect(timeLeft(NOW + ms, NOW)).toBe(text);
  });
});

describe('composeNotification', () => {
  it('is nothing when nothing is due', () => {
    expect(composeNotification([], NOW)).toBeNull();
  });

  it('names the deadline, the order and the next step for one order', () => {
    const content = composeNotification([due('1000000001', 26 * HOUR, { nextStep: 'Open a dispute' })], NOW);
    expect(content).toMatchObject({
      title: 'Buyer protection ends in 26 hours',
      buttons: [{ title: 'Open order page' }, { title: 'Remind me tomorrow' }],
      target: { kind: 'order', orderId: '1000000001' },
      refs: ['aliexpress:1000000001'],
    });
    expect(content?.message).toBe(
      'Order 1000000001 · Gadget Store · Wireless Earbuds Bluetooth 5.3 Noise Cancelling With Chargi…\nNext step: Open a dispute',
    );
  });

  it('marks an estimated deadline as estimated', () => {
    const estimated = due('1000000001', 3 * DAY);
    estimated.deadline = { ...estimated.deadline, source: 'estimate' };
    expect(composeNotification([estimated], NOW)?.title).toBe('Buyer protection ends in 3 days (estimated)');
  });

  it('groups several orders, most urgent first, listing five and counting the rest', () => {
    const many = [7, 2, 5, 1, 3, 6, 4].map((d, i) => due(`100000000${i}`, d * DAY));
    const content = composeNotification(many, NOW);
    expect(content?.title).toBe('7 orders need attention');
    expect(content?.items.map((i) => i.title)).toEqual([
      'Buyer protection ends in 24 hours',
      'Buyer protection ends in 2 days',
      'Buyer protection ends in 3 days',
      'Buyer protection ends in 4 days',
      'Buyer protection ends in 5 days',
    ]);
    expect(content?.message.endsWith('…and 2 more')).toBe(true);
    expect(content?.target).toEqual({ kind: 'orders' });
    expect(content?.reminderKeys).toHaveLength(7);
  });

  it('counts an order once when two of its reminders fall due together', () => {
    const a = due('1000000001', DAY);
    const b = { ...due('1000000001', 2 * DAY), reminderKey: 'other' };
    const content = composeNotification([a, b], NOW);
    expect(content?.target.kind).toBe('order');
    expect(content?.reminderKeys).toEqual([a.reminderKey, 'other']);
  });
});
