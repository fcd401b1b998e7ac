import { browser } from 'wxt/browser';
import type { BuyerGuardDatabase } from '../db/database';
import { NO_DEADLINE, type OrderRef, type ReminderRow } from '../db/records';
import { orderPageUrl } from '../pages/order-page-url';
import { buyerTranslator } from './buyer-translator';
import { composeNotification, type DueReminder, type NotificationContent } from './notification-content';
import { markFired, snooze } from './plan-reminders';

export const ALARM_NEXT_REMINDER = 'next-reminder';
export const ALARM_SWEEP = 'sweep';
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
  const next = await db.reminders.orderBy('fireAt').first();
  if (!next || next.fireAt >= NO_DEADLINE) {
    await browser.alarms.clear(ALARM_NEXT_REMINDER);
    return null;
  }
  await browser.alarms.create(ALARM_NEXT_REMINDER, { when: next.fireAt });
  return next.fireAt;
}

export async function ensureSweepAlarm(): Promise<void> {
  if (await browser.alarms.get(ALARM_SWEEP)) return;
  await browser.alarms.create(ALARM_SWEEP, { periodInMinutes: SWEEP_PERIOD_MINUTES });
}

interface NotificationTarget {
  target: NotificationContent['target'];
  reminderKeys: string[];
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
  const due = await db.reminders.where('fireAt').belowOrEqual(now).toArray();
  if (due.length === 0) return 0;
  const [orders, deadlines] = await Promise.all([
    db.orders.bulkGet(due.map((r) => r.ref)),
    db.deadlines.bulkGet(due.map((r) => r.deadlineKey)),
  ]);
  const items: DueReminder[] = [];
  due.forEach((reminder, i) => {
    const order = orders[i];
    const deadline = deadlines[i];
    if (order && deadline && deadline.dueAt > now - STALE_AFTER_MS) {
      items.push({ reminderKey: reminder.key, order, deadline });
    }
  });
  const words = await buyerTranslator(db);
  for (const item of items) item.nextStep = await nextStepOf(item.order.ref, words.locale);
  const content = composeNotification(items, now, {}, words);
  if (content) await showNotification(content);
  // Compare-and-set, in one transaction: only a reminder still as it was when it fell due is marked. A
  // reading that moved its deadline while the notification was on its way re-planned it under the same
  // key with a new due time; that new reminder was not shown and must still fire.
  await db.transaction('rw', db.reminders, async () => {
    const current = await db.reminders.bulkGet(due.map((r) => r.key));
    const shown = current.filter(
      (row, i): row is ReminderRow =>
        row !== undefined && row.dueAt === due[i]?.dueAt && row.fireAt === due[i]?.fireAt && row.firedAt === undefined,
    );
    await db.reminders.bulkPut(shown.map((r) => markFired(r, now)));
  });
  return items.length;
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
  await db.transaction('rw', db.reminders, async () => {
    const reminders = await db.reminders.bulkGet(found.reminderKeys);
    await db.reminders.bulkPut(reminders.filter((r) => r !== undefined).map((r) => snooze(r, now + SNOOZE_MS)));
  });
  await browser.notifications.clear(notificationId);
  await scheduleNextReminder(db);
}

/** Toolbar badge: how many orders have an urgent or overdue deadline, and its title saying so in the buyer's language. */
export async function updateBadge(db: BuyerGuardDatabase): Promise<number> {
  const [urgent, overdue] = await Promise.all([
    db.orders.where('urgency').anyOf('urgent', 'overdue').count(),
    db.orders.where('urgency').equals('overdue').count(),
  ]);
  await browser.action.setBadgeText({ text: urgent ? String(Math.min(urgent, 999)) : '' });
  await browser.action.setBadgeBackgroundColor({ color: overdue ? '#b3261e' : '#c25e00' });
  const { t } = await buyerTranslator(db);
  await browser.action.setTitle({
    title: urgent ? t('notify.toolbar.urgent', { count: urgent }) : t('notify.toolbar.none'),
  });
  return urgent;
}
