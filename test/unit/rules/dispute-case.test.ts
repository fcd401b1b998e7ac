import { describe, expect, it } from 'vitest';
import type { Order } from '../../../lib/model/order';
import { nextStep } from '../../../lib/rules/advisor';
import { draftsFor } from '../../../lib/rules/compose/drafts';
import { computeDeadlines } from '../../../lib/rules/deadlines';
import { disputeCaseOf } from '../../../lib/rules/dispute-case';
import { warningFor } from '../../../lib/rules/warnings';
import { endOfLocalDay } from '../../../lib/rules/zoned-time';
import { aJournalEntry, anOrder, DAY, utc } from './builders';

// The case follows the page: the dispute's status, the proposal on the table, escalation and the
// ruling as the pages show them (order.dispute and its timers), with the journal in any order.

const TZ = 'Europe/Berlin';
const NOW = utc('2026-11-20T09:00:00Z');
const order = (dispute: Order['dispute'], timers: Order['timers'] = []): Order =>
  anOrder({
    status: 'shipped',
    paidOn: '2026-10-01T10:00',
    shippedOn: '2026-10-03T10:00',
    total: { amount: 20.16, currency: 'USD' },
    items: [{ title: 'Ceramic mugs, set of 4', quantity: 1 }],
    timers: [{ kind: 'buyer-protection-ends', endsOn: '2026-12-20', raw: 'Dec 20' }, ...timers],
    ...(dispute && { dispute }),
  });
const entry = aJournalEntry;
const RESEND = { from: 'seller' as const, resolution: 'resend' as const, raw: 'Seller proposed: resend the item' };

describe('a proposal the page shows', () => {
  const shown = order({ status: 'counter-offer', statusText: 'Seller proposed: resend the item', offer: RESEND });

  it('drives the advice without any journal entry: reject "resend", the warning stands before the step', () => {
    const advice = nextStep({ order: shown, problem: { reason: 'not-received' }, now: NOW, timeZone: TZ });
    expect(advice.branch).toBe('offer-resend');
    expect(advice.action).toBe('reject-offer');
    expect(advice.warnings[0]).toMatchObject({ step: 'accept-offer', severity: 'danger' });
    expect(advice.warnings.map((w) => w.step)).toContain('cancel-dispute');
    expect(advice.alternatives.map((o) => o.action)).not.toContain('accept-offer');
  });

  it('has a draft for refusing it, first for this step, and one for escalating', () => {
    const advice = nextStep({ order: shown, problem: { reason: 'not-received' }, now: NOW, timeZone: TZ });
    const dispute = disputeCaseOf({ order: shown, timeZone: TZ });
    const drafts = draftsFor({
      order: shown,
      problem: { reason: 'not-received' },
      ...(dispute && { dispute }),
      advice,
      timeZone: TZ,
    });
    expect(drafts.map((d) => d.id).slice(0, 1)).toEqual(['offer-answer']);
    expect(drafts.map((d) => d.id)).toContain('escalation-statement');
    const refusal = drafts[0]?.body ?? '';
    expect(refusal).toContain(
      'I do not accept the seller’s proposal (to send the item again) for order 8100000000000001',
    );
    expect(refusal).toContain('Sending the item again does not resolve the problem');
    expect(refusal).toContain('Full refund of 20.16 USD');
  });

  it('the warning before accepting is there before anything is logged', () => {
    const warning = warningFor('accept-offer', { order: shown, now: NOW, timeZone: TZ });
    expect(warning).toMatchObject({ severity: 'danger', title: 'Accepting closes the dispute for good' });
  });

  it('is not asked again once the buyer recorded an answer to it', () => {
    const journal = [
      entry('offer-received', NOW - 2 * DAY, { resolution: 'resend', source: 'page' }),
      entry('offer-rejected', NOW - DAY),
    ];
    const advice = nextStep({ order: shown, problem: { reason: 'not-received' }, journal, now: NOW, timeZone: TZ });
    expect(advice.branch).not.toMatch(/^offer-/);
  });

  it('an offer recorded without "I opened a dispute" counts the same', () => {
    const journal = [entry('offer-received', NOW - DAY, { resolution: 'resend' })];
    const advice = nextStep({
      order: order(undefined),
      problem: { reason: 'not-received' },
      journal,
      now: NOW,
      timeZone: TZ,
    });
    expect(advice.branch).toBe('offer-resend');
  });

  it('a platform proposal in an escalated dispute is answered too (partial refund too low: counter)', () => {
    const escalated = order({
      status: 'escalated',
      escalation: 'escalated',
      offer: {
        from: 'platform',
        resolution: 'partial-refund',
        amount: { amount: 5.04, currency: 'USD' },
        raw: 'Platform proposes 5.04 USD',
      },
    });
    const advice = nextStep({
      order: escalated,
      problem: { reason: 'damaged', severity: 'unusable' },
      now: NOW,
      timeZone: TZ,
    });
    expect(advice.branch).toBe('offer-unreasonable');
    expect(advice.why).toContain('a full refund of $20.16');
  });
});

