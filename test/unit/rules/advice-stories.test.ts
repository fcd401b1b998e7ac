import { describe, expect, it } from 'vitest';
import type { Order } from '../../../lib/model/order';
import { nextStep } from '../../../lib/rules/advisor';
import {
  CANCEL_AFTER_PROTECTION_IS_FINAL,
  CANCELLED_DISPUTE_RESTARTS_WINDOW,
  PAYPAL_DISPUTE_WINDOW_DAYS,
  PAYPAL_ESCALATE_TO_CLAIM_DAYS,
} from '../../../lib/rules/catalog';
import { computeDeadlines } from '../../../lib/rules/deadlines';
import { endOfLocalDay } from '../../../lib/rules/zoned-time';
import { aJournalEntry, anOrder, DAY, HOUR, utc } from './builders';

// The stories of issue 11, each as the buyer met it, and what the advice says now.

const TZ = 'Europe/Berlin';
const EN = { timeZone: TZ, locale: 'en-US' } as const;
const NOW = utc('2026-11-30T14:29:00Z');
const PROTECTION_ENDS = NOW + 3 * DAY; // Dec 3, 3:29 PM in Berlin
const entry = aJournalEntry;

/** A parcel not arrived; My Orders counts down 3 days, the detail page says "before Dec 3". */
const notArrived: Order = anOrder({
  status: 'shipped',
  paidOn: '2026-09-20T10:00',
  shippedOn: '2026-09-22T10:00',
  total: { amount: 30, currency: 'USD' },
  timers: [
    { kind: 'buyer-protection-ends', endsAt: PROTECTION_ENDS, raw: 'Buyer protection ends in 3 days 00:00:00' },
    { kind: 'auto-confirm', endsOn: '2026-12-03', raw: 'Refund if no delivery before Dec 3' },
  ],
});

describe('one deadline, one date: protection ends in 3 days', () => {
  it('the list has one protection end, the countdown; nothing named "confirms automatically"', () => {
    const list = computeDeadlines({ order: notArrived, now: NOW, timeZone: TZ });
    expect(list.filter((d) => d.dueAt === PROTECTION_ENDS).map((d) => [d.kind, d.label])).toEqual([
      ['buyer-protection-ends', 'Buyer protection ends'],
    ]);
    expect(list.map((d) => d.kind)).not.toContain('auto-confirm');
  });

  it.each([
    ['without a problem', undefined],
    ['after choosing "Not received"', { reason: 'not-received' as const }],
  ])('%s the headline is protection’s end, the 15 days after it a safety net', (_name, problem) => {
    const advice = nextStep({ order: notArrived, ...(problem && { problem }), now: NOW, ...EN });
    expect(advice.headline).toMatchObject({ kind: 'buyer-protection-ends', dueAt: PROTECTION_ENDS });
    expect(advice.safetyNets.map((d) => d.kind)).toContain('dispute-window-closes');
    expect(advice.why).toContain('Dec 3, 3:29 PM (as the order page states)');
    expect(advice.why).not.toContain('11:59 PM');
  });

  it('3 days left is late for an extension: ask now and prepare the dispute (no "7–5 days before")', () => {
    const advice = nextStep({ order: notArrived, problem: { reason: 'not-received' }, now: NOW, ...EN });
    expect(advice.branch).toBe('extend-protection-late');
    expect(advice.until).toBe(PROTECTION_ENDS);
    expect(advice.why).toMatch(/it is late: ask the seller for an extension from the order page now/);
    expect(advice.why).toContain('prepare it now');
    expect(advice.alternatives.find((o) => o.action === 'open-dispute')).toBeDefined();
  });

  it('with a day left: dispute before protection ends', () => {
    const advice = nextStep({
      order: notArrived,
      problem: { reason: 'not-received' },
      now: PROTECTION_ENDS - 30 * HOUR,
      ...EN,
    });
    expect(advice.branch).toBe('protection-ending-open-dispute');
    expect(advice.until).toBe(PROTECTION_ENDS);
  });
});

