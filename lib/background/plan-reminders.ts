import type { OrderReminder } from '../db/records';
import type { Deadline } from '../model/deadline';
import type { Settings } from '../model/settings';
import { firstAfter } from '../rules/urgency';
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

/** The instant a deadline's lead times count back from: a whole day's start (it may run out at any hour of it). */
function leadReference(deadline: Pick<Deadline, 'dueAt' | 'dueOn'>, timeZone: string): number {
  return deadline.dueOn === undefined ? deadline.dueAt : startOfLocalDay(deadline.dueOn, timeZone);
}

/** The deadlines of an order that get reminders at all: tracked kinds, notifications on. */
function remindable(deadlines: readonly Deadline[], settings: Settings): Deadline[] {
  if (!settings.notificationsEnabled) return [];
  const tracked = new Set(settings.trackedDeadlines);
  return deadlines.filter((deadline) => tracked.has(deadline.kind));
}

function sortedLeads(settings: Settings): number[] {
  return [...new Set(settings.leadTimesMs)].sort((a, b) => b - a);
}

/**
 * Which reminders an order's deadlines need. For each tracked deadline still ahead, one
 * reminder per lead time. A lead time already past (the order was first seen 2 days before
 * its deadline) collapses into one reminder due now, so the buyer hears once, not twice.
 * A reminder already fired for the same due time stays fired; a moved deadline (a seller
 * extended protection) starts afresh.
 */
export function planReminders(input: {
  deadlines: readonly Deadline[];
  previous: readonly OrderReminder[];
  settings: Settings;
  now: number;
  timeZone: string;
}): OrderReminder[] {
  const { deadlines, previous, settings, now, timeZone } = input;
  const previousByKey = new Map(previous.map((r) => [`${r.kind}:${r.leadMs}`, r]));
  const leads = sortedLeads(settings);
  const horizon = now + planningHorizonMs(settings);
  const plan: OrderReminder[] = [];

  for (const deadline of remindable(deadlines, settings)) {
    if (deadline.dueAt <= now || deadline.dueAt > horizon) continue;
    // A whole day may run out at any hour of it (the page gave no time): its reminders count from the
    // day's start, so "1 day before" comes the day before, never on the last day itself.
    const reference = leadReference(deadline, timeZone);
    const due = leads.map((leadMs) => ({ leadMs, at: reference - leadMs }));
    const past = due.filter((d) => d.at <= now);
    const kept = [...due.filter((d) => d.at > now), ...past.slice(-1)];
    for (const { leadMs, at } of kept) {
      const before = previousByKey.get(`${deadline.kind}:${leadMs}`);
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
        kind: deadline.kind,
        leadMs,
        dueAt: deadline.dueAt,
        // Quiet hours never push a reminder past the deadline itself.
        fireAt: quietShifted < deadline.dueAt ? quietShifted : wanted,
        ...(snoozed !== undefined && { snoozedUntil: snoozed }),
      });
    }
  }
  return plan.sort((a, b) => a.fireAt - b.fireAt);
}

/**
 * The first instant after `now` at which planReminders would plan differently for the same
 * deadlines and earlier plan: a deadline coming within the planning horizon, a lead time passing
 * (it folds into the next), a deadline passing. Undefined: no such moment.
 */
export function planChangesAt(input: {
  deadlines: readonly Deadline[];
  settings: Settings;
  now: number;
  timeZone: string;
}): number | undefined {
  const { deadlines, settings, now, timeZone } = input;
  const horizonMs = planningHorizonMs(settings);
  const leads = sortedLeads(settings);
  const moments: number[] = [];
  for (const deadline of remindable(deadlines, settings)) {
    const reference = leadReference(deadline, timeZone);
    moments.push(deadline.dueAt - horizonMs, deadline.dueAt, ...leads.map((leadMs) => reference - leadMs));
  }
  return firstAfter(moments, now);
}

/** Snoozing re-arms a reminder for later; planReminders keeps the snooze when it re-plans. */
export function snooze(reminder: OrderReminder, until: number): OrderReminder {
  const { firedAt: _fired, ...rest } = reminder;
  return { ...rest, snoozedUntil: until, fireAt: Math.min(until, reminder.dueAt - SNOOZE_MARGIN_MS) };
}

/** A fired reminder keeps its due time (a moved deadline re-plans it) and no longer counts as pending. */
export function markFired(reminder: OrderReminder, at: number): OrderReminder {
  return { ...reminder, firedAt: at };
}
