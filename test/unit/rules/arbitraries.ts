import fc from 'fast-check';
import type { Deadline } from '../../../lib/model/deadline';
import { deadlineKindSchema } from '../../../lib/model/deadline';
import { type JournalEntry, journalKindSchema } from '../../../lib/model/journal';
import type { Order, PageRule, PageTimer } from '../../../lib/model/order';
import { orderStatusSchema, pageRuleAnchorSchema, pageTimerKindSchema } from '../../../lib/model/order';
import type { Problem } from '../../../lib/model/problem';
import { ORDER_PROBLEM_REASONS, PAYMENT_PROBLEM_REASONS } from '../../../lib/model/problem-reasons';
import { RESOLUTIONS } from '../../../lib/model/resolutions';
import type { RuleSettings } from '../../../lib/rules/settings';

/**
 * Generated orders, journals, zones and moments for the property tests: everything a page or the buyer
 * can put in front of the engine, including combinations no page would show (timers in odd orders,
 * entries out of order, offers without an opening), within the model's own bounds.
 */

const DAY = 86_400_000;
/** 2025-01-01 .. 2027-12-31: DST changes, year ends and leap days included. */
const FIRST = Date.UTC(2025, 0, 1);
const SPAN_DAYS = 3 * 365;

/** Zones with and without DST, ahead of and behind UTC, a 30-minute DST, a skipped midnight. */
export const ZONES = [
  'UTC',
  'Europe/Berlin',
  'America/New_York',
  'Pacific/Auckland',
  'Asia/Tokyo',
  'America/Santiago',
  'Australia/Lord_Howe',
  'Asia/Kolkata',
  'America/Los_Angeles',
] as const;
export const zoneArb = fc.constantFrom(...ZONES);

export const dayOffsetArb = fc.integer({ min: 0, max: SPAN_DAYS });

function localDate(offsetDays: number): string {
  return new Date(FIRST + offsetDays * DAY).toISOString().slice(0, 10);
}

/** A local date, sometimes with a wall-clock time, `offset` days after the generated span's start. */
function localDateTimeArb(offset: number) {
  return fc
    .option(
      fc
        .tuple(fc.integer({ min: 0, max: 23 }), fc.integer({ min: 0, max: 59 }))
        .map(([h, m]) => `T${pad(h)}:${pad(m)}`),
      { nil: '' },
    )
    .map((time) => `${localDate(offset)}${time}`);
}

const pad = (n: number) => String(n).padStart(2, '0');

const timerArb = (base: number): fc.Arbitrary<PageTimer> =>
  fc
    .record({
      kind: fc.constantFrom(...pageTimerKindSchema().options),
      offset: fc.integer({ min: -20, max: 120 }),
      asDay: fc.boolean(),
      minutes: fc.integer({ min: 0, max: 24 * 60 - 1 }),
    })
    .map(({ kind, offset, asDay, minutes }) => {
      const day = localDate(Math.max(0, base + offset));
      return asDay
        ? { kind, endsOn: day, raw: `before ${day}` }
        : { kind, endsAt: Date.parse(`${day}T00:00:00Z`) + minutes * 60_000, raw: `${offset} days left` };
    });

const pageRuleArb: fc.Arbitrary<PageRule> = fc.record({
  kind: fc.constantFrom('return-refund-window' as const, 'dispute-window' as const),
  days: fc.integer({ min: 1, max: 120 }),
  anchor: fc.constantFrom(...pageRuleAnchorSchema().options),
  raw: fc.constant('within N days of an event'),
});

const money = fc.integer({ min: 1, max: 50_000 }).map((cents) => ({ amount: cents / 100, currency: 'USD' }));

const disputeOnPageArb = (base: number) =>
  fc.record(
    {
      status: fc.constantFrom(
        'none' as const,
        'opened' as const,
        'seller-responded' as const,
        'seller-rejected' as const,
        'counter-offer' as const,
        'escalated' as const,
        'decided' as const,
        'closed' as const,
        'cancelled' as const,
      ),
      offer: fc.record({
        from: fc.constantFrom('seller' as const, 'platform' as const),
        resolution: fc.constantFrom(...RESOLUTIONS),
        amount: fc.option(money, { nil: undefined }),
        raw: fc.constant('Seller proposed something'),
      }),
      escalation: fc.constantFrom('available' as const, 'not-yet' as const, 'escalated' as const),
      decision: fc.record({
        outcome: fc.constantFrom('buyer-favour' as const, 'partial' as const, 'seller-favour' as const),
        appealable: fc.option(fc.boolean(), { nil: undefined }),
        raw: fc.constant('Decision'),
      }),
      openedOn: localDateTimeArb(base + 12),
    },
    { requiredKeys: [] },
  );

