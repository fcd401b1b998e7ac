import { describe, expect, it } from 'vitest';
import type { Deadline, DeadlineKind } from '../../../lib/model/deadline';
import type { PageTimer } from '../../../lib/model/order';
import {
  BUYER_PROTECTION_MAX_DAYS,
  CANCEL_AFTER_PROTECTION_IS_FINAL,
  CANCELLED_DISPUTE_RESTARTS_WINDOW,
  CARD_CHARGEBACK_WINDOW_DAYS,
  CONFIRM_RECEIPT_ENDS_PROTECTION,
  DISPUTE_OPENS_AFTER_SHIPPING_DAYS,
  DISPUTE_OPENS_IMMEDIATELY_BELOW_DELIVERY_DAYS,
  DISPUTE_WINDOW_DAYS,
  ESCALATION_AUTO_AFTER_DAYS,
  ESCALATION_POSSIBLE_AFTER_DAYS,
  PAGE_VALUE_WINS,
  PAYPAL_DISPUTE_WINDOW_DAYS,
  PAYPAL_ESCALATE_TO_CLAIM_DAYS,
  PROTECTION_AFTER_DELIVERY_DAYS,
  RETURN_SHIP_WITHIN_DAYS,
  SELLER_DISPUTE_RESPONSE_DAYS,
} from '../../../lib/rules/catalog';
import { computeDeadlines, type DeadlineInput } from '../../../lib/rules/deadlines';
import { endOfLocalDay, startOfLocalDay } from '../../../lib/rules/zoned-time';
import { aDispute, anOrder, DAY, utc } from './builders';

const BERLIN = 'Europe/Berlin';

function deadlines(input: Partial<DeadlineInput> & Pick<DeadlineInput, 'now'>): Deadline[] {
  return computeDeadlines({ order: anOrder(), timeZone: BERLIN, ...input });
}
function find(list: Deadline[], kind: DeadlineKind): Deadline | undefined {
  return list.find((d) => d.kind === kind);
}
function get(list: Deadline[], kind: DeadlineKind): Deadline {
  const found = find(list, kind);
  if (!found) throw new Error(`no ${kind} in ${list.map((d) => d.kind).join(', ')}`);
  return found;
}
const protectionOn = (endsOn: string): PageTimer => ({ kind: 'buyer-protection-ends', endsOn, raw: endsOn });

