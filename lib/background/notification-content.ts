import type { DeadlineRow, OrderRow } from '../db/records';
import { orderPageUrl } from '../pages/order-page-url';

/** One reminder that fell due, with what the buyer needs to recognise the order. */
export interface DueReminder {
  reminderKey: string;
  order: Pick<OrderRow, 'ref' | 'orderId' | 'order'>;
  deadline: Pick<DeadlineRow, 'kind' | 'label' | 'dueAt' | 'source'>;
  /** The advisor's next step, one line ("Open a dispute"). */
  nextStep?: string;
}

export interface NotificationContent {
  title: string;
  message: string;
  /** Shown when there are several orders (Chrome's "list" notification); others use `message`. */
  items: { title: string; message: string }[];
  buttons: { title: string }[];
  /** What a click opens: one order's page (checked: orderPageUrl), or the list of orders. */
  target: { kind: 'order'; ref: string; orderId: string; url: string } | { kind: 'orders' };
  reminderKeys: string[];
  refs: string[];
}

const MAX_LISTED = 5;

/** "in 3 days", "in 5 hours", "now" — rounded down so the buyer is never told there is more time than there is. */
export function timeLeft(dueAt: number, now: number): string {
  const ms = dueAt - now;
  if (ms <= 0) return 'now';
  const hours = Math.floor(ms / 3_600_000);
  if (hours < 1) return 'in less than an hour';
  if (hours < 48) return `in ${hours} hour${hours === 1 ? '' : 's'}`;
  return `in ${Math.floor(hours / 24)} days`;
}

function orderLine(reminder: DueReminder): string {
  const store = reminder.order.order.store?.name;
  const item = reminder.order.order.items?.[0]?.title;
  return [`Order ${reminder.order.orderId}`, store, item && truncate(item, 60)].filter(Boolean).join(' · ');
}

function truncate(text: string, max: number): string {
  return text.length > max ? `${text.slice(0, max - 1)}…` : text;
}

/**
 * What to tell the buyer about reminders that fell due together: one notification, the most
 * urgent first; one order gets its own words and buttons, several are grouped.
 */
export function composeNotification(due: readonly DueReminder[], now: number): NotificationContent | null {
  if (due.length === 0) return null;
  const sorted = [...due].sort((a, b) => a.deadline.dueAt - b.deadline.dueAt);
  const refs = [...new Set(sorted.map((d) => d.order.ref))];
  const reminderKeys = sorted.map((d) => d.reminderKey);
  const first = sorted[0] as DueReminder;
  if (refs.length === 1) {
    const estimate = first.deadline.source === 'estimate' ? ' (estimated)' : '';
    return {
      title: `${first.deadline.label} ${timeLeft(first.deadline.dueAt, now)}${estimate}`,
      message: [orderLine(first), first.nextStep && `Next step: ${first.nextStep}`].filter(Boolean).join('\n'),
      items: [],
      buttons: [{ title: 'Open order page' }, { title: 'Remind me tomorrow' }],
      target: {
        kind: 'order',
        ref: first.order.ref,
        orderId: first.order.orderId,
        url: orderPageUrl(first.order.orderId, first.order.order.detailUrl),
      },
      reminderKeys,
      refs,
    };
  }
  const firstPerOrder = refs.map((ref) => sorted.find((d) => d.order.ref === ref) as DueReminder);
  const items = firstPerOrder.slice(0, MAX_LISTED).map((d) => ({
    title: `${d.deadline.label} ${timeLeft(d.deadline.dueAt, now)}`,
    message: orderLine(d),
  }));
  const more = refs.length - items.length;
  return {
    title: `${refs.length} orders need attention`,
    message: [...items.map((i) => `${i.title}: ${i.message}`), more > 0 ? `…and ${more} more` : '']
      .filter(Boolean)
      .join('\n'),
    items,
    buttons: [{ title: 'Open Buyer Guard' }, { title: 'Remind me tomorrow' }],
    target: { kind: 'orders' },
    reminderKeys,
    refs,
  };
}
