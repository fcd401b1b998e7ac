import { describe, expect, it } from 'vitest';
import type { Order } from '../../../lib/model/order';
import { nextStep } from '../../../lib/rules/advisor';
import { CONFIRM_RECEIPT_ENDS_PROTECTION, DISPUTE_WINDOW_DAYS, PAGE_VALUE_WINS } from '../../../lib/rules/catalog';
import { computeDeadlines } from '../../../lib/rules/deadlines';
import { endOfLocalDay, startOfLocalDay } from '../../../lib/rules/zoned-time';
import { anOrder, HOUR } from './builders';

// A route whose last day is D is open until the end of D in the buyer's zone (docs/RULES.md "Time"):
// "closed" is never early. Checked where the last day comes from a day the page states, and where it
// comes from an event the page gives only as a day.

const ZONES = ['Europe/Berlin', 'America/New_York', 'Pacific/Auckland', 'Asia/Tokyo', 'America/Santiago'] as const;

/** A completed order whose page states the last day to open a dispute: Dec 3. */
const statedLastDay: Order = anOrder({
  status: 'completed',
  paidOn: '2026-10-01',
  shippedOn: '2026-10-03',
  confirmedOn: '2026-11-10',
  timers: [{ kind: 'dispute-window-closes', endsOn: '2026-12-03', raw: 'Open a dispute before Dec 3' }],
});
/** Receipt confirmed on Nov 18 (a day, no time): the last day is Nov 18 + 15 = Dec 3. */
const confirmedOnADay: Order = anOrder({
  status: 'completed',
  paidOn: '2026-10-01',
  shippedOn: '2026-10-03',
  confirmedOn: '2026-11-18',
});

describe.each(ZONES)('the last day to open a dispute is Dec 3, in %s', (timeZone) => {
  const start = startOfLocalDay('2026-12-03', timeZone);
  const end = endOfLocalDay('2026-12-03', timeZone);
  const moments: [string, number, boolean][] = [
    ['the day before, late evening', start - HOUR, true],
    ['the first instant of Dec 3', start, true],
    ['the afternoon of Dec 3', start + 15 * HOUR, true],
    ['the last instant of Dec 3', end, true],
    ['the first instant of Dec 4', end + 1, false],
  ];

  describe.each([
    ['stated by the page', statedLastDay, PAGE_VALUE_WINS.id],
    ['15 days after a confirmation known as a day', confirmedOnADay, DISPUTE_WINDOW_DAYS.id],
  ] as const)('%s', (_source, order, ruleId) => {
    it.each(moments)('%s → open: %s', (_moment, now, open) => {
      const problem = { reason: 'damaged' as const, severity: 'unusable' as const };
      const window = computeDeadlines({ order, problem, now, timeZone }).find(
        (d) => d.kind === 'dispute-window-closes',
      );
      expect(window).toMatchObject({ dueAt: end, dueOn: '2026-12-03', ruleId });
      expect(window?.urgency).toBe(open ? 'urgent' : 'overdue');
      const advice = nextStep({ order, problem, now, timeZone });
      if (open) {
        // On the afternoon of the last day the platform route is open: dispute now, no chargeback.
        expect(advice.action).toBe('open-dispute');
        expect(advice.until).toBe(end);
        expect(advice.deadline?.kind).toBe('dispute-window-closes');
      } else {
        expect(advice.branch).toBe('window-closed-chargeback');
      }
    });
  });
});

describe('protection known to the minute stays an instant', () => {
  it('a confirmation with its time: protection ends then, the window 15 days later at the same time', () => {
    const order = anOrder({ status: 'completed', shippedOn: '2026-10-03', confirmedOn: '2026-11-18T14:22' });
    const list = computeDeadlines({ order, now: 0, timeZone: 'Europe/Berlin' });
    expect(list.find((d) => d.kind === 'buyer-protection-ends')).toMatchObject({
      dueAt: Date.parse('2026-11-18T13:22:00Z'),
      ruleId: CONFIRM_RECEIPT_ENDS_PROTECTION.id,
    });
    const window = list.find((d) => d.kind === 'dispute-window-closes');
    expect(window?.dueAt).toBe(Date.parse('2026-12-03T13:22:00Z'));
    expect(window?.dueOn).toBeUndefined();
  });
});

describe('"before D" on a page', () => {
  // AliExpress prints the day its countdown runs out: "Refund if no delivery before Dec 3" on the
  // detail page of an order whose My Orders countdown ended on Dec 3 at 15:29. D is the last day.
  const order = anOrder({
    status: 'shipped',
    shippedOn: '2026-10-03T10:00',
    timers: [{ kind: 'buyer-protection-ends', endsOn: '2026-12-03', raw: 'Refund if no delivery before Dec 3' }],
  });

  it('is the whole day D: not over before D ends, shown as the day', () => {
    const d = computeDeadlines({ order, now: 0, timeZone: 'Europe/Berlin' }).find(
      (x) => x.kind === 'buyer-protection-ends',
    );
    expect(d).toMatchObject({
      dueAt: endOfLocalDay('2026-12-03', 'Europe/Berlin'),
      dueOn: '2026-12-03',
      source: 'page',
      statedAs: 'Refund if no delivery before Dec 3',
    });
  });

  it('a countdown read for the same order is more precise and wins: one deadline, one moment', () => {
    const countdown = Date.parse('2026-12-03T14:29:00Z');
    const both: Order = {
      ...order,
      timers: [...(order.timers ?? []), { kind: 'buyer-protection-ends', endsAt: countdown, raw: '3 days 04:00:00' }],
    };
    const list = computeDeadlines({ order: both, now: countdown - 3 * 24 * HOUR, timeZone: 'Europe/Berlin' });
    const protection = list.filter((d) => d.kind === 'buyer-protection-ends');
    expect(protection).toHaveLength(1);
    expect(protection[0]).toMatchObject({ dueAt: countdown, statedAs: '3 days 04:00:00' });
    expect(protection[0]?.dueOn).toBeUndefined();
  });
});
