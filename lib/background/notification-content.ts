import type { DeadlineRow, OrderRow } from '../db/records';
import { type DeadlineFormatOptions, deadlineView } from '../format/deadline-format';
import { type Translator, translatorFor } from '../i18n/translator';
import { orderPageUrl } from '../pages/order-page-url';

/** One reminder that fell due, with what the buyer needs to recognise the order. */
export interface DueReminder {
  reminderKey: string;
  order: Pick<OrderRow, 'ref' | 'orderId' | 'order'>;
  deadline: Pick<DeadlineRow, 'kind' | 'label' | 'dueAt' | 'dueOn' | 'source'>;
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

function orderLine(reminder: DueReminder, words: Words): string {
  const store = reminder.order.order.store?.name;
  const item = reminder.order.order.items?.[0]?.title;
  return [words.t('notify.order', { orderId: reminder.order.orderId }), store, item && truncate(item, 60)]
    .filter(Boolean)
    .join(' · ');
}

type Words = Pick<Translator, 't' | 'locale'>;

function truncate(text: string, max: number): string {
  return text.length > max ? `${text.slice(0, max - 1)}…` : text;
}

/**
 * What to tell the buyer about reminders that fell due together, in the buyer's language (`words`, the
 * background's buyer translator): one notification, the most urgent first; one order gets its own words
 * and buttons, several are grouped. Dates through the one deadline formatter, in the same language.
 */
export function composeNotification(
  due: readonly DueReminder[],
  now: number,
  options: Pick<DeadlineFormatOptions, 'timeZone'> = {},
  words: Words = translatorFor('en'),
): NotificationContent | null {
  const { t } = words;
  const format = { ...options, locale: words.locale };
  if (due.length === 0) return null;
  const sorted = [...due].sort((a, b) => a.deadline.dueAt - b.deadline.dueAt);
  const refs = [...new Set(sorted.map((d) => d.order.ref))];
  const reminderKeys = sorted.map((d) => d.reminderKey);
  const first = sorted[0] as DueReminder;
  // The deadline in the words of every other view (lib/format/deadline-format.ts): its name, its date, time left.
  const viewOf = (d: DueReminder) => deadlineView(d.deadline, now, format);
  if (refs.length === 1) {
    const view = viewOf(first);
    return {
      title: view.text,
      message: [
        `${view.left} (${view.source})`,
        orderLine(first, words),
        first.nextStep && t('notify.nextStep', { step: first.nextStep }),
      ]
        .filter(Boolean)
        .join('\n'),
      items: [],
      buttons: [{ title: t('notify.openOrderPage') }, { title: t('notify.remindTomorrow') }],
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
  const items = firstPerOrder.slice(0, MAX_LISTED).map((d) => {
    const view = viewOf(d);
    return { title: view.text, message: `${view.left} · ${orderLine(d, words)}` };
  });
  const more = refs.length - items.length;
  return {
    title: t('notify.ordersNeedAttention', { count: refs.length }),
    message: [...items.map((i) => `${i.title}: ${i.message}`), more > 0 ? t('notify.andMore', { count: more }) : '']
      .filter(Boolean)
      .join('\n'),
    items,
    buttons: [{ title: t('notify.openBuyerGuard') }, { title: t('notify.remindTomorrow') }],
    target: { kind: 'orders' },
    reminderKeys,
    refs,
  };
}
