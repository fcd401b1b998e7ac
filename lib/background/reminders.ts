import { browser } from 'wxt/browser';
import type { BuyerGuardDatabase } from '../db/database';
import { attentionRange, nextReminderAt } from '../db/order-row';
import { type OrderRef, type OrderReminder, type OrderRow, parseReminderKey, reminderKey } from '../db/records';
import { orderPageUrl } from '../pages/order-page-url';
import { buyerTranslator } from './buyer-translator';
import { composeNotification, type DueReminder, type NotificationContent } from './notification-content';
import { markFired, snooze } from './plan-reminders';

export const ALARM_NEXT_REMINDER = 'next-reminder';
export const ALARM_SWEEP = 'sweep';
/** When the first stored derivation goes stale (an urgency threshold, a deadline passing): the orders' staleAt. */
export const ALARM_NEXT_REFRESH = 'next-refresh';
/** Safety net and urgency refresh: Chrome may drop alarms on restart, and urgency moves with time. */
const SWEEP_PERIOD_MINUTES = 60;
/** A reminder for a deadline that passed more than this long ago (browser closed for days) is dropped silently. */
const STALE_AFTER_MS = 24 * 60 * 60 * 1000;
const SNOOZE_MS = 24 * 60 * 60 * 1000;
const NOTIFICATION_PREFIX = 'bg-reminder:';

/**
 * One alarm for the earliest pending reminder, not one per reminder: thousands of orders
 * would mean thousands of alarms to rebuild on every start. When it rings, everything due
 * by then fires (grouped) and the next alarm is set.
 */
export async function scheduleNextReminder(db: BuyerGuardDatabase): Promise<number | null> {
  // One indexed read: an order with nothing pending has no nextReminderAt and is not in the index.
  const [next] = await db.orders.orderBy('nextReminderAt').limit(1).keys();
  if (typeof next !== 'number') {
    await browser.alarms.clear(ALARM_NEXT_REMINDER);
    return null;
  }
  await browser.alarms.create(ALARM_NEXT_REMINDER, { when: next });
  return next;
}

/**
 * One alarm for the first moment time changes what a stored row shows (the earliest staleAt, one
 * indexed read): the orders are derived again then, not up to an hour later at the sweep, so the list
 * never shows an urgency or a headline time has moved past for longer than the alarm's delay. A
 * staleAt already past is a row the last refresh could not derive: the hourly sweep retries it, an
 * alarm in the past would ring again at once.
 */
export async function scheduleNextRefresh(db: BuyerGuardDatabase, now: number): Promise<number | null> {
  const [next] = await db.orders.where('staleAt').above(now).limit(1).keys();
  if (typeof next !== 'number') {
    await browser.alarms.clear(ALARM_NEXT_REFRESH);
    return null;
  }
  await browser.alarms.create(ALARM_NEXT_REFRESH, { when: next });
  return next;
}

export async function ensureSweepAlarm(): Promise<void> {
  if (await browser.alarms.get(ALARM_SWEEP)) return;
  await browser.alarms.create(ALARM_SWEEP, { periodInMinutes: SWEEP_PERIOD_MINUTES });
}

interface NotificationTarget {
  target: NotificationContent['target'];
  reminderKeys: string[];
}

/** The reminders of a row that are due by `now` and not fired yet. */
function dueReminders(row: OrderRow, now: number): OrderReminder[] {
  return row.reminders.filter((reminder) => reminder.firedAt === undefined && reminder.fireAt <= now);
}

/** The same reminder as when it fell due: same deadline time, same fire time, still not fired. */
function sameReminder(a: OrderReminder, b: OrderReminder): boolean {
  return (
    a.kind === b.kind &&
    a.leadMs === b.leadMs &&
    a.dueAt === b.dueAt &&
    a.fireAt === b.fireAt &&
    a.firedAt === b.firedAt
  );
}

/**
 * Notifies about every reminder due by `now`, in the buyer's language, then marks them fired. Notifying
 * first means a worker stopped in between repeats a notification rather than losing one.
 */
export async function fireDueReminders(
  db: BuyerGuardDatabase,
  now: number,
  nextStepOf: (ref: OrderRef, locale: string) => Promise<string | undefined> = async () => undefined,
): Promise<number> {
  const orders = await db.orders.where('nextReminderAt').belowOrEqual(now).toArray();
  const due = orders.flatMap((order) => dueReminders(order, now).map((reminder) => ({ order, reminder })));
  if (due.length === 0) return 0;
  const items: DueReminder[] = [];
  for (const { order, reminder } of due) {
    const deadline = order.deadlines.find((d) => d.kind === reminder.kind);
    if (deadline && deadline.dueAt > now - STALE_AFTER_MS) {
      items.push({ reminderKey: reminderKey(order.ref, reminder), order, deadline });
    }
  }
  const words = await buyerTranslator(db);
  for (const item of items) item.nextStep = await nextStepOf(item.order.ref, words.locale);
  const content = composeNotification(items, now, {}, words);
  if (content) await showNotification(content);
  // Compare-and-set, in one transaction: only a reminder still as it was when it fell due is marked. A
  // reading that moved its deadline while the notification was on its way re-planned it with a new
  // due time; that new reminder was not shown and must still fire.
  await db.transaction('rw', db.orders, async () => {
    const current = await db.orders.bulkGet(orders.map((order) => order.ref));
    const marked: OrderRow[] = [];
    for (const row of current) {
      if (!row) continue;
      const shown = due.filter((d) => d.order.ref === row.ref).map((d) => d.reminder);
      let changed = false;
      const reminders = row.reminders.map((reminder) => {
        if (!shown.some((s) => sameReminder(s, reminder))) return reminder;
        changed = true;
        return markFired(reminder, now);
      });
      if (changed) marked.push(withReminders(row, reminders));
    }
    if (marked.length) await db.orders.bulkPut(marked);
  });
  return items.length;
}