describe('dispute opens: from the 11th day after shipping (start of that local day)', () => {
  const order = anOrder({ status: 'shipped', shippedOn: '2026-03-01T18:40' });
  const opens = startOfLocalDay('2026-03-12', BERLIN);

  it.each([
    ['the day before', opens - 1, 'upcoming', 'Dispute can be opened'],
    ['the first instant', opens, 'upcoming', 'Dispute can be opened'],
    ['the day after (one name, whatever the state)', opens + DAY, 'none', 'Dispute can be opened'],
    ['two weeks before', opens - 15 * DAY, 'none', 'Dispute can be opened'],
  ])('%s', (_name, now, urgency, label) => {
    const d = get(deadlines({ order, now }), 'dispute-opens');
    expect(d).toMatchObject({
      dueAt: opens,
      dueOn: '2026-03-12',
      source: 'estimate',
      ruleId: DISPUTE_OPENS_AFTER_SHIPPING_DAYS.id,
    });
    expect(d.urgency).toBe(urgency);
    expect(d.label).toBe(label);
  });

  it('counts local days in the buyer’s zone: a Tokyo buyer’s shipping day starts 8 hours earlier than Berlin’s', () => {
    const tokyo = computeDeadlines({ order, now: 0, timeZone: 'Asia/Tokyo' });
    expect(get(tokyo, 'dispute-opens').dueAt).toBe(utc('2026-03-11T15:00:00Z'));
  });

  it('opens at shipping when the promised delivery time is under 5 days', () => {
    const fast = anOrder({
      status: 'shipped',
      shippedOn: '2026-03-01T10:00',
      timers: [{ kind: 'delivery-estimate', endsOn: '2026-03-04', raw: 'Delivery by Mar 4' }],
    });
    const d = get(deadlines({ order: fast, now: 0 }), 'dispute-opens');
    expect(d.dueAt).toBe(utc('2026-03-01T09:00:00Z'));
    expect(d.ruleId).toBe(DISPUTE_OPENS_IMMEDIATELY_BELOW_DELIVERY_DAYS.id);
  });

  it('keeps the 11-day rule when the promised time is 5 days or more', () => {
    const slow = anOrder({
      status: 'shipped',
      shippedOn: '2026-03-01T10:00',
      timers: [{ kind: 'delivery-estimate', endsAt: utc('2026-03-06T09:00:00Z'), raw: '5 days' }],
    });
    expect(get(deadlines({ order: slow, now: 0 }), 'dispute-opens').ruleId).toBe(DISPUTE_OPENS_AFTER_SHIPPING_DAYS.id);
  });

  it('the page’s own date wins, from the start of the stated day', () => {
    const stated = anOrder({
      status: 'shipped',
      shippedOn: '2026-03-01',
      timers: [{ kind: 'dispute-opens', endsOn: '2026-03-09', raw: 'Open dispute from Mar 9' }],
    });
    const d = get(deadlines({ order: stated, now: 0 }), 'dispute-opens');
    expect(d).toMatchObject({
      dueAt: startOfLocalDay('2026-03-09', BERLIN),
      source: 'page',
      ruleId: PAGE_VALUE_WINS.id,
    });
  });

  it('the seller-side alternative (10 days) can be chosen in settings', () => {
    const d = get(
      deadlines({ order, now: 0, settings: { overrides: { 'dispute-opens-after-shipping-days': 10 } } }),
      'dispute-opens',
    );
    expect(d.dueAt).toBe(startOfLocalDay('2026-03-11', BERLIN));
  });

  it('is unknown before shipping', () => {
    expect(
      find(deadlines({ order: anOrder({ status: 'awaiting-shipment' }), now: 0 }), 'dispute-opens'),
    ).toBeUndefined();
  });
});

