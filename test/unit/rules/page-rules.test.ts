import { describe, expect, it } from 'vitest';
import type { Order, PageRule } from '../../../lib/model/order';
import { nextStep } from '../../../lib/rules/advisor';
import { DISPUTE_WINDOW_DAYS, PAGE_STATED_RULE_WINS } from '../../../lib/rules/catalog';
import { computeDeadlines } from '../../../lib/rules/deadlines';
import { endOfLocalDay } from '../../../lib/rules/zoned-time';
import { anOrder, DAY } from './builders';

// A policy sentence of the page is a rule anchored on an event: a deadline only when the event's date
// is known, source "page-stated rule" with the sentence, preferred over the catalog value (listed as the
// alternative). Never a countdown from when the page was read.

const TZ = 'Europe/Berlin';
const RETURN_7_AFTER_CONFIRM: PageRule = {
  kind: 'return-refund-window',
  days: 7,
  anchor: 'confirmed',
  raw: 'Order complete. If there are any problems, you can apply for a return/refund within 7 days of confirming receipt.',
};
const DISPUTE_90_AFTER_ORDER: PageRule = {
  kind: 'dispute-window',
  days: 90,
  anchor: 'ordered',
  raw: 'If the item you received is defective or not as described, you can open a dispute within 90 days after order was placed.',
};
const completed: Order = anOrder({
  status: 'completed',
  orderedOn: '2026-09-01',
  paidOn: '2026-09-01T10:00',
  shippedOn: '2026-09-03',
  confirmedOn: '2026-10-10',
  pageRules: [RETURN_7_AFTER_CONFIRM, DISPUTE_90_AFTER_ORDER],
});
const window = (order: Order, problem?: Parameters<typeof computeDeadlines>[0]['problem'], now = 0) =>
  computeDeadlines({ order, now, timeZone: TZ, ...(problem && { problem }) }).find(
    (d) => d.kind === 'dispute-window-closes',
  );

describe('page-stated rules', () => {
  it('"within 7 days of confirming receipt": the confirmation day + 7, a whole day, the catalog value as alternative', () => {
    const d = window(completed, { reason: 'missing-items' });
    expect(d).toMatchObject({
      dueOn: '2026-10-17',
      dueAt: endOfLocalDay('2026-10-17', TZ),
      source: 'page-rule',
      ruleId: PAGE_STATED_RULE_WINS.id,
      statedAs: RETURN_7_AFTER_CONFIRM.raw,
      alternative: { dueOn: '2026-10-25', dueAt: endOfLocalDay('2026-10-25', TZ), ruleId: DISPUTE_WINDOW_DAYS.id },
      label: 'Last day to open a dispute',
    });
  });

  it('a defect or an item not as described: the 90 days after the order the page grants for it', () => {
    for (const reason of ['does-not-work', 'not-as-described', 'damaged'] as const) {
      expect(window(completed, { reason })).toMatchObject({
        dueOn: '2026-11-30',
        source: 'page-rule',
        statedAs: DISPUTE_90_AFTER_ORDER.raw,
      });
    }
  });

  it('without a problem: the earliest the page states (a reminder may be early)', () => {
    expect(window(completed)?.dueOn).toBe('2026-10-17');
  });

  it('needs the date of its event: an unknown anchor gives no deadline, the catalog value stays', () => {
    const unconfirmed = anOrder({
      status: 'delivered',
      shippedOn: '2026-09-03',
      deliveredOn: '2026-09-20',
      pageRules: [RETURN_7_AFTER_CONFIRM],
    });
    const d = window(unconfirmed, { reason: 'missing-items' });
    expect(d?.source).toBe('estimate');
    expect(d?.ruleId).toBe(DISPUTE_WINDOW_DAYS.id);
    expect(d?.alternative).toBeUndefined();
  });

  it('is never a countdown from when the page was read: the same order read later gives the same day', () => {
    const early = window(completed, { reason: 'missing-items' }, Date.parse('2026-10-11T00:00:00Z'));
    const late = window(completed, { reason: 'missing-items' }, Date.parse('2026-10-16T00:00:00Z'));
    expect(early?.dueAt).toBe(late?.dueAt);
  });

  it('"completed" counts from the completion the page states, else from the confirmation', () => {
    const rule: PageRule = {
      kind: 'return-refund-window',
      days: 10,
      anchor: 'completed',
      raw: 'within 10 days of completion',
    };
    const auto = anOrder({
      status: 'completed',
      shippedOn: '2026-09-03',
      timers: [{ kind: 'buyer-protection-ends', endsOn: '2026-10-01', raw: 'Completed on Oct 1' }],
      pageRules: [rule],
    });
    expect(window(auto, { reason: 'missing-items' })?.dueOn).toBe('2026-10-11');
    const notCompleted = { ...auto, status: 'shipped' as const };
    expect(window(notCompleted, { reason: 'missing-items' })?.source).toBe('estimate');
  });

  it('the advice follows the page’s rule, and names it', () => {
    const now = endOfLocalDay('2026-10-17', TZ) - 6 * 3_600_000;
    const advice = nextStep({
      order: completed,
      problem: { reason: 'missing-items' },
      now,
      timeZone: TZ,
      locale: 'en-US',
    });
    expect(advice.branch).toBe('open-dispute-urgent');
    expect(advice.until).toBe(endOfLocalDay('2026-10-17', TZ));
    expect(advice.untilSource).toBe('page-rule');
    expect(advice.why).toContain('Oct 17 (by the rule the order page states)');
    // A day later the page's window is over, even though the catalog's 15 days would still run.
    const after = nextStep({ order: completed, problem: { reason: 'missing-items' }, now: now + DAY, timeZone: TZ });
    expect(after.action).not.toBe('open-dispute');
  });
});
