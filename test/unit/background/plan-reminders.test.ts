import { describe, expect, it } from 'vitest';
import { markFired, planChangesAt, planReminders, snooze } from '../../../lib/background/plan-reminders';
import { nextReminderAt } from '../../../lib/db/order-row';
import type { DeadlineRow, OrderReminder } from '../../../lib/db/records';
import { defaultSettings, type Settings } from '../../../lib/model/settings';
import { DAY, NOW } from './test-data';

const HOUR = 60 * 60 * 1000;

function deadline(dueAt: number, kind: DeadlineRow['kind'] = 'buyer-protection-ends'): DeadlineRow {
  return {
    key: `aliexpress:1:${kind}`,
    ref: 'aliexpress:1',
    orderId: '1',
    kind,
    dueAt,
    source: 'page',
    ruleId: 'r',
    urgency: 'soon',
    label: 'Buyer protection ends',
  };
}

/** The same reminder slot: one deadline kind, one lead time. */
function sameSlot(a: OrderReminder, b: OrderReminder): boolean {
  return a.kind === b.kind && a.leadMs === b.leadMs;
}

function plan(
  deadlines: DeadlineRow[],
  settings: Partial<Settings> = {},
  previous = [] as ReturnType<typeof planReminders>,
) {
  return planReminders({
    deadlines,
    previous,
    settings: { ...defaultSettings(), ...settings },
    now: NOW,
    timeZone: 'UTC',
  });
}

describe('planReminders', () => {
  it.each([
    ['10 days ahead: both lead times ahead', 10 * DAY, [NOW + 7 * DAY, NOW + 9 * DAY]],
    ['exactly 3 days ahead: the 3-day reminder is due now', 3 * DAY, [NOW, NOW + 2 * DAY]],
    ['2 days ahead: the 3-day reminder collapses to now', 2 * DAY, [NOW, NOW + DAY]],
    ['exactly 1 day ahead: one reminder, now', DAY, [NOW]],
    ['6 hours ahead: one reminder, now', 6 * HOUR, [NOW]],
    ['already passed: none', -HOUR, []],
    ['due this instant: none', 0, []],
  ])('%s', (_name, ahead, expected) => {
    expect(plan([deadline(NOW + ahead)]).map((r) => r.fireAt)).toEqual(expected);
  });

  it('counts a whole day’s reminders from its start: "1 day before" comes the day before, never on the last day', () => {
    // NOW is Nov 20, 12:00 UTC; the last day is Nov 25 (it may run out at any hour of it).
    const day = { ...deadline(Date.parse('2026-11-25T23:59:59.999Z')), dueOn: '2026-11-25' };
    expect(plan([day]).map((r) => new Date(r.fireAt).toISOString())).toEqual([
      '2026-11-22T00:00:00.000Z',
      '2026-11-24T00:00:00.000Z',
    ]);
    // An instant keeps its exact leads.
    expect(plan([deadline(Date.parse('2026-11-25T23:59:59.999Z'))]).map((r) => r.fireAt)).toEqual([
      Date.parse('2026-11-22T23:59:59.999Z'),
      Date.parse('2026-11-24T23:59:59.999Z'),
    ]);
  });

  it('plans reminders only for deadlines within reach: the longest lead plus 30 days', () => {
    // Default leads are 3 days and 1 day: the horizon is 33 days.
    expect(plan([deadline(NOW + 33 * DAY)])).toHaveLength(2);
    expect(plan([deadline(NOW + 33 * DAY + 1)])).toEqual([]);
    expect(plan([deadline(NOW + 50 * DAY)], { leadTimesMs: [21 * DAY] })).toHaveLength(1);
  });

  it('skips deadline kinds the buyer does not track, and everything when notifications are off', () => {
    expect(plan([deadline(NOW + 10 * DAY)], { trackedDeadlines: ['dispute-opens'] })).toEqual([]);
    expect(plan([deadline(NOW + 10 * DAY)], { notificationsEnabled: false })).toEqual([]);
  });

  it('keeps a fired reminder fired while its deadline stays put', () => {
    const [first] = plan([deadline(NOW + 2 * DAY)]);
    const fired = markFired(first as NonNullable<typeof first>, NOW);
    const again = plan([deadline(NOW + 2 * DAY)], {}, [fired]);
    expect(again.find((r) => sameSlot(r, fired))?.firedAt).toBe(NOW);
  });

  it('re-arms a fired reminder when the deadline moves', () => {
    const [first] = plan([deadline(NOW + 2 * DAY)]);
    const fired = markFired(first as NonNullable<typeof first>, NOW);
    const moved = plan([deadline(NOW + 2.5 * DAY)], {}, [fired]);
    expect(moved.find((r) => sameSlot(r, fired))).toMatchObject({ fireAt: NOW });
    expect(moved.find((r) => sameSlot(r, fired))?.firedAt).toBeUndefined();
  });

  it('keeps a snooze when it re-plans, but not past the last hour before the deadline', () => {
    const [first] = plan([deadline(NOW + 10 * DAY)]);
    const snoozed = snooze(first as NonNullable<typeof first>, NOW + 8 * DAY);
    expect(plan([deadline(NOW + 10 * DAY)], {}, [snoozed]).find((r) => sameSlot(r, snoozed))).toMatchObject({
      fireAt: NOW + 8 * DAY,
      snoozedUntil: NOW + 8 * DAY,
    });
    const late = snooze(first as NonNullable<typeof first>, NOW + 20 * DAY);
    expect(late.fireAt).toBe(NOW + 10 * DAY - HOUR);
    const replanned = plan([deadline(NOW + 10 * DAY)], {}, [late]);
    expect(replanned.find((r) => sameSlot(r, late))?.fireAt).toBe(NOW + 10 * DAY - HOUR);
  });

  it('moves a reminder out of quiet hours, unless that would pass the deadline', () => {
    const quietHours = { enabled: true, start: '22:00', end: '08:00' };
    // NOW is 12:00 UTC; a deadline at 23:30 + 3 days puts the 3-day reminder at 23:30, in quiet hours.
    const due = Date.UTC(2026, 10, 23, 23, 30);
    const [threeDay] = plan([deadline(due)], { quietHours, leadTimesMs: [3 * DAY] });
    expect(new Date(threeDay?.fireAt ?? 0).toISOString()).toBe('2026-11-21T08:00:00.000Z');
    // A deadline at 01:00 with a 1-hour lead: shifting to 08:00 would be too late, so it stays.
    const tight = Date.UTC(2026, 10, 21, 1, 0);
    const [oneHour] = plan([deadline(tight)], { quietHours, leadTimesMs: [HOUR] });
    expect(oneHour?.fireAt).toBe(tight - HOUR);
  });

  it('marks a fired reminder without moving it, and leaves it out of what is pending', () => {
    const [first, second] = plan([deadline(NOW + 10 * DAY)]);
    const fired = markFired(first as OrderReminder, NOW + 7 * DAY);
    expect(fired).toEqual({ ...first, firedAt: NOW + 7 * DAY });
    expect(nextReminderAt([fired, second as OrderReminder])).toBe(second?.fireAt);
    expect(nextReminderAt([fired])).toBeUndefined();
  });
});