/** An order as readers could hand it over, its dates in order from `base`. */
export const orderArb: fc.Arbitrary<Order> = dayOffsetArb.chain((base) =>
  fc
    .record(
      {
        status: fc.constantFrom(...orderStatusSchema().options),
        orderedOn: fc.constant(localDate(base)),
        paidOn: localDateTimeArb(base),
        shippedOn: fc.integer({ min: 0, max: 5 }).chain((d) => localDateTimeArb(base + d)),
        deliveredOn: fc.integer({ min: 6, max: 40 }).chain((d) => localDateTimeArb(base + d)),
        confirmedOn: fc.integer({ min: 8, max: 70 }).chain((d) => localDateTimeArb(base + d)),
        timers: fc.array(timerArb(base), { maxLength: 4 }),
        pageRules: fc.array(pageRuleArb, { maxLength: 2 }),
        dispute: disputeOnPageArb(base),
        total: money,
        tracking: fc.record({
          events: fc.array(
            fc.record({
              description: fc.constant('event'),
              stage: fc.constantFrom(
                'in-transit' as const,
                'delivered' as const,
                'exception' as const,
                'returning' as const,
              ),
            }),
            { maxLength: 2 },
          ),
        }),
      },
      { requiredKeys: ['status'] },
    )
    .map((fields) => ({ marketplace: 'aliexpress' as const, orderId: '8100000000000001', ...fields })),
);

/** The buyer's journal and page-written entries, in any order, between a month before and 8 months after `from`. */
export const journalArb = (from: number): fc.Arbitrary<JournalEntry[]> =>
  fc.array(
    fc
      .record({
        kind: fc.constantFrom(...journalKindSchema().options),
        at: fc.integer({ min: from - 30 * DAY, max: from + 240 * DAY }),
        resolution: fc.option(fc.constantFrom(...RESOLUTIONS), { nil: undefined }),
        amount: fc.option(money, { nil: undefined }),
        outcome: fc.option(fc.constantFrom('buyer-favour' as const, 'partial' as const, 'seller-favour' as const), {
          nil: undefined,
        }),
        returnRequired: fc.option(fc.boolean(), { nil: undefined }),
        appealable: fc.option(fc.boolean(), { nil: undefined }),
        provider: fc.option(fc.constantFrom('paypal' as const, 'card' as const), { nil: undefined }),
        source: fc.option(fc.constantFrom('buyer' as const, 'page' as const), { nil: undefined }),
      })
      .map((fields) => {
        const entry: JournalEntry = {
          id: `e-${fields.kind}-${fields.at}`,
          orderId: '8100000000000001',
          kind: fields.kind,
          at: fields.at,
        };
        for (const [key, value] of Object.entries(fields)) {
          if (value !== undefined && key !== 'kind' && key !== 'at')
            (entry as unknown as Record<string, unknown>)[key] = value;
        }
        return entry;
      }),
    { maxLength: 6 },
  );

export const problemArb: fc.Arbitrary<Problem | undefined> = fc.option(
  fc.record(
    {
      reason: fc.constantFrom(...ORDER_PROBLEM_REASONS, ...PAYMENT_PROBLEM_REASONS, 'confirm-before-arrival' as const),
      severity: fc.constantFrom('unusable' as const, 'minor' as const),
    },
    { requiredKeys: ['reason'] },
  ),
  { nil: undefined },
);

export const settingsArb: fc.Arbitrary<RuleSettings> = fc.record({
  paymentMethod: fc.constantFrom('paypal' as const, 'card' as const, 'unknown' as const),
});

/** The moment of the first date of an order, to generate "now" and entries around it. */
export function startOf(order: Order): number {
  return Date.parse(`${(order.orderedOn ?? '2025-01-01').slice(0, 10)}T00:00:00Z`);
}

/** A whole engine input: order, journal, problem, settings, zone, and "now" from before the order to long after. */
export const engineInputArb = orderArb.chain((order) =>
  fc.record({
    order: fc.constant(order),
    journal: journalArb(startOf(order)),
    problem: problemArb,
    settings: settingsArb,
    timeZone: zoneArb,
    now: fc.integer({ min: startOf(order) - 5 * DAY, max: startOf(order) + 260 * DAY }),
  }),
);

/** One deadline as the engine (or storage) hands it to a view. */
export const deadlineArb: fc.Arbitrary<Deadline> = fc
  .record({
    kind: fc.constantFrom(...deadlineKindSchema().options),
    offset: dayOffsetArb,
    minutes: fc.integer({ min: 0, max: 24 * 60 - 1 }),
    wholeDay: fc.boolean(),
    source: fc.constantFrom('page' as const, 'page-rule' as const, 'estimate' as const),
    urgency: fc.constantFrom(
      'none' as const,
      'upcoming' as const,
      'soon' as const,
      'urgent' as const,
      'overdue' as const,
    ),
  })
  .map(({ kind, offset, minutes, wholeDay, source, urgency }) => {
    const day = localDate(offset);
    const dueAt = Date.parse(`${day}T00:00:00Z`) + minutes * 60_000;
    return {
      orderId: '8100000000000001',
      kind,
      dueAt,
      ...(wholeDay && { dueOn: day }),
      source,
      ruleId: 'rule',
      urgency,
      label: `Name of ${kind}`,
    };
  });

export const nowArb = fc.integer({ min: FIRST - 30 * DAY, max: FIRST + (SPAN_DAYS + 30) * DAY });
export const localeArb = fc.constantFrom(
  'en-US',
  'en-GB',
  'de-DE',
  'fr-FR',
  'ru-RU',
  'pl-PL',
  'es-ES',
  'pt-BR',
  'ja-JP',
);
