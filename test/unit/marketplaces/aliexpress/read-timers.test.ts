import { describe, expect, it } from 'vitest';
import { readTimers } from '../../../../lib/marketplaces/aliexpress/read-timers';

const NOW = Date.parse('2026-11-20T09:00:00Z');
const DAY = 86_400_000;

describe('readTimers', () => {
  it.each([
    [
      'Buyer protection ends in 12 days 05:33:21',
      'en',
      'buyer-protection-ends',
      { endsAt: NOW + 12 * DAY + (5 * 3600 + 33 * 60 + 21) * 1000 },
    ],
    ['Pay within 23:14:05', 'en', 'payment-due', { endsAt: NOW + 83_645_000 }],
    [
      "Your order will be automatically confirmed as received in 1 day if you don't",
      'en',
      'auto-confirm',
      { endsAt: NOW + DAY },
    ],
    ['Refund if no delivery before Dec 20, 2026', 'en', 'buyer-protection-ends', { endsOn: '2026-12-20' }],
    ['Estimated delivery: Nov 25 - Dec 3, 2026', 'en', 'delivery-estimate', { endsOn: '2026-12-03' }],
    [
      'Protección al comprador: 12 días 05:33:21',
      'es',
      'buyer-protection-ends',
      { endsAt: NOW + 12 * DAY + (5 * 3600 + 33 * 60 + 21) * 1000 },
    ],
    [
      'Remboursement si aucune livraison avant le 20 déc. 2026',
      'fr',
      'buyer-protection-ends',
      { endsOn: '2026-12-20' },
    ],
    ['Confirme o recebimento em 20 dias 10:00:00', 'pt', 'auto-confirm', { endsAt: NOW + 20 * DAY + 36_000_000 }],
    [
      'Der Verkäufer muss innerhalb von 4 Tagen 10:00:00 antworten.',
      'de',
      'seller-response-due',
      { endsAt: NOW + 4 * DAY + 36_000_000 },
    ],
    ['Продавец отправит в течение 5 дней 02:00:00.', 'ru', 'shipping-due', { endsAt: NOW + 5 * DAY + 7_200_000 }],
    ['Ochrona kupującego: 7 dni 12:00:00', 'pl', 'buyer-protection-ends', { endsAt: NOW + 7 * DAY + 43_200_000 }],
  ])('%s', (line, language, kind, end) => {
    expect(readTimers([line], NOW, [language])).toEqual([{ kind, ...end, raw: line }]);
  });

  it('reads a value written on the line after its label', () => {
    expect(readTimers(['Buyer protection', '45 days left'], NOW, ['en'])).toEqual([
      { kind: 'buyer-protection-ends', endsAt: NOW + 45 * DAY, raw: 'Buyer protection 45 days left' },
    ]);
  });

  it('keeps the first timer of each kind and ignores lines without a value', () => {
    const timers = readTimers(['Buyer protection', 'Buyer protection: 3 days', 'Buyer protection: 9 days'], NOW, [
      'en',
    ]);
    expect(timers).toEqual([{ kind: 'buyer-protection-ends', endsAt: NOW + 3 * DAY, raw: 'Buyer protection: 3 days' }]);
  });

  it('reads nothing from lines that state no deadline', () => {
    expect(readTimers(['Order date: Oct 28, 2026', 'Awaiting delivery', 'Total: US $18.99'], NOW, ['en'])).toEqual([]);
  });
});
