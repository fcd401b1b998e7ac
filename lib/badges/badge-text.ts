import { deadlinePhrase } from '../format/deadline-phrase';
import { formatDayTime } from '../format/relative-time';
import { URGENCY_LABELS } from '../format/urgency-labels';
import type { Urgency } from '../model/deadline';
import type { OrderBadge } from './order-badge';

export interface BadgeText {
  /** Colour class, the same as the extension pages' chips (`chip-<urgency>`). */
  urgency: Urgency;
  /** No deadline: the badge only says the order is tracked, in a quiet style. */
  quiet: boolean;
  /** What the badge reads: "Buyer protection ends in 4 days", "Overdue: Dispute window closed 2 days ago". */
  text: string;
  /** The badge's accessible name: its visible text first (what a voice user says), then urgency, order, action. */
  label: string;
  /** The panel's line about the deadline: its exact date and who stated it. */
  detail: string;
}

/**
 * Shown when no deadline is known for an order: Buyer Guard read it and keeps watching. Not "nothing
 * due": for a dispute whose dates the page does not show, Buyer Guard cannot promise that.
 */
export const NOTHING_DUE = 'Tracked — no deadline';

/** Pure: the words of one badge at `now`. The colour never carries meaning alone (the words say it too). */
export function badgeText(badge: OrderBadge, now: number): BadgeText {
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
  const phrase = deadlinePhrase(deadline, now);
  const text = deadline.urgency === 'overdue' ? `Overdue: ${phrase}` : phrase;
  const urgencyWord = deadline.urgency === 'overdue' ? '' : ` — ${URGENCY_LABELS[deadline.urgency].toLowerCase()}`;
  const source = deadline.source === 'page' ? 'stated by the page' : 'estimated by Buyer Guard';
  return {
    urgency: deadline.urgency,
    quiet: false,
    text,
    label: `${text}${urgencyWord}. ${whatItDoes(orderId)}`,
    detail: `${deadline.label}: ${formatDayTime(deadline.dueAt)} (${source})`,
  };
}

function whatItDoes(orderId: string): string {
  return `Buyer Guard, order ${orderId}: show the next step`;
}
