import type { Deadline, DeadlineKind, Urgency } from '../model/deadline';
import type { Instant } from '../model/time';
import { EXTEND_PROTECTION_ASK_DAYS_BEFORE } from './catalog';

const DAY_MS = 86_400_000;

/**
 * Buyer Guard's own thresholds (no marketplace source): the platform e-mails only 5 and 2 days before
 * protection ends (PLATFORM_REMINDER_DAYS_BEFORE), so Buyer Guard is "urgent" from 3 days — before the
 * platform's last reminder — and "soon" from 7 days, when asking the seller to extend protection is
 * still possible (EXTEND_PROTECTION_ASK_DAYS_BEFORE). Each bound is inclusive.
 */
export const URGENCY_THRESHOLDS = {
  urgentWithinMs: 3 * DAY_MS,
  soonWithinMs: EXTEND_PROTECTION_ASK_DAYS_BEFORE.value.earliest * DAY_MS,
  upcomingWithinMs: 14 * DAY_MS,
} as const;

/** How close a deadline is. `dueAt` is the last instant that still counts: at `dueAt` it is urgent, after it overdue. */
export function urgencyOf(dueAt: Instant, now: Instant): Urgency {
  const left = dueAt - now;
  if (left < 0) return 'overdue';
  if (left <= URGENCY_THRESHOLDS.urgentWithinMs) return 'urgent';
  if (left <= URGENCY_THRESHOLDS.soonWithinMs) return 'soon';
  if (left <= URGENCY_THRESHOLDS.upcomingWithinMs) return 'upcoming';
  return 'none';
}

/**
 * Milestones are moments something becomes possible, not something the buyer can miss: they are at
 * most "upcoming", and nothing once passed.
 */
export const MILESTONE_KINDS: ReadonlySet<DeadlineKind> = new Set<DeadlineKind>([
  'dispute-opens',
  'escalation-possible',
  'escalation-due',
]);

export function milestoneUrgency(at: Instant, now: Instant): Urgency {
  return at >= now && at - now <= URGENCY_THRESHOLDS.upcomingWithinMs ? 'upcoming' : 'none';
}

/**
 * The first instant after `now` at which the urgency of a deadline (or milestone) due at `dueAt`
 * changes, undefined when it never will again: the bounds of urgencyOf and milestoneUrgency, and the
 * moment it passes (the engine tells a passed deadline by `dueAt < now`). Until then a derivation at
 * any later moment gives the same urgency, which lets storage skip deriving again (staleAt).
 */
export function urgencyChangesAt(dueAt: Instant, now: Instant, milestone: boolean): Instant | undefined {
  const bounds = milestone
    ? [dueAt - URGENCY_THRESHOLDS.upcomingWithinMs, dueAt + 1]
    : [
        dueAt - URGENCY_THRESHOLDS.upcomingWithinMs,
        dueAt - URGENCY_THRESHOLDS.soonWithinMs,
        dueAt - URGENCY_THRESHOLDS.urgentWithinMs,
        dueAt + 1,
      ];
  return firstAfter(bounds, now);
}

/** The earliest of `instants` later than `now`, if any. */
export function firstAfter(instants: Iterable<number>, now: number): number | undefined {
  let first: number | undefined;
  for (const at of instants) if (at > now && (first === undefined || at < first)) first = at;
  return first;
}

/** Lower is more urgent. Overdue first: a missed step needs the buyer's attention before anything else. */
export const URGENCY_RANK: Readonly<Record<Urgency, number>> = {
  overdue: 0,
  urgent: 1,
  soon: 2,
  upcoming: 3,
  none: 4,
};

/** Index-friendly key, most urgent first: urgency rank, then due time. Ascending order = most urgent first. */
export function deadlineSortKey(deadline: Pick<Deadline, 'urgency' | 'dueAt'>): number {
  return URGENCY_RANK[deadline.urgency] * 1e13 + deadline.dueAt;
}

/** Most urgent first; at the same moment, what the page states before a page-stated rule before an estimate. */
export function compareDeadlines(a: Deadline, b: Deadline): number {
  return (
    deadlineSortKey(a) - deadlineSortKey(b) ||
    SOURCE_RANK[a.source] - SOURCE_RANK[b.source] ||
    a.kind.localeCompare(b.kind) ||
    a.orderId.localeCompare(b.orderId)
  );
}

const SOURCE_RANK: Readonly<Record<Deadline['source'], number>> = { page: 0, 'page-rule': 1, estimate: 2 };

export function mostUrgentDeadline<D extends Deadline>(deadlines: readonly D[]): D | undefined {
  return [...deadlines].sort(compareDeadlines)[0];
}
