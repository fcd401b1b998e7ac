import { describe, expect, it } from 'vitest';
import { IRREVERSIBLE_STEPS, pendingOffer, type WarningContext, warningFor } from '../../../lib/rules/warnings';
import { endOfLocalDay } from '../../../lib/rules/zoned-time';
import { aDispute, anOrder, DAY } from './builders';

const TZ = 'Europe/Berlin';
const PROTECTION_END = endOfLocalDay('2026-05-10', TZ);
const order = anOrder({
  status: 'delivered',
  paidOn: '2026-02-27',
  shippedOn: '2026-03-01',
  timers: [{ kind: 'buyer-protection-ends', endsOn: '2026-05-10', raw: 'May 10' }],
});
const context = (overrides: Partial<WarningContext> = {}): WarningContext => ({
  order,
  now: PROTECTION_END - 10 * DAY,
  timeZone: TZ,
  locale: 'en-US',
  ...overrides,
});

describe('warningFor: one warning per irreversible step, worded for the case', () => {
  it('covers every step of the rules brief', () => {
    expect(IRREVERSIBLE_STEPS).toEqual([
      'accept-offer',
      'cancel-dispute',
      'confirm-receipt',
      'let-window-lapse',
      'skip-return-shipping',
      'file-chargeback',
    ]);
    for (const step of IRREVERSIBLE_STEPS) {
      const warning = warningFor(step, context());
      expect(warning.step).toBe(step);
      expect(warning.ruleIds.length).toBeGreaterThan(0);
      expect(warning.text.length).toBeGreaterThan(40);
    }
  });

  it('accepting "I will resend" (or an unknown proposal) is the dangerous mistake', () => {
    const resend = aDispute({ offers: [{ from: 'seller', at: 1, resolution: 'resend' }] });
    expect(warningFor('accept-offer', context({ dispute: resend }))).toMatchObject({ severity: 'danger' });
    expect(warningFor('accept-offer', context()).severity).toBe('danger');
  });

  it('accepting money is final but a caution, and a return names its 10 days', () => {
    const partial = aDispute({
      offers: [{ from: 'seller', at: 1, resolution: 'partial-refund', amount: { amount: 12, currency: 'EUR' } }],
    });
    expect(warningFor('accept-offer', context({ dispute: partial }))).toMatchObject({
      severity: 'caution',
      text: expect.stringContaining('a partial refund of €12.00'),
    });
    const ret = warningFor(
      'accept-offer',
      context({ offer: { from: 'seller', at: 1, resolution: 'return-and-refund' } }),
    );
    expect(ret.text).toContain('within 10 days');
    expect(ret.ruleIds).toContain('return-ship-within-days');
    const full = warningFor('accept-offer', context({ offer: { from: 'seller', at: 1, resolution: 'full-refund' } }));
    expect(full.text).toContain('a full refund');
  });

  it('cancelling: caution while protection lasts, danger after it ended or when unknown', () => {
    // The one rule of the deadline list: today (Apr 30) becomes the completion date, 15 days more.
    expect(warningFor('cancel-dispute', context())).toMatchObject({
      severity: 'caution',
      ruleIds: ['cancelled-dispute-restarts-window'],
      text: expect.stringContaining('until the end of May 15 (15 days)'),
    });
    expect(warningFor('cancel-dispute', context({ now: PROTECTION_END + 1 }))).toMatchObject({
      severity: 'danger',
      ruleIds: ['cancel-after-protection-is-final'],
    });
    expect(warningFor('cancel-dispute', context({ order: anOrder() })).text).toContain('unknown');
  });

  it('confirming receipt: danger before arrival or with a problem, caution otherwise', () => {
    expect(warningFor('confirm-receipt', context({ order: { ...order, status: 'shipped' } })).title).toMatch(
      /not arrived/,
    );
    expect(warningFor('confirm-receipt', context({ problem: { reason: 'damaged' } })).severity).toBe('danger');
    expect(warningFor('confirm-receipt', context({ dispute: aDispute() })).severity).toBe('danger');
    expect(warningFor('confirm-receipt', context()).severity).toBe('caution');
    // An item that arrived damaged on an order the page still shows as on its way: the warning speaks of the
    // open problem, not of a parcel that "has not arrived".
    const damagedInTransit = warningFor(
      'confirm-receipt',
      context({ order: { ...order, status: 'shipped' }, problem: { reason: 'damaged' } }),
    );
    expect(damagedInTransit).toMatchObject({ severity: 'danger', title: 'You have an open problem with this order' });
    expect(
      warningFor(
        'confirm-receipt',
        context({ order: { ...order, status: 'shipped' }, problem: { reason: 'not-received' } }),
      ).title,
    ).toMatch(/not arrived/);
  });

  it('letting the window lapse names its date, or the rule when the date is unknown', () => {
    expect(warningFor('let-window-lapse', context()).text).toContain('on May 25.');
    expect(warningFor('let-window-lapse', context({ now: PROTECTION_END + 20 * DAY })).text).toContain(
      'already passed',
    );
    expect(warningFor('let-window-lapse', context({ order: anOrder() })).text).toContain(
      '15 days after protection ends',
    );
  });

  it('the return: by its date when known', () => {
    const agreed = aDispute({ returnAgreedAt: Date.parse('2026-04-01T10:00:00Z') });
    expect(warningFor('skip-return-shipping', context({ dispute: agreed })).text).toContain('(by Apr 11, 12:00 PM)');
    expect(warningFor('skip-return-shipping', context()).text).not.toContain(' by ');
  });

  it('a chargeback before the platform route is exhausted is dangerous', () => {
    expect(warningFor('file-chargeback', context()).severity).toBe('danger');
    expect(warningFor('file-chargeback', context({ dispute: aDispute({ status: 'escalated' }) })).severity).toBe(
      'danger',
    );
    expect(warningFor('file-chargeback', context({ now: PROTECTION_END + 20 * DAY })).severity).toBe('caution');
    const lost = aDispute({ status: 'decided', decision: { at: 1, outcome: 'seller-favour' } });
    expect(warningFor('file-chargeback', context({ dispute: lost })).severity).toBe('caution');
  });
});

describe('pendingOffer', () => {
  it('is the last seller (or platform) offer without an answer', () => {
    const dispute = aDispute({
      offers: [
        { from: 'seller', at: 1, resolution: 'resend' },
        { from: 'seller', at: 2, resolution: 'partial-refund', response: 'pending' },
        { from: 'buyer', at: 3, resolution: 'full-refund' },
        { from: 'seller', at: 4, resolution: 'full-refund', response: 'rejected' },
      ],
    });
    expect(pendingOffer(dispute)?.at).toBe(2);
    expect(pendingOffer(undefined)).toBeUndefined();
    const platform = aDispute({
      offers: [...(dispute.offers ?? []), { from: 'platform', at: 5, resolution: 'partial-refund' }],
    });
    expect(pendingOffer(platform)?.from).toBe('platform');
  });
});