describe('buyer protection ends: a date the page states is the end of that local day', () => {
  const zones: [string, string][] = [
    ['Europe/Berlin', '2026-03-29T21:59:59.999Z'], // DST starts that day
    ['America/New_York', '2026-03-30T03:59:59.999Z'],
    ['Asia/Tokyo', '2026-03-29T14:59:59.999Z'],
    ['Pacific/Auckland', '2026-03-29T10:59:59.999Z'],
    ['UTC', '2026-03-29T23:59:59.999Z'],
  ];
  it.each(zones)('"Mar 29" in %s ends at %s', (timeZone, expected) => {
    const order = anOrder({ status: 'shipped', shippedOn: '2026-02-01', timers: [protectionOn('2026-03-29')] });
    const d = get(computeDeadlines({ order, now: utc('2026-03-01T00:00:00Z'), timeZone }), 'buyer-protection-ends');
    expect(d).toMatchObject({ dueAt: utc(expected), source: 'page', ruleId: PAGE_VALUE_WINS.id });
  });

  const dueAt = endOfLocalDay('2026-03-29', BERLIN);
  const order = anOrder({ status: 'shipped', shippedOn: '2026-02-01', timers: [protectionOn('2026-03-29')] });
  it.each([
    ['4 days before (day before the 3-day bound)', dueAt - 4 * DAY, 'soon', 'Buyer protection ends'],
    ['exactly 3 days before', dueAt - 3 * DAY, 'urgent', 'Buyer protection ends'],
    ['on the day (morning)', startOfLocalDay('2026-03-29', BERLIN) + 8 * 3_600_000, 'urgent', 'Buyer protection ends'],
    ['the last instant', dueAt, 'urgent', 'Buyer protection ends'],
    ['the first instant of the next day', dueAt + 1, 'none', 'Buyer protection ends'],
  ])('%s → %s', (_name, now, urgency, label) => {
    const d = get(deadlines({ order, now }), 'buyer-protection-ends');
    expect(d.urgency).toBe(urgency);
    expect(d.label).toBe(label);
  });

  it('a running countdown (instant) beats a stated day, and the earliest reading wins', () => {
    const countdown = utc('2026-03-20T08:15:00Z');
    const both = anOrder({
      status: 'shipped',
      shippedOn: '2026-02-01',
      timers: [protectionOn('2026-03-29'), { kind: 'buyer-protection-ends', endsAt: countdown, raw: '9 days 08:15' }],
    });
    expect(get(deadlines({ order: both, now: 0 }), 'buyer-protection-ends').dueAt).toBe(countdown);
    const onlyRaw = anOrder({ timers: [{ kind: 'buyer-protection-ends', raw: 'unreadable' }] });
    expect(find(deadlines({ order: onlyRaw, now: 0 }), 'buyer-protection-ends')).toBeUndefined();
  });

  it('without a page value: at most 90 days after shipping (estimate); a shipping day gives a whole day, across the DST change', () => {
    const order = anOrder({ status: 'shipped', shippedOn: '2026-01-10' });
    const d = get(deadlines({ order, now: 0 }), 'buyer-protection-ends');
    expect(d).toMatchObject({
      dueAt: utc('2026-04-10T21:59:59.999Z'),
      dueOn: '2026-04-10',
      source: 'estimate',
      ruleId: BUYER_PROTECTION_MAX_DAYS.id,
    });
    const toTheMinute = anOrder({ status: 'shipped', shippedOn: '2026-01-10T15:30' });
    const instant = get(deadlines({ order: toTheMinute, now: 0 }), 'buyer-protection-ends');
    expect(instant.dueAt).toBe(utc('2026-04-10T13:30:00Z'));
    expect(instant.dueOn).toBeUndefined();
  });

  it.each([
    [120, '2026-05-10T21:59:59.999Z'], // Brazil
    [60, '2026-03-11T22:59:59.999Z'], // older maximum
  ])('an alternative maximum (%i days) can be chosen in settings', (days, expected) => {
    const order = anOrder({ status: 'shipped', shippedOn: '2026-01-10' });
    const d = get(
      deadlines({ order, now: 0, settings: { overrides: { 'buyer-protection-max-days': days } } }),
      'buyer-protection-ends',
    );
    expect(d.dueAt).toBe(utc(expected));
  });

  it('an undocumented override is ignored: settings choose between sources, they do not invent values', () => {
    const order = anOrder({ status: 'shipped', shippedOn: '2026-01-10' });
    const d = get(
      deadlines({ order, now: 0, settings: { overrides: { 'buyer-protection-max-days': 365 } } }),
      'buyer-protection-ends',
    );
    expect(d.dueAt).toBe(utc('2026-04-10T21:59:59.999Z'));
  });

  it('once tracking says delivered, assumes protection may be cut to 5 days after delivery', () => {
    const order = anOrder({ status: 'delivered', shippedOn: '2026-01-10', deliveredOn: '2026-02-02T15:00' });
    const d = get(deadlines({ order, now: 0 }), 'buyer-protection-ends');
    expect(d).toMatchObject({ dueAt: utc('2026-02-07T14:00:00Z'), ruleId: PROTECTION_AFTER_DELIVERY_DAYS.id });
  });

  it('reads delivery from a tracking event when the order has no delivery date', () => {
    const withInstant = anOrder({
      status: 'delivered',
      shippedOn: '2026-01-10',
      tracking: { events: [{ at: utc('2026-02-02T14:00:00Z'), description: 'Delivered', stage: 'delivered' }] },
    });
    expect(get(deadlines({ order: withInstant, now: 0 }), 'buyer-protection-ends').dueAt).toBe(
      utc('2026-02-07T14:00:00Z'),
    );
    const withTime = anOrder({
      status: 'delivered',
      shippedOn: '2026-01-10',
      tracking: {
        events: [
          { time: '2026-01-20T09:00', description: 'In transit', stage: 'in-transit' },
          { time: '2026-02-02T15:00', description: 'Delivered', stage: 'delivered' },
        ],
      },
    });
    expect(get(deadlines({ order: withTime, now: 0 }), 'buyer-protection-ends').dueAt).toBe(
      utc('2026-02-07T14:00:00Z'),
    );
    const withoutTime = anOrder({
      status: 'delivered',
      shippedOn: '2026-01-10',
      tracking: { events: [{ description: 'Delivered', stage: 'delivered' }] },
    });
    expect(get(deadlines({ order: withoutTime, now: 0 }), 'buyer-protection-ends').ruleId).toBe(
      BUYER_PROTECTION_MAX_DAYS.id,
    );
  });

  it('a page countdown still wins over the delivery assumption', () => {
    const order = anOrder({
      status: 'delivered',
      shippedOn: '2026-01-10',
      deliveredOn: '2026-02-02',
      timers: [protectionOn('2026-02-20')],
    });
    expect(get(deadlines({ order, now: 0 }), 'buyer-protection-ends').source).toBe('page');
  });
});

