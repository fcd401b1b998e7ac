import { type DeadlineRow, NO_DEADLINE, type ReminderRow } from '../db/records';
import type { Settings } from '../model/settings';
import { startOfLocalDay } from '../rules/zoned-time';
import { afterQuietHours } from './quiet-hours';

const SNOOZE_MARGIN_MS = 60 * 60 * 1000;
/** Reminders are planned this far ahead of their deadline's earliest lead; the hourly sweep plans the rest in time. */
const PLANNING_WINDOW_MS = 30 * 24 * 60 * 60 * 1000;

/**
 * How far ahead of now a deadline must fall to have its reminders planned (and an order its
 * derived state refreshed by the sweep): the longest lead time plus a month. A chargeback
 * window five months away gets its reminders when it comes within reach, not today, which
 * keeps thousands of orders to a few hundred stored reminders.
 */
export function planningHorizonMs(settings: Pick<Settings, 'leadTimesMs'>): number {
  return Math.max(0, ...settings.leadTimesMs) + PLANNING_WINDOW_MS;
}

/**
 * Which reminders an order's deadlines need. For each tracked deadline still ahead, one
 * reminder per lead time. A lead time already past (the order was first seen 2 days before
 * its deadline) collapses into one reminder due now, so the buyer hears once, not twice.
 * A reminder already fired for the same due time stays fired; a moved deadline (a seller
 * extended protection) starts afresh.
 */
export function planReminders(input: {
  deadlines: readonly DeadlineRow[];
  previous: readonly ReminderRow[];
  settings: Settings;
  now: number;
  timeZone: string;
}): ReminderRow[] {
  const { deadlines, previous, settings, now, timeZone } = input;
  if (!settings.notificationsEnabled) return [];
  const previousByKey = new Map(previous.map((r) => [r.key, r]));
  const tracked = new Set(settings.trackedDeadlines);
  const leads = [...new Set(settings.leadTimesMs)].sort((a, b) => b - a);
  const horizon = now + planningHorizonMs(settings);
  const plan: ReminderRow[] = [];

  for (const deadline of deadlines) {
    if (!tracked.has(deadline.kind) || deadline.dueAt <= now || deadline.dueAt > horizon) continue;
    // A whole day may run out at any hour of it (the page gave no time): its reminders count from the
    // day's start, so "1 day before" comes the day before, never on the last day itself.
    const reference = deadline.dueOn === undefined ? deadline.dueAt : startOfLocalDay(deadline.dueOn, timeZone);
    const due = leads.map((leadMs) => ({ leadMs, at: reference - leadMs }));
    const past = due.filter((d) => d.at <= now);
    const kept = [...due.filter((d) => d.at > now), ...past.slice(-1)];
    for (const { leadMs, at } of kept) {
      const key = `${deadline.key}:${leadMs}`;
      const before = previousByKey.get(key);
      if (before?.firedAt !== undefined && before.dueAt === deadline.dueAt) {
        plan.push(before);
        continue;
      }
      // A snooze holds until its time, but never past the last hour before the deadline.
      const snoozed = before?.dueAt === deadline.dueAt ? before.snoozedUntil : undefined;
      const wanted = Math.max(at, now, Math.min(snoozed ?? 0, deadline.dueAt - SNOOZE_MARGIN_MS));
      const quietShifted = settings.quietHours.enabled
        ? afterQuietHours(wanted, settings.quietHours, timeZone)
        : wanted;
      plan.push({
        key,
        ref: deadline.ref,
        deadlineKey: deadline.key,
        dueAt: deadline.dueAt,
        leadMs,
        // Quiet hours never push a reminder past the deadline itself.
        fireAt: quietShifted < deadline.dueAt ? quietShifted : wanted,
        ...(snoozed !== undefined && { snoozedUntil: snoozed }),
      });
    }
  }
  return plan.sort((a, b) => a.fireAt - b.fireAt);
}

/** Snoozing re-arms a reminder for later; planReminders keeps the snooze when it re-plans. */
export function snooze(reminder: ReminderRow, until: number): ReminderRow {
  const { firedAt: _fired, ...rest } = reminder;
  return { ...rest, snoozedUntil: until, fireAt: Math.min(until, reminder.dueAt - SNOOZE_MARGIN_MS) };
}

/** A fired reminder moves out of the way of "next to fire" (ascending fireAt) but keeps its due time. */
export function markFired(reminder: ReminderRow, at: number): ReminderRow {
  return { ...reminder, firedAt: at, fireAt: NO_DEADLINE };
}