describe('advice knows today', () => {
  it('a completed order whose window closed long ago offers no past date as a possibility', () => {
    const completed = anOrder({ status: 'completed', shippedOn: '2025-08-01', confirmedOn: '2025-08-20' });
    const advice = nextStep({ order: completed, now: utc('2026-04-12T10:00:00Z'), ...EN });
    expect(advice.branch).toBe('completed-feedback');
    expect(advice.why).not.toMatch(/still possible/);
    expect(advice.why).toContain('The last day to open a dispute was Sep 4, 2025');
    expect(advice.until).toBeUndefined();
  });

  it('while the window is open it is named as a possibility with its date', () => {
    const completed = anOrder({ status: 'completed', shippedOn: '2026-08-01', confirmedOn: '2026-11-20' });
    const advice = nextStep({ order: completed, now: NOW, ...EN });
    expect(advice.why).toContain('a dispute is still possible until Dec 5');
  });
});

describe('the confirm-receipt warning whenever a problem is reported on an unconfirmed order', () => {
  it.each([
    ['in transit, not received', { ...notArrived }, 'not-received', 'danger'],
    [
      '"delivered" but not received',
      { ...notArrived, status: 'delivered' as const, deliveredOn: '2026-11-28' },
      'not-received',
      'danger',
    ],
    [
      'delivered and damaged',
      { ...notArrived, status: 'delivered' as const, deliveredOn: '2026-11-28' },
      'damaged',
      'danger',
    ],
  ] as const)('%s', (_name, order, reason, severity) => {
    const advice = nextStep({ order, problem: { reason }, now: NOW, ...EN });
    expect(advice.warnings.find((w) => w.step === 'confirm-receipt')).toMatchObject({ severity });
  });

  it('not once receipt is confirmed', () => {
    const confirmed = { ...notArrived, status: 'completed' as const, confirmedOn: '2026-11-28T10:00' };
    const advice = nextStep({ order: confirmed, problem: { reason: 'damaged' }, now: NOW, ...EN });
    expect(advice.warnings.map((w) => w.step)).not.toContain('confirm-receipt');
  });
});

describe('payment-provider routes', () => {
  const order = { ...notArrived, status: 'delivered' as const, deliveredOn: '2026-11-20T10:00' };

  it('a PayPal dispute recorded without an AliExpress dispute gets its 20 days to escalate', () => {
    const journal = [entry('chargeback-filed', NOW - 2 * DAY, { provider: 'paypal' })];
    const list = computeDeadlines({ order, journal, problem: { reason: 'damaged' }, now: NOW, timeZone: TZ });
    expect(list.find((d) => d.kind === 'chargeback-escalation-due')).toMatchObject({
      dueAt: NOW + 18 * DAY,
      ruleId: PAYPAL_ESCALATE_TO_CLAIM_DAYS.id,
    });
    // Filed: the window to file is no upcoming deadline any more.
    expect(list.map((d) => d.kind)).not.toContain('chargeback-window-closes');
  });

  it('an entry without a provider takes the payment method of the settings, not a card', () => {
    const journal = [entry('chargeback-filed', NOW - 2 * DAY)];
    const paypal = computeDeadlines({
      order,
      journal,
      problem: { reason: 'damaged' },
      now: NOW,
      timeZone: TZ,
      settings: { paymentMethod: 'paypal' },
    });
    expect(paypal.map((d) => d.kind)).toContain('chargeback-escalation-due');
    const card = computeDeadlines({ order, journal, problem: { reason: 'damaged' }, now: NOW, timeZone: TZ });
    expect(card.map((d) => d.kind)).not.toContain('chargeback-escalation-due');
  });

  it('the PayPal window to open a dispute is 180 days after payment, named after PayPal', () => {
    const list = computeDeadlines({
      order,
      problem: { reason: 'damaged' },
      now: NOW,
      timeZone: TZ,
      settings: { paymentMethod: 'paypal' },
    });
    expect(list.find((d) => d.kind === 'chargeback-window-closes')).toMatchObject({
      ruleId: PAYPAL_DISPUTE_WINDOW_DAYS.id,
      label: 'Last day for a PayPal dispute',
      dueAt: utc('2027-03-19T09:00:00Z'),
    });
  });

  it('lost on AliExpress with a PayPal dispute running: the advice follows PayPal', () => {
    const journal = [
      entry('dispute-opened', NOW - 20 * DAY, { reason: 'damaged' }),
      entry('decision', NOW - 5 * DAY, { outcome: 'seller-favour' }),
      entry('chargeback-filed', NOW - 3 * DAY, { provider: 'paypal' }),
    ];
    const advice = nextStep({ order, journal, problem: { reason: 'damaged' }, now: NOW, ...EN });
    expect(advice.branch).toBe('provider-escalate-claim');
    expect(advice.why).not.toMatch(/no other route/);
    expect(advice.until).toBe(NOW + 17 * DAY);
  });

  it('running beside an AliExpress dispute: the escalation to a claim is an alternative with its date', () => {
    const journal = [
      entry('dispute-opened', NOW - 4 * DAY, { reason: 'damaged' }),
      entry('chargeback-filed', NOW - 3 * DAY, { provider: 'paypal' }),
    ];
    const advice = nextStep({ order, journal, problem: { reason: 'damaged' }, now: NOW, ...EN });
    expect(advice.alternatives.find((o) => o.title === 'Escalate the PayPal dispute to a claim')?.until).toBe(
      NOW + 17 * DAY,
    );
  });
});