describe('the dispute page’s state and countdowns', () => {
  it('"you can escalate" on the page: escalate now; its countdown is the escalation deadline', () => {
    const available = order({ status: 'seller-rejected', escalation: 'available' });
    const advice = nextStep({ order: available, problem: { reason: 'damaged' }, now: NOW, timeZone: TZ });
    expect(advice.branch).toBe('escalate-now');
    expect(advice.why).toContain('The dispute page offers escalation');
    const later = order({ status: 'seller-rejected', escalation: 'not-yet' }, [
      { kind: 'escalation-possible', endsAt: NOW + 2 * DAY, raw: 'Escalate in 2 days' },
    ]);
    const list = computeDeadlines({ order: later, problem: { reason: 'damaged' }, now: NOW, timeZone: TZ });
    expect(list.find((d) => d.kind === 'escalation-possible')).toMatchObject({ dueAt: NOW + 2 * DAY, source: 'page' });
    expect(nextStep({ order: later, problem: { reason: 'damaged' }, now: NOW, timeZone: TZ }).branch).toBe(
      'wait-for-escalation',
    );
  });

  it('a ruling on the page decides the case: lost without appeal → the provider window', () => {
    const lost = order({ status: 'decided', decision: { outcome: 'seller-favour', raw: 'Decision: seller' } });
    const advice = nextStep({ order: lost, problem: { reason: 'damaged' }, now: NOW, timeZone: TZ });
    expect(advice.branch).toBe('lost-chargeback');
    const appeal = order({
      status: 'decided',
      decision: { outcome: 'seller-favour', appealable: true, raw: 'You can appeal' },
    });
    expect(nextStep({ order: appeal, problem: { reason: 'damaged' }, now: NOW, timeZone: TZ }).branch).toBe(
      'decision-appeal',
    );
  });

  it('the page moves a case forward, never back', () => {
    const journal = [entry('dispute-opened', NOW - 10 * DAY), entry('escalated', NOW - 3 * DAY)];
    const behind = disputeCaseOf({ order: order({ status: 'opened' }), journal, timeZone: TZ });
    expect(behind).toMatchObject({ status: 'escalated', openedAt: NOW - 10 * DAY });
    const ahead = disputeCaseOf({
      order: order({ status: 'decided', decision: { outcome: 'buyer-favour', raw: 'Refund' } }),
      journal,
      timeZone: TZ,
    });
    expect(ahead).toMatchObject({ status: 'decided', decision: { outcome: 'buyer-favour' } });
  });

  it('the page’s opening date times the estimates of a dispute the journal does not know', () => {
    const opened = order({ status: 'opened', openedOn: '2026-11-18T10:00' });
    const list = computeDeadlines({ order: opened, now: NOW, timeZone: TZ });
    expect(list.find((d) => d.kind === 'seller-response-due')?.dueAt).toBe(utc('2026-11-23T09:00:00Z'));
    // Without it nothing is estimated from the unknown opening.
    const unknown = computeDeadlines({ order: order({ status: 'opened' }), now: NOW, timeZone: TZ });
    expect(unknown.map((d) => d.kind)).toEqual([]);
  });

  it('a cancellation only the page showed (no cancel day known) keeps the usual window, and says so', () => {
    const cancelled = order({ status: 'cancelled' });
    const now = utc('2026-12-10T09:00:00Z');
    const advice = nextStep({
      order: cancelled,
      problem: { reason: 'not-received' },
      now,
      timeZone: TZ,
      locale: 'en-US',
    });
    expect(advice.branch).toBe('reopen-dispute');
    expect(advice.until).toBe(endOfLocalDay('2026-12-20', TZ));
    expect(advice.why).not.toContain('cancel day');
    expect(advice.why).toContain('the last day to open a dispute is Jan 4, 2027');
  });

  it('applying the page twice changes nothing more', () => {
    const shown = order({ status: 'counter-offer', offer: RESEND, openedOn: '2026-11-18' });
    const once = disputeCaseOf({ order: shown, timeZone: TZ });
    expect(disputeCaseOf({ order: shown, ...(once && { dispute: once }), timeZone: TZ })).toEqual(once);
  });

  it('a page that shows no dispute facts leaves the journal’s case alone', () => {
    const journal = [entry('dispute-opened', NOW - DAY)];
    const quiet = order({ status: 'none' });
    expect(disputeCaseOf({ order: quiet, journal, timeZone: TZ })).toEqual(
      disputeCaseOf({ order: order(undefined), journal, timeZone: TZ }),
    );
    expect(disputeCaseOf({ order: order(undefined), timeZone: TZ })).toBeUndefined();
  });
});

describe('a backdated entry counts from when it happened', () => {
  it('"I opened a dispute" entered today, dated six days ago: the seller’s 5 days are over', () => {
    const journal = [entry('dispute-opened', NOW - 6 * DAY, { reason: 'damaged' })];
    const list = computeDeadlines({
      order: order(undefined),
      journal,
      problem: { reason: 'damaged' },
      now: NOW,
      timeZone: TZ,
    });
    const due = list.find((d) => d.kind === 'seller-response-due');
    expect(due?.dueAt).toBe(NOW - DAY);
    expect(
      nextStep({ order: order(undefined), journal, problem: { reason: 'damaged' }, now: NOW, timeZone: TZ }).branch,
    ).toBe('seller-silent-auto-refund');
  });

  it('the cancel day of a backdated cancellation starts the 15 days', () => {
    const journal = [entry('dispute-opened', NOW - 20 * DAY), entry('dispute-cancelled', NOW - 4 * DAY)];
    const list = computeDeadlines({
      order: order(undefined),
      journal,
      problem: { reason: 'damaged' },
      now: NOW,
      timeZone: TZ,
    });
    expect(list.find((d) => d.kind === 'dispute-window-closes')?.dueAt).toBe(endOfLocalDay('2026-12-01', TZ));
  });
});
