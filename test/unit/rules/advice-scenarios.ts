import { expect } from 'vitest';
import type { DisputeCase } from '../../../lib/model/dispute';
import type { JournalEntry } from '../../../lib/model/journal';
import type { Order } from '../../../lib/model/order';
import type { Advice, AdviceBranch } from '../../../lib/rules/advice';
import { type AdviceInput, nextStep } from '../../../lib/rules/advisor';
import { evidenceRequirements } from '../../../lib/rules/evidence-requirements';
import { addBusinessDaysInZone, endOfLocalDay, startOfLocalDay } from '../../../lib/rules/zoned-time';
import { aDispute, anOrder, DAY, HOUR, utc } from './builders';

export const TZ = 'Europe/Berlin';
/** Protection ends at the end of May 10 (page), so the dispute window closes at the end of May 25. */
export const PROTECTION_END = endOfLocalDay('2026-05-10', TZ);
export const WINDOW_END = endOfLocalDay('2026-05-25', TZ);
export const DISPUTE_OPENS = startOfLocalDay('2026-03-12', TZ);
export const APR_1 = utc('2026-04-01T10:00:00Z');

export const shipped: Order = anOrder({
  status: 'shipped',
  paidOn: '2026-02-27T09:00',
  shippedOn: '2026-03-01T10:00',
  total: { amount: 100, currency: 'USD' },
  items: [{ title: 'Wireless earbuds', quantity: 1 }],
  store: { name: 'Acme Store' },
  timers: [{ kind: 'buyer-protection-ends', endsOn: '2026-05-10', raw: 'May 10' }],
});
export const delivered: Order = { ...shipped, status: 'delivered', deliveredOn: '2026-03-25T12:00' };
export const inTransit: Order = {
  ...shipped,
  timers: [...(shipped.timers ?? []), { kind: 'delivery-estimate', endsOn: '2026-04-20', raw: 'Apr 20' }],
  tracking: { events: [{ time: '2026-03-20T08:00', description: 'Departed', stage: 'in-transit' }] },
};
/** On its way, the last tracking event on Mar 7: 27 days without movement on Apr 3. */
export const silentParcel: Order = {
  ...shipped,
  tracking: {
    events: [{ time: '2026-03-07T08:00', description: 'Departed from sorting center', stage: 'in-transit' }],
  },
};
export const allDamagedEvidence = evidenceRequirements('damaged').map((item) => item.id);

export const journal = (...entries: [JournalEntry['kind'], number][]): JournalEntry[] =>
  entries.map(([kind, at], index) => ({ id: `j${index}`, orderId: shipped.orderId, kind, at }));

export const negotiation = (overrides: Partial<DisputeCase> = {}): DisputeCase =>
  aDispute({ reason: 'damaged', openedAt: APR_1, status: 'seller-rejected', ...overrides });
export const withOffer = (offer: DisputeCase['offers']): DisputeCase =>
  aDispute({ reason: 'damaged', openedAt: APR_1, status: 'counter-offer', offers: offer });

export type Scenario = [
  name: string,
  expected: AdviceBranch,
  input: Partial<AdviceInput>,
  check?: (advice: Advice) => void,
];

/**
 * One scenario per decision branch of the advisor (and more for the branches with several cases), in
 * the order the advisor checks them: the table advisor.test.ts runs and the languages test renders.
 */