describe('automatic completion: the same moment as protection’s end, one deadline', () => {
  it('the page’s "confirms automatically in …" is read as the protection end', () => {
    const order = anOrder({
      status: 'delivered',
      shippedOn: '2026-01-10',
      timers: [{ kind: 'auto-confirm', endsAt: utc('2026-02-15T10:00:00Z'), raw: 'Auto-confirm in 5 days' }],
    });
    const list = deadlines({ order, now: 0 });
    expect(get(list, 'buyer-protection-ends')).toMatchObject({
      source: 'page',
      dueAt: utc('2026-02-15T10:00:00Z'),
      statedAs: 'Auto-confirm in 5 days',
      label: 'Buyer protection ends',
    });
    expect(find(list, 'auto-confirm')).toBeUndefined();
  });

  it('with both readings the earlier wins, and no second deadline of the same moment is listed', () => {
    const order = anOrder({
      status: 'shipped',
      shippedOn: '2026-01-10',
      timers: [
        protectionOn('2026-03-29'),
        { kind: 'auto-confirm', endsAt: utc('2026-03-29T13:29:00Z'), raw: '3 days 04:00:00' },
      ],
    });
    const list = deadlines({ order, now: utc('2026-03-26T09:29:00Z') });
    expect(list.filter((d) => d.kind === 'buyer-protection-ends' || d.kind === 'auto-confirm')).toHaveLength(1);
    expect(get(list, 'buyer-protection-ends').dueAt).toBe(utc('2026-03-29T13:29:00Z'));
    expect(get(list, 'buyer-protection-ends').dueOn).toBeUndefined();
  });
});