/** The row with its reminders replaced, and the index of the next pending one following them. */
function withReminders(row: OrderRow, reminders: OrderReminder[]): OrderRow {
  const { nextReminderAt: _previous, ...rest } = row;
  const next = nextReminderAt(reminders);
  return { ...rest, reminders, ...(next !== undefined && { nextReminderAt: next }) };
}

async function showNotification(content: NotificationContent): Promise<void> {
  const id = `${NOTIFICATION_PREFIX}${content.reminderKeys[0]}:${Date.now()}`;
  const list = !import.meta.env.FIREFOX && content.items.length > 1;
  await browser.notifications.create(id, {
    type: list ? 'list' : 'basic',
    iconUrl: browser.runtime.getURL('/icon/128.png'),
    title: content.title,
    message: content.message,
    ...(list && { items: content.items }),
    // Firefox shows no buttons and rejects the option.
    ...(!import.meta.env.FIREFOX && { buttons: content.buttons, requireInteraction: true, priority: 2 }),
  });
  const target: NotificationTarget = { target: content.target, reminderKeys: content.reminderKeys };
  await browser.storage.session.set({ [id]: target });
}

async function targetOf(notificationId: string): Promise<NotificationTarget | undefined> {
  if (!notificationId.startsWith(NOTIFICATION_PREFIX)) return undefined;
  const stored = await browser.storage.session.get(notificationId);
  return stored[notificationId] as NotificationTarget | undefined;
}

/** A click (or the first button) opens the order's page, or the order list for a group. */
export async function openNotificationTarget(notificationId: string): Promise<void> {
  const found = await targetOf(notificationId);
  if (!found) return;
  const { target } = found;
  // Checked here, where it is opened: the stored link came from a page or a backup.
  const url =
    target.kind === 'order' ? orderPageUrl(target.orderId, target.url) : browser.runtime.getURL('/popup.html');
  await browser.tabs.create({ url });
  await browser.notifications.clear(notificationId);
}

/** "Remind me tomorrow": re-arms the notification's reminders a day later (never past their deadline). */
export async function snoozeNotification(db: BuyerGuardDatabase, notificationId: string, now: number): Promise<void> {
  const found = await targetOf(notificationId);
  if (!found) return;
  const keys = found.reminderKeys.map(parseReminderKey).filter((key) => key !== undefined);
  await db.transaction('rw', db.orders, async () => {
    const rows = await db.orders.bulkGet([...new Set(keys.map((key) => key.ref))]);
    const snoozed = rows
      .filter((row) => row !== undefined)
      .map((row) => {
        const reminders = row.reminders.map((reminder) =>
          keys.some((key) => key.ref === row.ref && key.kind === reminder.kind && key.leadMs === reminder.leadMs)
            ? snooze(reminder, now + SNOOZE_MS)
            : reminder,
        );
        return withReminders(row, reminders);
      });
    await db.orders.bulkPut(snoozed);
  });
  await browser.notifications.clear(notificationId);
  await scheduleNextReminder(db);
}

/** Toolbar badge: how many orders have an urgent or overdue deadline, and its title saying so in the buyer's language. */
export async function updateBadge(db: BuyerGuardDatabase): Promise<number> {
  // Overdue and urgent are the first two urgency ranges of the attention index.
  const [overdueFrom, overdueTo] = attentionRange('overdue');
  const [, urgentTo] = attentionRange('urgent');
  const [urgent, overdue] = await Promise.all([
    db.orders.where('attention').between(overdueFrom, urgentTo).count(),
    db.orders.where('attention').between(overdueFrom, overdueTo).count(),
  ]);
  await browser.action.setBadgeText({ text: urgent ? String(Math.min(urgent, 999)) : '' });
  await browser.action.setBadgeBackgroundColor({ color: overdue ? '#b3261e' : '#c25e00' });
  const { t } = await buyerTranslator(db);
  await browser.action.setTitle({
    title: urgent ? t('notify.toolbar.urgent', { count: urgent }) : t('notify.toolbar.none'),
  });
  return urgent;
}
