import { describe, expect, it } from 'vitest';
import { readingKey } from '../../../lib/marketplaces/reading-key';
import type { PageReading } from '../../../lib/model/reading';

const reading = (readAt: number, endsAt: number, statusText = 'Awaiting delivery'): PageReading => ({
  ok: true,
  pageKind: 'order-list',
  url: 'https://www.aliexpress.com/p/order/index.html',
  readAt,
  orders: [
    {
      marketplace: 'aliexpress',
      orderId: '8204417366541234',
      statusText,
      timers: [{ kind: 'buyer-protection-ends', endsAt, raw: 'Buyer protection ends in 12 days 05:33:21' }],
    },
  ],
  diagnostics: { missing: [], disagreements: [], sources: ['dom'] },
});

describe('readingKey', () => {
  it('is the same for a re-read moments later (reading time and countdown jitter ignored)', () => {
    expect(readingKey(reading(1_000, 1_800_000_010_000))).toBe(readingKey(reading(6_000, 1_800_000_011_000)));
  });

  it('changes when the page says something new', () => {
    expect(readingKey(reading(1_000, 1_800_000_010_000))).not.toBe(
      readingKey(reading(1_000, 1_800_000_010_000, 'Completed')),
    );
    expect(readingKey(reading(1_000, 1_800_000_010_000))).not.toBe(readingKey(reading(1_000, 1_800_090_010_000)));
  });
});