describe('the 15-day dispute window after protection ends or after "Confirm received"', () => {
  const protectionEnd = endOfLocalDay('2026-03-29', BERLIN);
  const order = anOrder({ status: 'shipped', shippedOn: '2026-02-01', timers: [protectionOn('2026-03-29')] });
  const windowEnd = endOfLocalDay('2026-04-13', BERLIN);

  it('closes 15 days after the protection end', () => {
    expect(get(deadlines({ order, now: 0 }), 'dispute-window-closes')).toMatchObject({
      dueAt: windowEnd,
      ruleId: DISPUTE_WINDOW_DAYS.id,
      source: 'estimate',
    });
  });

  it.each([
    ['the day before protection ends', protectionEnd - DAY, 'none'],
    ['the day after protection ended', protectionEnd + DAY, 'upcoming'],
    ['3 days before it closes', windowEnd - 3 * DAY, 'urgent'],
    ['its last instant', windowEnd, 'urgent'],
  ])('urgency %s (with a problem) → %s', (_name, now, urgency) => {
    const d = get(deadlines({ order, now, problem: { reason: 'damaged' } }), 'dispute-window-closes');
    expect(d.urgency).toBe(urgency);
  });

  it('after it closed: overdue when the buyer has a problem, quiet otherwise', () => {
    const after = windowEnd + 1;
    expect(
      get(deadlines({ order, now: after, problem: { reason: 'damaged' } }), 'dispute-window-closes'),
    ).toMatchObject({
      urgency: 'overdue',
      label: 'Last day to open a dispute',
    });
    expect(get(deadlines({ order, now: after }), 'dispute-window-closes').urgency).toBe('none');
    expect(
      get(deadlines({ order, now: after, problem: { reason: 'account-question' } }), 'dispute-window-closes').urgency,
    ).toBe('none');
  });

  it('after confirmation: protection ends at once and the window runs 15 days from it', () => {
    const confirmed = anOrder({
      status: 'completed',
      shippedOn: '2026-02-01',
      confirmedOn: '2026-03-05T14:22',
      timers: [protectionOn('2026-03-29')],
    });
    const list = deadlines({ order: confirmed, now: utc('2026-03-06T00:00:00Z'), problem: { reason: 'damaged' } });
    expect(get(list, 'buyer-protection-ends')).toMatchObject({
      dueAt: utc('2026-03-05T13:22:00Z'),
      ruleId: CONFIRM_RECEIPT_ENDS_PROTECTION.id,
      urgency: 'none',
    });
    expect(get(list, 'dispute-window-closes').dueAt).toBe(utc('2026-03-20T13:22:00Z'));
  });

  it('a completed order nobody complains about is never louder than "upcoming"', () => {
    const confirmed = anOrder({ status: 'completed', shippedOn: '2026-02-01', confirmedOn: '2026-03-05T14:22' });
    const now = utc('2026-03-19T00:00:00Z');
    expect(get(deadlines({ order: confirmed, now }), 'dispute-window-closes').urgency).toBe('upcoming');
    expect(
      get(deadlines({ order: confirmed, now, problem: { reason: 'damaged' } }), 'dispute-window-closes').urgency,
    ).toBe('urgent');
    expect(
      get(deadlines({ order: confirmed, now: utc('2026-03-06T00:00:00Z') }), 'dispute-window-closes').urgency,
    ).toBe('none');
  });

  it('a dispute cancelled while protection runs: the cancel day is the completion, its last day 15 days later', () => {
    const cancelledAt = utc('2026-03-10T09:00:00Z');
    const dispute = aDispute({ status: 'cancelled', cancelledAt, openedAt: utc('2026-03-05T09:00:00Z') });
    const list = deadlines({ order, dispute, now: cancelledAt });
    expect(get(list, 'dispute-window-closes')).toMatchObject({
      dueAt: endOfLocalDay('2026-03-25', BERLIN),
      dueOn: '2026-03-25',
      ruleId: CANCELLED_DISPUTE_RESTARTS_WINDOW.id,
    });
    // Protection ended with the cancel: no later protection end contradicts the shorter window.
    expect(get(list, 'buyer-protection-ends')).toMatchObject({
      dueAt: cancelledAt,
      ruleId: CANCELLED_DISPUTE_RESTARTS_WINDOW.id,
    });
  });

  it('a dispute cancelled after protection ended leaves no window', () => {
    const cancelledAt = protectionEnd + 2 * DAY;
    const dispute = aDispute({ status: 'cancelled', cancelledAt, openedAt: protectionEnd - DAY });
    const d = get(
      deadlines({ order, dispute, now: cancelledAt + 1, problem: { reason: 'damaged' } }),
      'dispute-window-closes',
    );
    expect(d).toMatchObject({ dueAt: cancelledAt, ruleId: CANCEL_AFTER_PROTECTION_IS_FINAL.id, urgency: 'overdue' });
  });

  it('is not shown while a dispute is running', () => {
    const dispute = aDispute({ status: 'opened' });
    expect(find(deadlines({ order, dispute, now: 0 }), 'dispute-window-closes')).toBeUndefined();
    expect(find(deadlines({ order, dispute, now: 0 }), 'buyer-protection-ends')).toBeUndefined();
  });
});