describe('one rule for a cancelled dispute’s reopen window, in the list and the advice', () => {
  const order = anOrder({
    status: 'shipped',
    paidOn: '2026-09-20T10:00',
    shippedOn: '2026-09-22T10:00',
    timers: [{ kind: 'buyer-protection-ends', endsOn: '2027-01-20', raw: 'Jan 20' }],
  });
  const cancelledAt = utc('2026-11-10T10:00:00Z');
  const journal = [
    entry('dispute-opened', utc('2026-10-20T10:00:00Z'), { reason: 'not-received' }),
    entry('escalated', utc('2026-10-28T10:00:00Z')),
    entry('dispute-cancelled', cancelledAt),
  ];
  const lastDay = endOfLocalDay('2026-11-25', TZ);

  it('the list: last day = cancel day + 15; the advice: the same date', () => {
    const now = utc('2026-11-20T10:00:00Z');
    const list = computeDeadlines({ order, journal, problem: { reason: 'not-received' }, now, timeZone: TZ });
    expect(list.find((d) => d.kind === 'dispute-window-closes')).toMatchObject({
      dueAt: lastDay,
      dueOn: '2026-11-25',
      ruleId: CANCELLED_DISPUTE_RESTARTS_WINDOW.id,
    });
    const advice = nextStep({ order, journal, problem: { reason: 'not-received' }, now, ...EN });
    expect(advice.branch).toBe('reopen-dispute');
    expect(advice.until).toBe(lastDay);
    expect(advice.why).toContain('until Nov 25 (estimated)');
    expect(advice.why).not.toContain('Jan 20');
  });

  it('days after its window closed it no longer recommends opening one', () => {
    const advice = nextStep({ order, journal, problem: { reason: 'not-received' }, now: lastDay + 3 * DAY, ...EN });
    expect(advice.action).not.toBe('open-dispute');
    expect(advice.alternatives.map((o) => o.action)).not.toContain('open-dispute');
    expect(advice.branch).toBe('window-closed-chargeback');
  });

  it('cancelled after protection ended: no new dispute at all', () => {
    const late = [...journal.slice(0, 2), entry('dispute-cancelled', endOfLocalDay('2027-01-20', TZ) + HOUR)];
    const now = endOfLocalDay('2027-01-20', TZ) + 2 * HOUR;
    const list = computeDeadlines({ order, journal: late, problem: { reason: 'not-received' }, now, timeZone: TZ });
    expect(list.find((d) => d.kind === 'dispute-window-closes')).toMatchObject({
      ruleId: CANCEL_AFTER_PROTECTION_IS_FINAL.id,
      urgency: 'overdue',
    });
    expect(nextStep({ order, journal: late, problem: { reason: 'not-received' }, now, ...EN }).action).not.toBe(
      'open-dispute',
    );
  });
});
