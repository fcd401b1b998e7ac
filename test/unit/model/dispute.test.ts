import { describe, expect, it } from 'vitest';
import { disputeCaseSchema } from '../../../lib/model/dispute';
import { journalEntrySchema } from '../../../lib/model/journal';

/** An instant in 2026: the schemas accept 2000..2099 only. */
const T = 1_770_000_000_000;

const opened = {
  orderId: '8100000000000001',
  reason: 'damaged',
  openedAt: T,
  status: 'opened',
};

describe('disputeCaseSchema()', () => {
  it('accepts a full case: history, offers, escalation, decision, return, chargeback', () => {
    const result = disputeCaseSchema().safeParse({
      ...opened,
      status: 'decided',
      secondaryReasons: ['missing-items'],
      statusHistory: [
        { status: 'opened', at: T + 1 },
        { status: 'counter-offer', at: T + 2, note: 'offered 5 USD' },
      ],
      requestedResolution: 'full-refund',
      refundRequested: { amount: 20, currency: 'USD' },
      offers: [
        {
          from: 'seller',
          at: T + 2,
          resolution: 'partial-refund',
          amount: { amount: 5, currency: 'USD' },
          response: 'rejected',
        },
        { from: 'seller', at: T + 3, resolution: 'return-and-refund', returnPostagePaidBy: 'buyer' },
      ],
      escalatedAt: T + 4,
      decision: { at: T + 5, outcome: 'partial', refund: { amount: 10, currency: 'USD' }, appealable: true },
      returnAgreedAt: T + 5,
      chargeback: { provider: 'paypal', filedAt: T + 6 },
    });
    expect(result.success).toBe(true);
  });

  it.each([
    ['a payment reason', { reason: 'refund-not-received' }],
    ['an unknown status', { status: 'pending' }],
    ['a local date instead of an instant', { openedAt: '2026-03-05' }],
    ['an offer from nobody', { offers: [{ from: 'courier', at: T + 1, resolution: 'resend' }] }],
  ])('rejects %s', (_name, change) => {
    expect(disputeCaseSchema().safeParse({ ...opened, ...change }).success).toBe(false);
  });
});

describe('journalEntrySchema()', () => {
  it('accepts the entries storage persists and rejects unknown kinds', () => {
    expect(
      journalEntrySchema().safeParse({ id: 'j1', orderId: '1', at: T + 1, kind: 'dispute-opened', reason: 'damaged' })
        .success,
    ).toBe(true);
    expect(
      journalEntrySchema().safeParse({
        id: 'j2',
        orderId: '1',
        at: T + 2,
        kind: 'offer-received',
        resolution: 'return-and-refund',
        returnPostagePaidBy: 'seller',
        amount: { amount: 3, currency: 'EUR' },
      }).success,
    ).toBe(true);
    expect(journalEntrySchema().safeParse({ id: 'j3', orderId: '1', at: T + 3, kind: 'gossip' }).success).toBe(false);
    expect(journalEntrySchema().safeParse({ id: '', orderId: '1', at: T + 3, kind: 'note' }).success).toBe(false);
  });
});
