import { describe, expect, it } from 'vitest';
import type { JournalEntry } from '../../../lib/model/journal';
import { disputeFromJournal } from '../../../lib/rules/dispute-from-journal';

const entry = (kind: JournalEntry['kind'], at: number, extra: Partial<JournalEntry> = {}): JournalEntry => ({
  id: `j-${kind}-${at}`,
  orderId: '8100000000000001',
  kind,
  at,
  ...extra,
});
const usd = (amount: number) => ({ amount, currency: 'USD' });

describe('disputeFromJournal', () => {
  it('no dispute from entries that are not about one', () => {
    expect(disputeFromJournal([entry('contacted-seller', 1), entry('seller-replied', 2)])).toBeUndefined();
    expect(disputeFromJournal([entry('chargeback-filed', 1, { provider: 'paypal' })])).toBeUndefined();
    expect(disputeFromJournal([])).toBeUndefined();
  });

  it('an offer recorded (or read from a page) without "I opened a dispute" still counts; its opening is unknown', () => {
    const dispute = disputeFromJournal(
      [entry('contacted-seller', 1), entry('offer-received', 2, { resolution: 'resend', source: 'page' })],
      { reason: 'not-received' },
    );
    expect(dispute).toMatchObject({
      reason: 'not-received',
      status: 'counter-offer',
      offers: [{ from: 'seller', at: 2, resolution: 'resend' }],
    });
    expect(dispute?.openedAt).toBeUndefined();
  });

  it('entries in any order: a backdated "I opened a dispute" after the offer was entered dates the same case', () => {
    const entered = [entry('offer-received', 10, { resolution: 'resend' }), entry('dispute-opened', 5)];
    const dispute = disputeFromJournal(entered);
    expect(dispute).toMatchObject({ openedAt: 5, status: 'counter-offer' });
    expect(disputeFromJournal([...entered].reverse())).toEqual(dispute);
    // "I opened a dispute" entered later than a running case only fills what was unknown.
    const late = disputeFromJournal([entry('escalated', 3), entry('dispute-opened', 4, { reason: 'damaged' })]);
    expect(late).toMatchObject({ status: 'escalated', openedAt: 4, reason: 'damaged', escalatedAt: 3 });
  });

  it('opens with the reason, resolution and amount asked', () => {
    const dispute = disputeFromJournal([
      entry('contacted-seller', 1),
      entry('dispute-opened', 2, { reason: 'damaged', resolution: 'partial-refund', amount: usd(30) }),
    ]);
    expect(dispute).toEqual({
      orderId: '8100000000000001',
      reason: 'damaged',
      openedAt: 2,
      status: 'opened',
      statusHistory: [{ status: 'opened', at: 2 }],
      requestedResolution: 'partial-refund',
      refundRequested: usd(30),
    });
  });

  it('the reason falls back to the one given, then to "not as described"', () => {
    expect(disputeFromJournal([entry('dispute-opened', 1)], { reason: 'not-received' })?.reason).toBe('not-received');
    expect(disputeFromJournal([entry('dispute-opened', 1)])?.reason).toBe('not-as-described');
  });

  it('follows a negotiation: reply, offer, counter, rejection, escalation, decision, refund (in time order)', () => {
    const dispute = disputeFromJournal([
      entry('refund-received', 9),
      entry('decision', 8, { outcome: 'partial', amount: usd(20), appealable: false }),
      entry('escalated', 7),
      entry('seller-rejected', 6),
      entry('offer-rejected', 5),
      entry('offer-received', 4, { resolution: 'partial-refund', amount: usd(5), text: '5 USD' }),
      entry('counter-offer-sent', 3.5, { amount: usd(30) }),
      entry('offer-received', 3, { resolution: 'resend' }),
      entry('seller-replied', 2),
      entry('dispute-opened', 1, { reason: 'damaged' }),
    ]);
    expect(dispute?.statusHistory?.map((change) => change.status)).toEqual([
      'opened',
      'seller-responded',
      'counter-offer',
      'seller-responded',
      'seller-rejected',
      'escalated',
      'decided',
    ]);
    expect(dispute?.offers?.map((offer) => [offer.from, offer.resolution, offer.response])).toEqual([
      ['seller', 'resend', 'countered'],
      ['buyer', 'partial-refund', undefined],
      ['seller', 'partial-refund', 'rejected'],
    ]);
    expect(dispute).toMatchObject({
      status: 'decided',
      escalatedAt: 7,
      decision: { at: 8, outcome: 'partial', refund: usd(20), appealable: false },
      refundReceivedAt: 9,
    });
  });

  it('accepting a return offer agrees a return; accepting anything else closes the case', () => {
    const returned = disputeFromJournal([
      entry('dispute-opened', 1, { reason: 'does-not-work' }),
      entry('offer-received', 2, { resolution: 'return-and-refund', returnPostagePaidBy: 'seller' }),
      entry('offer-accepted', 3),
      entry('return-shipped', 4),
    ]);
    expect(returned).toMatchObject({ status: 'seller-accepted', returnAgreedAt: 3, returnShippedAt: 4 });
    expect(returned?.offers?.[0]).toMatchObject({ response: 'accepted', returnPostagePaidBy: 'seller' });

    const resend = disputeFromJournal([
      entry('dispute-opened', 1),
      entry('offer-received', 2, { resolution: 'resend' }),
      entry('offer-accepted', 3),
    ]);
    expect(resend).toMatchObject({ status: 'closed', closedAt: 3 });

    const flagged = disputeFromJournal([
      entry('dispute-opened', 1),
      entry('offer-accepted', 2, { returnRequired: true }),
    ]);
    expect(flagged).toMatchObject({ status: 'seller-accepted', returnAgreedAt: 2 });
  });

  it('a decision that requires a return sets the return clock; a decision defaults to the seller', () => {
    const dispute = disputeFromJournal([
      entry('dispute-opened', 1),
      entry('decision', 2, { outcome: 'buyer-favour', returnRequired: true }),
    ]);
    expect(dispute).toMatchObject({ returnAgreedAt: 2, decision: { returnRequired: true } });
    expect(disputeFromJournal([entry('dispute-opened', 1), entry('decision', 2)])?.decision?.outcome).toBe(
      'seller-favour',
    );
  });

  it('a refund without a decision closes the case', () => {
    expect(disputeFromJournal([entry('dispute-opened', 1), entry('refund-received', 2)])).toMatchObject({
      status: 'closed',
      closedAt: 2,
      refundReceivedAt: 2,
    });
  });

  it('cancel and close; a reopened dispute starts over but keeps the chargeback', () => {
    expect(disputeFromJournal([entry('dispute-opened', 1), entry('dispute-cancelled', 2)])).toMatchObject({
      status: 'cancelled',
      cancelledAt: 2,
    });
    expect(disputeFromJournal([entry('dispute-opened', 1), entry('dispute-closed', 2)])).toMatchObject({
      status: 'closed',
    });
    const reopened = disputeFromJournal([
      entry('dispute-opened', 1, { reason: 'damaged' }),
      entry('chargeback-filed', 2, { provider: 'paypal' }),
      entry('chargeback-escalated', 3),
      entry('dispute-closed', 4),
      entry('dispute-opened', 5),
    ]);
    expect(reopened).toMatchObject({
      status: 'opened',
      openedAt: 5,
      reason: 'damaged',
      chargeback: { provider: 'paypal', filedAt: 2, escalatedAt: 3 },
    });
  });

  it('journal-only entries and answers without an offer change nothing', () => {
    const base = disputeFromJournal([entry('dispute-opened', 1)]);
    const same = disputeFromJournal([
      entry('dispute-opened', 1),
      entry('note', 2),
      entry('evidence-added', 3),
      entry('chargeback-escalated', 4),
      entry('seller-replied', 0.5),
    ]);
    expect(same).toEqual(base);
    const card = disputeFromJournal([entry('dispute-opened', 1), entry('chargeback-filed', 2)]);
    expect(card?.chargeback).toEqual({ provider: 'card', filedAt: 2 });
    // A chargeback entry without a provider is filed with the settings' payment method.
    const settings = disputeFromJournal([entry('dispute-opened', 1), entry('chargeback-filed', 2)], {
      provider: 'paypal',
    });
    expect(settings?.chargeback).toEqual({ provider: 'paypal', filedAt: 2 });
    const rejectedNothing = disputeFromJournal([
      entry('dispute-opened', 1),
      entry('seller-replied', 2),
      entry('seller-replied', 3),
    ]);
    expect(rejectedNothing?.statusHistory).toHaveLength(2);
  });
});
