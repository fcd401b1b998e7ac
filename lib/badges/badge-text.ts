import { type DeadlineFormatOptions, deadlineView } from '../format/deadline-format';
import { DEADLINE_WORDS } from '../format/deadline-words';
import { URGENCY_LABELS } from '../format/urgency-labels';
import type { Urgency } from '../model/deadline';
import type { OrderBadge } from './order-badge';

export interface BadgeText {
  /** Colour class, the same as the extension pages' chips (`chip-<urgency>`). */
  urgency: Urgency;
  /** No deadline: the badge only says the order is tracked, in a quiet style. */
  quiet: boolean;
  /** What the badge reads: "Buyer protection ends: Dec 3, 3:29 PM", "Overdue: Last day to open a dispute: …". */
  text: string;
  /** The badge's accessible name: its visible text first (what a voice user says), then time left, urgency, order, action. */
  label: string;
  /** The panel's line about the deadline: the same date, the time left and who stated it. */
  detail: string;
}

/**
 * Shown when no deadline is known for an order: Buyer Guard read it and keeps watching. Not "nothing
 * due": for a dispute whose dates the page does not show, Buyer Guard cannot promise that.
 */
export const NOTHING_DUE = 'Tracked — no deadline';

/**
 * Pure: the words of one badge at `now`, through the one deadline formatter (the same date as the
 * popup, the guide and the notification). The colour never carries meaning alone (the words say it too).
 */
export function badgeText(badge: OrderBadge, now: number, options: DeadlineFormatOptions = {}): BadgeText {
  const { deadline, orderId } = badge;
  if (!deadline) {
    return {
      urgency: 'none',
      quiet: true,
      text: NOTHING_DUE,
      label: `${NOTHING_DUE}. ${whatItDoes(orderId)}`,
      detail: 'No deadline is known for this order.',
    };
  }
  const view = deadlineView(deadline, now, options);
  const text = deadline.urgency === 'overdue' ? `${DEADLINE_WORDS.overdue}: ${view.text}` : view.text;
  const urgencyWord = deadline.urgency === 'overdue' ? '' : ` — ${URGENCY_LABELS[deadline.urgency].toLowerCase()}`;
  return {
    urgency: deadline.urgency,
    quiet: false,
    text,
    label: `${text}, ${view.left} (${view.source})${urgencyWord}. ${whatItDoes(orderId)}`,
    detail: view.line,
  };
}

function whatItDoes(orderId: string): string {
  return `Buyer Guard, order ${orderId}: show the next step`;
}