describe('inside a dispute', () => {
  const order = anOrder({ status: 'shipped', shippedOn: '2026-02-01' });
  const openedAt = utc('2026-03-20T10:00:00Z');

  it('the seller has 5 days to respond (exact instant, wall-clock across DST)', () => {
    const d = get(deadlines({ order, dispute: aDispute({ openedAt }), now: openedAt }), 'seller-response-due');
    expect(d).toMatchObject({ dueAt: utc('2026-03-25T10:00:00Z'), ruleId: SELLER_DISPUTE_RESPONSE_DAYS.id });
    const acrossDst = get(
      deadlines({ order, dispute: aDispute({ openedAt: utc('2026-03-27T10:00:00Z') }), now: openedAt }),
      'seller-response-due',
    );
    expect(acrossDst.dueAt).toBe(utc('2026-04-01T09:00:00Z'));
  });

  it.each([
    [15, '2026-04-04T09:00:00Z'],
    [7, '2026-03-27T10:00:00Z'],
  ])('older reply windows (%i days) can be chosen', (days, expected) => {
    const d = get(
      deadlines({
        order,
        dispute: aDispute({ openedAt }),
        now: openedAt,
        settings: { overrides: { 'seller-dispute-response-days': days } },
      }),
      'seller-response-due',
    );
    expect(d.dueAt).toBe(utc(expected));
  });

  it('the page’s countdown for the seller wins; once passed it is not overdue for the buyer', () => {
    const stated = anOrder({
      ...order,
      timers: [{ kind: 'seller-response-due', endsAt: utc('2026-03-24T00:00:00Z'), raw: '3 days 14:00:00' }],
    });
    expect(
      get(deadlines({ order: stated, dispute: aDispute({ openedAt }), now: openedAt }), 'seller-response-due').source,
    ).toBe('page');
    const passed = get(
      deadlines({ order, dispute: aDispute({ openedAt }), now: openedAt + 6 * DAY }),
      'seller-response-due',
    );
    expect(passed.urgency).toBe('none');
  });

  it('escalation becomes possible 5 days after opening (milestone)', () => {
    const d = get(deadlines({ order, dispute: aDispute({ openedAt }), now: openedAt }), 'escalation-possible');
    expect(d).toMatchObject({
      dueAt: utc('2026-03-25T10:00:00Z'),
      ruleId: ESCALATION_POSSIBLE_AFTER_DAYS.id,
      urgency: 'upcoming',
    });
  });

  it('in negotiation: the platform steps in 7 days after the seller’s first response', () => {
    const responded = utc('2026-03-22T08:00:00Z');
    const dispute = aDispute({
      openedAt,
      status: 'counter-offer',
      statusHistory: [
        { status: 'opened', at: openedAt },
        { status: 'seller-responded', at: responded },
        { status: 'counter-offer', at: responded + DAY },
      ],
    });
    const list = deadlines({ order, dispute, now: responded });
    expect(get(list, 'escalation-due')).toMatchObject({
      dueAt: utc('2026-03-29T07:00:00Z'),
      ruleId: ESCALATION_AUTO_AFTER_DAYS.id,
    });
    expect(find(list, 'seller-response-due')).toBeUndefined();
  });

  it('a seller offer also starts the negotiation; without any, the opening does', () => {
    const offerAt = utc('2026-03-21T10:00:00Z');
    const withOffer = aDispute({
      openedAt,
      status: 'seller-responded',
      offers: [
        { from: 'buyer', at: openedAt, resolution: 'full-refund' },
        { from: 'seller', at: offerAt, resolution: 'resend' },
      ],
    });
    expect(get(deadlines({ order, dispute: withOffer, now: openedAt }), 'escalation-due').dueAt).toBe(
      utc('2026-03-28T10:00:00Z'),
    );
    const bare = aDispute({ openedAt, status: 'seller-rejected' });
    expect(get(deadlines({ order, dispute: bare, now: openedAt }), 'escalation-due').dueAt).toBe(
      utc('2026-03-27T10:00:00Z'),
    );
  });

  it('escalated: no more seller, escalation or window deadlines', () => {
    const dispute = aDispute({ openedAt, status: 'escalated', escalatedAt: openedAt + 6 * DAY });
    const kinds = deadlines({ order, dispute, now: openedAt + 6 * DAY }).map((d) => d.kind);
    expect(kinds).not.toContain('seller-response-due');
    expect(kinds).not.toContain('escalation-possible');
    expect(kinds).not.toContain('escalation-due');
    expect(kinds).not.toContain('dispute-window-closes');
  });

  it('the page’s countdown for the buyer’s answer to a proposal is a deadline', () => {
    const stated = anOrder({
      ...order,
      timers: [{ kind: 'buyer-response-due', endsOn: '2026-03-26', raw: 'Respond by Mar 26' }],
    });
    const d = get(
      deadlines({ order: stated, dispute: aDispute({ openedAt, status: 'counter-offer' }), now: openedAt }),
      'buyer-response-due',
    );
    expect(d).toMatchObject({ dueAt: endOfLocalDay('2026-03-26', BERLIN), source: 'page', urgency: 'soon' });
  });
});