export const scenarios: Scenario[] = [
  ['an account question goes to customer service', 'account-question', { problem: { reason: 'account-question' } }],
  [
    'asking to pay outside the platform: report under "Other" (current list)',
    'report-misconduct',
    { problem: { reason: 'pay-outside-platform' } },
    (a) => {
      expect(a.action).toBe('report-seller');
      expect(a.complaint?.category.id).toBe('other');
      expect(a.why).toContain('payments made outside the platform');
    },
  ],
  [
    'pressing for early confirmation: report, and warn against confirming',
    'report-misconduct',
    { problem: { reason: 'confirm-before-arrival' }, settings: { complaintList: 'legacy' } },
    (a) => {
      expect(a.complaint?.category.id).toBe('trading-rules');
      expect(a.warnings.map((w) => [w.step, w.severity])).toEqual([['confirm-receipt', 'danger']]);
    },
  ],
  [
    'a refund issued yesterday is still travelling',
    'refund-in-transit',
    { order: { ...shipped, status: 'closed' }, problem: { reason: 'refund-not-received', since: APR_1 - DAY } },
    (a) => {
      // Waiting for money is no deadline of the list: a moment to look again, not a date to act by.
      expect(a.waitUntil).toBe(addBusinessDaysInZone(APR_1 - DAY, 10, TZ));
      expect(a.until).toBeUndefined();
    },
  ],
  [
    'a refund older than 10 working days is overdue',
    'refund-overdue',
    { order: { ...shipped, status: 'closed' }, problem: { reason: 'order-cancelled', since: APR_1 - 20 * DAY } },
  ],
  [
    'a refund with no known date: ask customer service',
    'refund-overdue',
    { problem: { reason: 'refund-not-received' } },
    (a) => expect(a.action).toBe('contact-support'),
  ],
  ['a payment error goes to customer service', 'payment-problem', { problem: { reason: 'payment-error' } }],
  [
    'an agreed return must be shipped within 10 days',
    'ship-return',
    {
      order: delivered,
      problem: { reason: 'damaged' },
      dispute: negotiation({ status: 'seller-accepted', returnAgreedAt: APR_1 }),
    },
    (a) => {
      expect(a.until).toBe(utc('2026-04-11T10:00:00Z'));
      expect(a.warnings[0]?.step).toBe('skip-return-shipping');
    },
  ],
  [
    'a return required by the decision',
    'ship-return',
    {
      order: delivered,
      problem: { reason: 'damaged' },
      dispute: negotiation({
        status: 'decided',
        decision: { at: APR_1, outcome: 'buyer-favour', returnRequired: true },
      }),
    },
    (a) => expect(a.until).toBeUndefined(),
  ],
  [
    'escalated with evidence missing',
    'escalated-add-evidence',
    {
      order: delivered,
      problem: { reason: 'damaged' },
      evidenceItemIds: ['order-page-screenshot'],
      dispute: negotiation({ status: 'escalated', escalatedAt: APR_1 + 6 * DAY }),
    },
    (a) => expect(a.missingEvidence?.map((item) => item.id)).toEqual(['damage-photos', 'packaging-photos']),
  ],
  [
    'escalated with the evidence in: wait about 7 days for the decision',
    'escalated-wait',
    {
      order: delivered,
      problem: { reason: 'damaged' },
      evidenceItemIds: allDamagedEvidence,
      dispute: negotiation({ status: 'escalated', escalatedAt: APR_1 + 6 * DAY }),
    },
    (a) => {
      expect(a.waitUntil).toBe(APR_1 + 13 * DAY);
      // While the platform decides, cancelling is the tempting step: its warning stands in the advice.
      expect(a.warnings.map((w) => w.step)).toContain('cancel-dispute');
    },
  ],
  [
    '"I will resend": reject, never accept',
    'offer-resend',
    {
      order: delivered,
      problem: { reason: 'damaged' },
      dispute: withOffer([{ from: 'seller', at: APR_1 + DAY, resolution: 'resend' }]),
    },
    (a) => {
      expect(a.action).toBe('reject-offer');
      expect(a.alternatives.map((o) => o.action)).not.toContain('accept-offer');
      expect(a.warnings[0]).toMatchObject({ step: 'accept-offer', severity: 'danger' });
    },
  ],
  [
    'a full refund offered: accept',
    'offer-full-refund',
    {
      order: delivered,
      problem: { reason: 'damaged' },
      dispute: withOffer([{ from: 'seller', at: APR_1 + DAY, resolution: 'full-refund', response: 'pending' }]),
    },
    (a) => expect(a.warnings[0]?.severity).toBe('caution'),
  ],
  [
    'a partial refund at least the suggested share: accept',
    'offer-fair',
    {
      order: delivered,
      problem: { reason: 'damaged' },
      dispute: withOffer([
        { from: 'seller', at: APR_1 + DAY, resolution: 'partial-refund', amount: { amount: 30, currency: 'USD' } },
      ]),
    },
    (a) => expect(a.title).toBe('Accept the $30.00 refund'),
  ],
  [
    'a partial refund a bit low: counter with the suggested amount',
    'offer-low',
    {
      order: delivered,
      problem: { reason: 'damaged' },
      dispute: withOffer([
        { from: 'seller', at: APR_1 + DAY, resolution: 'partial-refund', amount: { amount: 15, currency: 'USD' } },
      ]),
    },
    (a) => expect(a.title).toBe('Counter with $30.00'),
  ],
  [
    'a partial refund under half the suggestion: reject and let the platform decide',
    'offer-unreasonable',
    {
      order: delivered,
      problem: { reason: 'damaged' },
      dispute: withOffer([
        { from: 'seller', at: APR_1 + DAY, resolution: 'partial-refund', amount: { amount: 14.99, currency: 'USD' } },
      ]),
    },
  ],
  [
    'a partial refund in another currency cannot be compared: counter',
    'offer-partial-unclear',
    {
      order: delivered,
      problem: { reason: 'damaged' },
      dispute: withOffer([
        { from: 'seller', at: APR_1, resolution: 'resend', response: 'rejected' },
        { from: 'buyer', at: APR_1 + HOUR, resolution: 'partial-refund' },
        { from: 'seller', at: APR_1 + DAY, resolution: 'partial-refund', amount: { amount: 30, currency: 'EUR' } },
      ]),
    },
  ],
  [
    'a return with postage paid by the seller: accept',
    'offer-return-seller-pays',
    {
      order: delivered,
      problem: { reason: 'does-not-work' },
      dispute: withOffer([
        { from: 'seller', at: APR_1 + DAY, resolution: 'return-and-refund', returnPostagePaidBy: 'seller' },
      ]),
    },
  ],
  [
    'a return at the buyer’s cost: counter',
    'offer-return-buyer-pays',
    {
      order: delivered,
      problem: { reason: 'does-not-work' },
      dispute: withOffer([{ from: 'seller', at: APR_1 + DAY, resolution: 'return-and-refund' }]),
    },
    (a) => expect(a.why).toContain('about $50.00 in postage'),
  ],
  [
    'the seller accepted: wait for the refund',
    'accepted-wait-refund',
    {
      order: delivered,
      problem: { reason: 'damaged' },
      dispute: negotiation({
        status: 'seller-accepted',
        statusHistory: [{ status: 'seller-accepted', at: APR_1 + DAY }],
      }),
    },
    (a) => expect(a.waitUntil).toBe(addBusinessDaysInZone(APR_1 + DAY, 10, TZ)),
  ],
  [
    'the seller accepted (time unknown): no date is invented',
    'accepted-wait-refund',
    { order: delivered, problem: { reason: 'damaged' }, dispute: negotiation({ status: 'seller-accepted' }) },
    (a) => {
      expect(a.waitUntil).toBeUndefined();
      expect(a.why).toContain('1–10 working days');
    },
  ],
  [
    'dispute opened, evidence missing',
    'opened-add-evidence',
    {
      order: delivered,
      problem: { reason: 'damaged' },
      evidenceItemIds: [],
      dispute: negotiation({ status: 'opened' }),
    },
    (a) => expect(a.until).toBe(APR_1 + 5 * DAY),
  ],
  [
    'dispute opened: the seller has 5 days',
    'opened-wait-seller',
    { order: delivered, problem: { reason: 'damaged' }, dispute: negotiation({ status: 'opened' }) },
    (a) => expect(a.until).toBe(APR_1 + 5 * DAY),
  ],
  [
    'the seller stayed silent: the proposed refund is executed automatically',
    'seller-silent-auto-refund',
    {
      order: delivered,
      problem: { reason: 'damaged' },
      dispute: negotiation({ status: 'opened' }),
      now: APR_1 + 5 * DAY + 1,
    },
    (a) => expect(a.alternatives.map((o) => o.action)).not.toContain('escalate'),
  ],
  [
    'not received, seller rejected, parcel still in promised time: no escalation yet',
    'negotiation-in-transit',
    {
      order: inTransit,
      problem: { reason: 'not-received' },
      dispute: negotiation({ reason: 'not-received' }),
      now: APR_1 + 6 * DAY,
    },
  ],
  [
    'seller rejected, evidence missing',
    'negotiation-add-evidence',
    {
      order: delivered,
      problem: { reason: 'damaged' },
      evidenceItemIds: [],
      dispute: negotiation(),
      now: APR_1 + 6 * DAY,
    },
  ],
  [
    'seller rejected, escalation possible: escalate',
    'escalate-now',
    { order: delivered, problem: { reason: 'damaged' }, dispute: negotiation(), now: APR_1 + 5 * DAY },
    (a) => {
      expect(a.until).toBe(APR_1 + 7 * DAY);
      expect(a.deadline?.kind).toBe('escalation-due');
    },
  ],
  [
    'counter-offer answered, before escalation is possible: keep negotiating',
    'wait-for-escalation',
    {
      order: delivered,
      problem: { reason: 'damaged' },
      dispute: negotiation({ status: 'seller-responded' }),
      now: APR_1 + 2 * DAY,
    },
    (a) => expect(a.until).toBe(APR_1 + 5 * DAY),
  ],
  [
    'decided in the buyer’s favour: wait for the refund',
    'decided-wait-refund',
    {
      order: delivered,
      problem: { reason: 'damaged' },
      dispute: negotiation({ status: 'decided', decision: { at: APR_1, outcome: 'partial' } }),
    },
  ],
  [
    'decided in the buyer’s favour long ago, refund missing',
    'refund-overdue',
    {
      order: delivered,
      problem: { reason: 'damaged' },
      dispute: negotiation({ status: 'decided', decision: { at: APR_1, outcome: 'buyer-favour' } }),
      now: APR_1 + 30 * DAY,
    },
  ],
  [
    'refund received after the decision: leave feedback',
    'resolved-feedback',
    {
      order: delivered,
      problem: { reason: 'damaged' },
      dispute: negotiation({
        status: 'decided',
        decision: { at: APR_1, outcome: 'buyer-favour' },
        refundReceivedAt: APR_1 + DAY,
      }),
    },
  ],
  [
    'closed dispute with the refund in: leave feedback',
    'resolved-feedback',
    {
      order: delivered,
      problem: { reason: 'damaged' },
      dispute: negotiation({ status: 'closed', refundReceivedAt: APR_1 }),
    },
  ],
  [
    'the page shows a dispute the journal does not know: follow it by the page’s countdown',
    'page-dispute-untracked',
    {
      order: {
        ...delivered,
        dispute: { status: 'opened', statusText: 'Dispute in progress' },
        timers: [
          { kind: 'seller-response-due', endsAt: utc('2026-04-03T10:00:00Z'), raw: 'Seller responds within 2 days' },
        ],
      },
      problem: { reason: 'damaged' },
    },
    (a) => {
      expect(a.action).toBe('wait');
      expect(a.until).toBe(utc('2026-04-03T10:00:00Z'));
      expect(a.untilSource).toBe('page');
      expect(a.why).toContain('Dispute in progress');
      expect(a.alternatives.map((o) => o.action)).not.toContain('open-dispute');
    },
  ],
  [
    'the page shows a dispute without a countdown: nothing is estimated from an unknown opening',
    'page-dispute-untracked',
    { order: { ...delivered, dispute: { status: 'opened' } }, problem: { reason: 'damaged' } },
    (a) => {
      expect(a.until).toBeUndefined();
      expect(a.why).toContain('counted from when the dispute was opened');
    },
  ],
  [
    'the page shows the dispute escalated: the case follows the page (no decision date invented)',
    'escalated-wait',
    { order: { ...delivered, dispute: { status: 'escalated' } } },
    (a) => {
      expect(a.waitUntil).toBeUndefined();
      expect(a.why).not.toMatch(/around/);
    },
  ],
  [
    'lost, appeal offered',
    'decision-appeal',
    {
      order: delivered,
      problem: { reason: 'damaged' },
      dispute: negotiation({ status: 'decided', decision: { at: APR_1, outcome: 'seller-favour', appealable: true } }),
    },
  ],
  [
    'lost, no appeal: chargeback while the provider window is open',
    'lost-chargeback',
    {
      order: delivered,
      problem: { reason: 'damaged' },
      dispute: negotiation({ status: 'decided', decision: { at: APR_1, outcome: 'seller-favour' } }),
      settings: { paymentMethod: 'paypal' },
    },
    (a) => {
      expect(a.title).toBe('Ask PayPal for a refund (PayPal dispute)');
      expect(a.deadline?.kind).toBe('chargeback-window-closes');
      expect(a.warnings[0]).toMatchObject({ step: 'file-chargeback', severity: 'caution' });
    },
  ],
  [
    'lost, no appeal, no provider window known: feedback',
    'lost-feedback',
    {
      order: { ...delivered, paidOn: undefined },
      problem: { reason: 'damaged' },
      dispute: negotiation({ status: 'decided', decision: { at: APR_1, outcome: 'seller-favour' } }),
    },
  ],
  [
    'closed without a refund while protection lasts: dispute again',
    'reopen-dispute',
    { order: delivered, problem: { reason: 'damaged' }, dispute: negotiation({ status: 'closed' }) },
    (a) => expect(a.until).toBe(PROTECTION_END),
  ],
  [
    'cancelled while protection lasted: dispute again inside the restarted window',
    'reopen-dispute',
    {
      order: delivered,
      problem: { reason: 'damaged' },
      dispute: negotiation({ status: 'cancelled', cancelledAt: PROTECTION_END - 5 * DAY }),
      now: PROTECTION_END + DAY,
    },
    (a) => expect(a.until).toBe(PROTECTION_END + 10 * DAY),
  ],
  [
    'the agreed return was not shipped in time: say so, and the fallback',
    'return-window-missed',
    {
      order: delivered,
      problem: { reason: 'damaged' },
      dispute: negotiation({ status: 'seller-accepted', returnAgreedAt: APR_1 }),
      now: APR_1 + 11 * DAY,
    },
    (a) => {
      expect(a.action).toBe('contact-support');
      expect(a.why).toContain('had to be shipped by Apr 11, 12:00 PM (estimated)');
    },
  ],
  [
    'accepted a proposal: the dispute is closed for good, no new dispute is offered',
    'accepted-closed',
    {
      order: delivered,
      problem: { reason: 'damaged' },
      dispute: negotiation({
        status: 'closed',
        offers: [{ from: 'seller', at: APR_1, resolution: 'resend', response: 'accepted' }],
      }),
    },
    (a) => {
      expect(a.alternatives.map((o) => o.action)).not.toContain('open-dispute');
      expect(a.safetyNets.map((d) => d.kind)).not.toContain('dispute-window-closes');
    },
  ],
  [
    'a PayPal dispute recorded without an AliExpress dispute: escalate to a claim within 20 days',
    'provider-escalate-claim',
    {
      order: delivered,
      problem: { reason: 'damaged' },
      journal: journal(['chargeback-filed', APR_1]),
      settings: { paymentMethod: 'paypal' },
    },
    (a) => {
      expect(a.until).toBe(APR_1 + 20 * DAY);
      expect(a.deadline?.kind).toBe('chargeback-escalation-due');
      expect(a.why).toContain('Apr 21, 12:00 PM (estimated)');
    },
  ],
  [
    'the PayPal dispute was not escalated in time: say so',
    'provider-dispute-lapsed',
    {
      order: delivered,
      problem: { reason: 'damaged' },
      journal: [{ id: 'p', orderId: shipped.orderId, kind: 'chargeback-filed', at: APR_1, provider: 'paypal' }],
      now: APR_1 + 21 * DAY,
    },
  ],
  [
    'lost on AliExpress, PayPal claim running: PayPal decides (not "no other route")',
    'provider-decides',
    {
      order: delivered,
      problem: { reason: 'damaged' },
      dispute: negotiation({ status: 'decided', decision: { at: APR_1, outcome: 'seller-favour' } }),
      journal: journal(['chargeback-filed', APR_1 + DAY], ['chargeback-escalated', APR_1 + 2 * DAY]),
      settings: { paymentMethod: 'paypal' },
      now: APR_1 + 3 * DAY,
    },
    (a) => expect(a.title).toBe('Wait for PayPal’s decision'),
  ],
  [
    'protection ends in 3 days, parcel not here: ask for the extension now and prepare the dispute',
    'extend-protection-late',
    { order: shipped, problem: { reason: 'not-received' }, now: PROTECTION_END - 3 * DAY },
    (a) => {
      expect(a.why).toContain('it is late');
      expect(a.why).toContain('prepare it now');
      expect(a.why).not.toMatch(/Now is the time/);
      expect(a.until).toBe(PROTECTION_END);
      expect(a.alternatives.map((o) => o.action)).toContain('open-dispute');
    },
  ],
  ['unpaid order: nothing to do', 'awaiting-payment', { order: anOrder({ status: 'awaiting-payment' }) }],
  ['closed order: nothing to do', 'order-closed', { order: anOrder({ status: 'closed' }) }],
  [
    'not shipped yet: wait for shipping',
    'awaiting-shipment',
    {
      order: anOrder({
        status: 'awaiting-shipment',
        timers: [{ kind: 'shipping-due', endsOn: '2026-04-05', raw: 'Ships by Apr 5' }],
      }),
      problem: { reason: 'not-received' },
    },
    (a) => {
      expect(a.waitUntil).toBe(endOfLocalDay('2026-04-05', TZ));
      expect(a.why).toContain('must ship by Apr 5 (as the order page states)');
    },
  ],
  [
    'extension asked 3 days ago and not granted: dispute',
    'extension-not-granted',
    {
      order: shipped,
      now: PROTECTION_END - 4 * DAY,
      journal: journal(['extension-requested', PROTECTION_END - 7 * DAY]),
    },
  ],
  [
    'protection ends in 6 days, parcel not here: ask for an extension',
    'extend-protection',
    { order: shipped, now: PROTECTION_END - 6 * DAY },
    (a) => expect(a.until).toBe(PROTECTION_END),
  ],
  [
    'not received and in promised time, but protection ends in 6 days: ask for an extension',
    'extend-protection',
    {
      order: {
        ...inTransit,
        timers: [
          { kind: 'buyer-protection-ends', endsOn: '2026-04-20', raw: 'Apr 20' },
          { kind: 'delivery-estimate', endsOn: '2026-04-25', raw: 'Apr 25' },
        ],
      },
      problem: { reason: 'not-received' },
      now: utc('2026-04-15T10:00:00Z'),
    },
    (a) => expect(a.action).toBe('ask-extend-protection'),
  ],
  [
    'protection ends tomorrow: too late for an extension, dispute',
    'protection-ending-open-dispute',
    { order: shipped, now: PROTECTION_END - DAY },
  ],
  [
    'in transit, protection far away: wait, wake 7 days before it ends',
    'in-transit-wait',
    { order: shipped },
    (a) => {
      expect(a.waitUntil).toBe(PROTECTION_END - 7 * DAY);
      expect(a.headline?.kind).toBe('buyer-protection-ends');
    },
  ],
  [
    'in transit, protection only estimated: says to read the countdown',
    'in-transit-wait',
    { order: { ...shipped, timers: undefined } },
    (a) => expect(a.why).toContain('latest possible'),
  ],
  [
    'in transit, tracking silent for 27 days: ask the seller where it is, prepare the dispute',
    'tracking-silent',
    { order: silentParcel },
    (a) => {
      expect(a.action).toBe('contact-seller');
      expect(a.why).toContain('Tracking has not moved for 27 days (last update Mar 7)');
      expect(a.why).toContain('open a "Not received" dispute: it is possible now');
      expect(a.ruleIds).toContain('tracking-silent-days');
    },
  ],
  [
    'in transit, tracking silent for 19 days: still waiting',
    'in-transit-wait',
    { order: silentParcel, now: utc('2026-03-26T10:00:00Z') },
  ],
  [
    'an extension was granted and protection is ending: keep waiting',
    'in-transit-wait',
    {
      order: shipped,
      now: PROTECTION_END - DAY,
      journal: journal(
        ['extension-requested', PROTECTION_END - 6 * DAY],
        ['protection-extended', PROTECTION_END - 5 * DAY],
      ),
    },
    (a) => expect(a.until).toBeUndefined(),
  ],
  [
    'delivered, no problem: inspect before protection ends',
    'delivered-inspect',
    { order: delivered },
    (a) => {
      expect(a.until).toBe(PROTECTION_END);
      expect(a.warnings[0]).toMatchObject({ step: 'confirm-receipt', severity: 'caution' });
    },
  ],
  ['completed, no problem: leave feedback', 'completed-feedback', { order: { ...delivered, status: 'completed' } }],
  ['unknown status: open the order page', 'status-unknown', { order: anOrder() }],
  [
    'a decision without its outcome: open the dispute page',
    'status-unknown',
    { order: delivered, problem: { reason: 'damaged' }, dispute: negotiation({ status: 'decided' }) },
  ],
  [
    'dispute window closed, card window open: chargeback',
    'window-closed-chargeback',
    { order: delivered, problem: { reason: 'damaged' }, now: WINDOW_END + 1 },
    (a) => expect(a.title).toBe('Ask your bank for a chargeback'),
  ],
  [
    'dispute window closed, no payment date: feedback',
    'window-closed-feedback',
    { order: { ...delivered, paidOn: undefined }, problem: { reason: 'counterfeit' }, now: WINDOW_END + 1 },
    (a) => expect(a.alternatives.map((o) => o.action)).toContain('report-seller'),
  ],
  [
    'problem before a dispute can be opened: contact the seller',
    'before-dispute-contact-seller',
    { order: delivered, problem: { reason: 'damaged' }, now: DISPUTE_OPENS - 1 },
    (a) => {
      // The date options get worse is protection's end; the opening is named in the why.
      expect(a.until).toBe(PROTECTION_END);
      expect(a.why).toContain('from Mar 12 (estimated)');
    },
  ],
  [
    'seller contacted, dispute not open yet: wait for it',
    'wait-dispute-opens',
    {
      order: delivered,
      problem: { reason: 'damaged' },
      now: DISPUTE_OPENS - DAY,
      journal: journal(['contacted-seller', DISPUTE_OPENS - 2 * DAY]),
    },
  ],
  [
    'not received, tracking normal, within the promised time: wait',
    'not-received-in-transit',
    { order: inTransit, problem: { reason: 'not-received' } },
    (a) => expect(a.waitUntil).toBe(endOfLocalDay('2026-04-20', TZ)),
  ],
  [
    'not received, within the promised time but tracking silent for 27 days: no normal progress, dispute',
    'open-dispute',
    { order: { ...silentParcel, timers: inTransit.timers }, problem: { reason: 'not-received' } },
    (a) => expect(a.why).toMatch(/^Tracking has not moved for 27 days\. The dispute route is open\./),
  ],
  [
    'window closes in 2 days: open the dispute now',
    'open-dispute-urgent',
    { order: delivered, problem: { reason: 'damaged' }, now: WINDOW_END - 2 * DAY },
    (a) => expect(a.warnings[0]?.step).toBe('let-window-lapse'),
  ],
  [
    'minor problem, plenty of time: contact the seller first',
    'contact-seller-first',
    { order: delivered, problem: { reason: 'damaged' } },
    (a) => expect(a.refund?.resolution).toBe('partial-refund'),
  ],
  [
    'seller contacted yesterday: give it 2 business days',
    'wait-seller-reply',
    { order: delivered, problem: { reason: 'damaged' }, journal: journal(['contacted-seller', APR_1 + DAY]) },
    (a) => expect(a.waitUntil).toBe(addBusinessDaysInZone(APR_1 + DAY, 2, TZ)),
  ],
  [
    'unusable item, evidence missing: collect it first',
    'collect-evidence',
    { order: delivered, problem: { reason: 'does-not-work' }, evidenceItemIds: [] },
    (a) => expect(a.missingEvidence?.map((item) => item.id)).toEqual(['not-working-video', 'order-page-screenshot']),
  ],
  [
    'unusable item: open the dispute',
    'open-dispute',
    { order: delivered, problem: { reason: 'does-not-work' } },
    (a) => {
      expect(a.title).toBe('Open a dispute: "Does not work properly"');
      expect(a.refund?.resolution).toBe('full-refund');
      // Act before protection ends (the money goes to the seller then); the window after it is the safety net.
      expect(a.until).toBe(PROTECTION_END);
      expect(a.safetyNets.map((d) => [d.kind, d.dueAt])).toEqual([
        ['dispute-window-closes', WINDOW_END],
        ['chargeback-window-closes', utc('2026-08-26T07:00:00Z')],
      ]);
    },
  ],
  [
    'seller answered in chat, no fair offer: open the dispute',
    'open-dispute',
    {
      order: delivered,
      problem: { reason: 'damaged' },
      journal: journal(['contacted-seller', APR_1 - 3 * DAY], ['seller-replied', APR_1 - 2 * DAY]),
    },
  ],
  [
    'seller never answered within 2 business days: open the dispute',
    'open-dispute',
    { order: delivered, problem: { reason: 'damaged' }, journal: journal(['contacted-seller', APR_1 - 5 * DAY]) },
  ],
];

/** The advice for a scenario's input, in English unless the input names a locale. */
export function advise(input: Partial<AdviceInput>): Advice {
  return nextStep({ order: shipped, now: APR_1 + 2 * DAY, timeZone: TZ, locale: 'en-US', ...input });
}
