import { describe, expect, it } from 'vitest';
import { disputeCaseSchema } from '../../../lib/model/dispute';
import { journalEntrySchema } from '../../../lib/model/journal';

const opened = {
  orderId: '8100000000000001',
  reason: 'damaged',
  openedAt: 1_770_000_000_000,
  status: 'opened',
};

describe('disputeCaseSchema', () => {
  it('accepts a full case: history, offers, escalation, decision, return, chargeback', () => {
    const result = disputeCaseSchema.safeParse({
      ...opened,
      status: 'decided',
      secondaryReasons: ['missing-items'],
      statusHistory: [
        { status: 'opened', at: 1 },
        { status: 'counter-offer', at: 2, note: 'offered 5 USD' },
      ],
      requestedResolution: 'full-refund',
      refundRequested: { amount: 20, currency: 'USD' },
      offers: [
        {
          from: 'seller',
          at: 2,
          resolution: 'partial-refund',
          amount: { amount: 5, currency: 'USD' },
          response: 'rejected',
        },
        { from: 'seller', at: 3, resolution: 'return-and-refund', returnPostagePaidBy: 'buyer' },
      ],
      escalatedAt: 4,
      decision: { at: 5, outcome: 'partial', refund: { amount: 10, currency: 'USD' }, appealable: true },
      returnAgreedAt: 5,
      chargeback: { provider: 'paypal', filedAt: 6 },
    });
    expect(result.success).toBe(true);
  });

  it.each([
    ['a payment reason', { reason: 'refund-not-received' }],
    ['an unknown status', { status: 'pending' }],
    ['a local date instead of an instant', { openedAt: '2026-03-05' }],
    ['an offer from nobody', { offers: [{ from: 'courier', at: 1, resolution: 'resend' }] }],
  ])('rejects %s', (_name, change) => {
    expect(disputeCaseSchema.safeParse({ ...opened, ...change }).success).toBe(false);
  });
});

describe('journalEntrySchema', () => {
  it('accepts the entries storage persists and rejects unknown kinds', () => {
    expect(
      journalEntrySchema.safeParse({ id: 'j1', orderId: '1', at: 1, kind: 'dispute-opened', reason: 'damaged' })
        .success,
    ).toBe(true);
    expect(
      journalEntrySchema.safeParse({
        id: 'j2',
        orderId: '1',
        at: 2,
        kind: 'offer-received',
        resolution: 'return-and-refund',
        returnPostagePaidBy: 'seller',
        amount: { amount: 3, currency: 'EUR' },
      }).success,
    ).toBe(true);
    expect(journalEntrySchema.safeParse({ id: 'j3', orderId: '1', at: 3, kind: 'gossip' }).success).toBe(false);
    expect(journalEntrySchema.safeParse({ id: '', orderId: '1', at: 3, kind: 'note' }).success).toBe(false);
  });
});