describe('return shipping: 10 days after agreeing', () => {
  const order = anOrder({ status: 'delivered', shippedOn: '2026-02-01' });
  const agreed = utc('2026-03-20T10:00:00Z');

  it.each([
    ['the day before', utc('2026-03-29T10:00:00Z'), 'urgent'],
    ['the last instant', utc('2026-03-30T09:00:00Z'), 'urgent'],
    ['the instant after', utc('2026-03-30T09:00:00Z') + 1, 'overdue'],
    ['right after agreeing', agreed, 'upcoming'],
  ])('%s → %s', (_name, now, urgency) => {
    const dispute = aDispute({ status: 'seller-accepted', returnAgreedAt: agreed });
    const d = get(deadlines({ order, dispute, now }), 'return-ship-by');
    expect(d).toMatchObject({ dueAt: utc('2026-03-30T09:00:00Z'), ruleId: RETURN_SHIP_WITHIN_DAYS.id, urgency });
  });

  it('gone once shipped; the page’s date wins; still due after the decision', () => {
    const shipped = aDispute({ status: 'seller-accepted', returnAgreedAt: agreed, returnShippedAt: agreed + DAY });
    expect(find(deadlines({ order, dispute: shipped, now: agreed }), 'return-ship-by')).toBeUndefined();
    const stated = anOrder({
      ...order,
      timers: [{ kind: 'return-ship-by', endsOn: '2026-03-28', raw: 'Ship by Mar 28' }],
    });
    expect(get(deadlines({ order: stated, now: agreed }), 'return-ship-by').source).toBe('page');
    const decided = aDispute({
      status: 'decided',
      decision: { at: agreed, outcome: 'buyer-favour', returnRequired: true },
      returnAgreedAt: agreed,
    });
    expect(find(deadlines({ order, dispute: decided, now: agreed }), 'return-ship-by')).toBeDefined();
  });
});

describe('payment provider: chargeback windows', () => {
  const order = anOrder({ status: 'completed', paidOn: '2026-01-05T12:00', shippedOn: '2026-01-08' });

  it('not shown when nothing is wrong', () => {
    expect(find(deadlines({ order, now: 0 }), 'chargeback-window-closes')).toBeUndefined();
  });

  it('card: 180 days after payment, by default', () => {
    const d = get(deadlines({ order, now: 0, problem: { reason: 'not-received' } }), 'chargeback-window-closes');
    expect(d).toMatchObject({ dueAt: utc('2026-07-04T10:00:00Z'), ruleId: CARD_CHARGEBACK_WINDOW_DAYS.id });
  });

  it('PayPal: 180 days after payment; falls back to the order date without a payment date', () => {
    const paypal = { paymentMethod: 'paypal' as const };
    const d = get(
      deadlines({ order, now: 0, problem: { reason: 'not-received' }, settings: paypal }),
      'chargeback-window-closes',
    );
    expect(d.ruleId).toBe(PAYPAL_DISPUTE_WINDOW_DAYS.id);
    const unpaid = anOrder({ status: 'completed', orderedOn: '2026-01-05' });
    expect(
      get(deadlines({ order: unpaid, now: 0, problem: { reason: 'not-received' } }), 'chargeback-window-closes'),
    ).toMatchObject({ dueAt: endOfLocalDay('2026-07-04', BERLIN), dueOn: '2026-07-04' });
  });

  it('shown after a lost dispute; not once the refund arrived or a chargeback was filed', () => {
    const lost = aDispute({
      status: 'decided',
      decision: { at: utc('2026-03-01T00:00:00Z'), outcome: 'seller-favour' },
    });
    expect(find(deadlines({ order, dispute: lost, now: 0 }), 'chargeback-window-closes')).toBeDefined();
    const refunded = aDispute({ status: 'closed', refundReceivedAt: utc('2026-03-01T00:00:00Z') });
    expect(
      find(deadlines({ order, dispute: refunded, now: 0, problem: { reason: 'damaged' } }), 'chargeback-window-closes'),
    ).toBeUndefined();
    const filed = aDispute({
      status: 'decided',
      decision: { at: 0, outcome: 'seller-favour' },
      chargeback: { provider: 'card', filedAt: 0 },
    });
    expect(find(deadlines({ order, dispute: filed, now: 0 }), 'chargeback-window-closes')).toBeUndefined();
  });

  it('PayPal dispute: escalate to a claim within 20 days, until escalated', () => {
    const filedAt = utc('2026-04-01T10:00:00Z');
    const filed = aDispute({ status: 'decided', chargeback: { provider: 'paypal', filedAt } });
    expect(get(deadlines({ order, dispute: filed, now: filedAt }), 'chargeback-escalation-due')).toMatchObject({
      dueAt: utc('2026-04-21T10:00:00Z'),
      ruleId: PAYPAL_ESCALATE_TO_CLAIM_DAYS.id,
    });
    const escalated = aDispute({
      status: 'decided',
      chargeback: { provider: 'paypal', filedAt, escalatedAt: filedAt + DAY },
    });
    expect(find(deadlines({ order, dispute: escalated, now: filedAt }), 'chargeback-escalation-due')).toBeUndefined();
    const card = aDispute({ status: 'decided', chargeback: { provider: 'card', filedAt } });
    expect(find(deadlines({ order, dispute: card, now: filedAt }), 'chargeback-escalation-due')).toBeUndefined();
  });
});

