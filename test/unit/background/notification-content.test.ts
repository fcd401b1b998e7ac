import { describe, expect, it } from 'vitest';
import { composeNotification, type DueReminder } from '../../../lib/background/notification-content';
import { translatorFor } from '../../../lib/i18n/translator';
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

const EN = { locale: 'en-US', timeZone: 'UTC' };
const UTC = { timeZone: 'UTC' };

describe('composeNotification', () => {
  it('is nothing when nothing is due', () => {
    expect(composeNotification([], NOW, EN)).toBeNull();
  });

  it('names the deadline, the order and the next step for one order', () => {
    const content = composeNotification([due('1000000001', 26 * HOUR, { nextStep: 'Open a dispute' })], NOW, EN);
    expect(content).toMatchObject({
      // The one deadline formatter: the same name and date as the badge, the list and the guide.
      title: 'Buyer protection ends: Nov 21, 2:00 PM',
      buttons: [{ title: 'Open order page' }, { title: 'Remind me tomorrow' }],
      target: { kind: 'order', orderId: '1000000001' },
      refs: ['aliexpress:1000000001'],
    });
    expect(content?.message).toBe(
      '1 day 2 hours left (stated by the page)\nOrder 1000000001 · Gadget Store · Wireless Earbuds Bluetooth 5.3 Noise Cancelling With Chargi…\nNext step: Open a dispute',
    );
  });

  it('marks an estimated deadline as estimated', () => {
    const estimated = due('1000000001', 3 * DAY);
    estimated.deadline = { ...estimated.deadline, source: 'estimate' };
    expect(composeNotification([estimated], NOW, EN)?.message.split('\n')[0]).toBe('3 days left (estimated)');
  });

  it('shows a whole day as the day, never with a time', () => {
    const day = due('1000000001', 0);
    day.deadline = { ...day.deadline, dueAt: Date.parse('2026-11-23T23:59:59.999Z'), dueOn: '2026-11-23' };
    const content = composeNotification([day], NOW, EN);
    expect(content?.title).toBe('Buyer protection ends: by the end of Nov 23');
    expect(content?.message.split('\n')[0]).toBe('3 days left (stated by the page)');
  });

  it('groups several orders, most urgent first, listing five and counting the rest', () => {
    const many = [7, 2, 5, 1, 3, 6, 4].map((d, i) => due(`100000000${i}`, d * DAY));
    const content = composeNotification(many, NOW, EN);
    expect(content?.title).toBe('7 orders need attention');
    expect(content?.items.map((i) => i.title)).toEqual([
      'Buyer protection ends: Nov 21, 12:00 PM',
      'Buyer protection ends: Nov 22, 12:00 PM',
      'Buyer protection ends: Nov 23, 12:00 PM',
      'Buyer protection ends: Nov 24, 12:00 PM',
      'Buyer protection ends: Nov 25, 12:00 PM',
    ]);
    expect(content?.items[0]?.message).toMatch(/^1 day left · Order 1000000003/);
    expect(content?.message.endsWith('…and 2 more')).toBe(true);
    expect(content?.target).toEqual({ kind: 'orders' });
    expect(content?.reminderKeys).toHaveLength(7);
  });

  it('counts an order once when two of its reminders fall due together', () => {
    const a = due('1000000001', DAY);
    const b = { ...due('1000000001', 2 * DAY), reminderKey: 'other' };
    const content = composeNotification([a, b], NOW, EN);
    expect(content?.target.kind).toBe('order');
    expect(content?.reminderKeys).toEqual([a.reminderKey, 'other']);
  });

  it('speaks Spanish: one order’s words and buttons, a group’s count', () => {
    const es = translatorFor('es');
    const one = composeNotification([due('1000000001', 26 * HOUR, { nextStep: 'Abre una disputa' })], NOW, UTC, es);
    expect(one).toMatchObject({
      title: 'Fin de la protección al comprador: 21 nov, 14:00',
      buttons: [{ title: 'Abrir la página del pedido' }, { title: 'Recordármelo mañana' }],
    });
    expect(one?.message.split('\n')).toEqual([
      'queda 1 día y 2 horas (indicado por la página)',
      'Pedido 1000000001 · Gadget Store · Wireless Earbuds Bluetooth 5.3 Noise Cancelling With Chargi…',
      'Siguiente paso: Abre una disputa',
    ]);
    const group = composeNotification(
      [1, 2, 3, 4, 5, 6].map((d, i) => due(`100000000${i}`, d * DAY)),
      NOW,
      UTC,
      es,
    );
    expect(group?.title).toBe('6 pedidos necesitan atención');
    expect(group?.message.endsWith('…y 1 más')).toBe(true);
    expect(group?.buttons).toEqual([{ title: 'Abrir Buyer Guard' }, { title: 'Recordármelo mañana' }]);
  });

  it('speaks Polish, with its plural forms: 2 and 22 take "few", 5 and 12 take "many"', () => {
    const pl = translatorFor('pl');
    const group = (count: number) =>
      composeNotification(
        Array.from({ length: count }, (_, i) => due(`${1000000000 + i}`, (i + 1) * HOUR)),
        NOW,
        UTC,
        pl,
      )?.title;
    expect(group(2)).toBe('2 zamówienia wymagają uwagi');
    expect(group(5)).toBe('5 zamówień wymaga uwagi');
    expect(group(12)).toBe('12 zamówień wymaga uwagi');
    expect(group(22)).toBe('22 zamówienia wymagają uwagi');
    const one = composeNotification([due('1000000001', 3 * DAY)], NOW, UTC, pl);
    expect(one?.title).toBe('Koniec Ochrony Kupującego: 23 lis, 12:00');
    expect(one?.message.split('\n')[0]).toBe('pozostało: 3 dni (podane przez stronę)');
    expect(one?.buttons).toEqual([{ title: 'Otwórz stronę zamówienia' }, { title: 'Przypomnij jutro' }]);
  });
});