describe('planChangesAt', () => {
  const settings = defaultSettings();
  const changesAt = (deadlines: DeadlineRow[], now = NOW) =>
    planChangesAt({ deadlines, settings, now, timeZone: 'UTC' });

  it.each([
    ['beyond reach: when it comes within the horizon (33 days before)', 40 * DAY, 7 * DAY],
    ['within reach: when the 3-day lead passes', 10 * DAY, 7 * DAY],
    ['between the leads: when the 1-day lead passes', 2 * DAY, DAY],
    ['after the last lead: when the deadline passes', DAY / 2, DAY / 2],
  ])('%s', (_name, ahead, changes) => {
    expect(changesAt([deadline(NOW + ahead)])).toBe(NOW + changes);
  });

  it('never, for a passed deadline or one that gets no reminders', () => {
    expect(changesAt([deadline(NOW - DAY)])).toBeUndefined();
    expect(
      planChangesAt({
        deadlines: [deadline(NOW + 10 * DAY)],
        settings: { ...settings, notificationsEnabled: false },
        now: NOW,
        timeZone: 'UTC',
      }),
    ).toBeUndefined();
  });

  it('is never late: the plan is the same at every moment before it (a lead already due stays due)', () => {
    for (const ahead of [40 * DAY, 10 * DAY, 3 * DAY, 2 * DAY, DAY / 2]) {
      const deadlines = [deadline(NOW + ahead)];
      const at = changesAt(deadlines) as number;
      const plannedAt = (now: number) =>
        planReminders({ deadlines, previous: [], settings, now, timeZone: 'UTC' }).map(
          (r) => `${r.leadMs}@${r.fireAt > now ? r.fireAt : 'now'}`,
        );
      for (const now of [NOW + 1, (NOW + at) / 2, at - 1]) expect(plannedAt(now), `${ahead}`).toEqual(plannedAt(NOW));
    }
  });
});