describe('computeDeadlines as a whole', () => {
  it('a closed or unpaid order has no protection deadlines', () => {
    for (const status of ['closed', 'awaiting-payment'] as const) {
      const order = anOrder({ status, shippedOn: '2026-01-10', timers: [protectionOn('2026-03-29')] });
      expect(deadlines({ order, now: 0 })).toEqual([]);
    }
  });

  it('a dispute only the page shows: its own countdown counts, nothing is estimated, protection is not reminded', () => {
    const order = anOrder({
      status: 'shipped',
      shippedOn: '2026-01-01',
      timers: [
        protectionOn('2026-03-29'),
        { kind: 'seller-response-due', endsAt: utc('2026-03-20T08:00:00Z'), raw: '2 days left' },
      ],
      dispute: { status: 'opened', statusText: 'Dispute in progress' },
    });
    const list = deadlines({ order, now: utc('2026-03-18T08:00:00Z') });
    expect(list.map((d) => [d.kind, d.source])).toEqual([['seller-response-due', 'page']]);
    expect(deadlines({ order: { ...order, timers: [] }, now: utc('2026-03-18T08:00:00Z') })).toEqual([]);
  });

  it('an order with nothing known has no deadlines', () => {
    expect(deadlines({ now: 0 })).toEqual([]);
  });

  it('returns the most urgent first and names the order on each', () => {
    const order = anOrder({ status: 'shipped', shippedOn: '2026-01-01', timers: [protectionOn('2026-03-29')] });
    const list = deadlines({ order, now: endOfLocalDay('2026-03-27', BERLIN), problem: { reason: 'not-received' } });
    expect(list.map((d) => [d.kind, d.source])).toEqual([
      ['buyer-protection-ends', 'page'],
      ['dispute-opens', 'estimate'],
      ['dispute-window-closes', 'estimate'],
    ]);
    expect(list.every((d) => d.orderId === order.orderId)).toBe(true);
    expect(list.map((d) => d.urgency)).toEqual([...list.map((d) => d.urgency)].sort((a, b) => rank(a) - rank(b)));
  });

  it('is pure and deterministic', () => {
    const order = anOrder({ status: 'shipped', shippedOn: '2026-01-01' });
    const input = { order, now: utc('2026-02-01T00:00:00Z'), timeZone: BERLIN };
    expect(computeDeadlines(input)).toEqual(computeDeadlines(input));
  });

  it('throws on an unknown time zone (a caller bug: zones come from Intl)', () => {
    expect(() => computeDeadlines({ order: anOrder(), now: 0, timeZone: 'Nowhere/Land' })).toThrow(RangeError);
  });
});

function rank(urgency: Deadline['urgency']): number {
  return ['overdue', 'urgent', 'soon', 'upcoming', 'none'].indexOf(urgency);
}
