import { describe, expect, it, vi } from 'vitest';
import { fakeBrowser } from 'wxt/testing/fake-browser';
import { ingestOrders } from '../../../lib/background/ingest';
import {
  ALARM_NEXT_REMINDER,
  fireDueReminders,
  openNotificationTarget,
  scheduleNextReminder,
  snoozeNotification,
  updateBadge,
} from '../../../lib/background/reminders';
import { writeSettings } from '../../../lib/background/settings-store';
import { deadlineDate } from '../../../lib/format/deadline-format';
import { context, DAY, freshDatabase, NOW, protectedOrder, storedReminders } from './test-data';

function notifications() {
  return Object.entries(fakeBrowser.notifications.getAllCreateOptions());
}

describe('reminders', () => {
  it('sets one alarm for the earliest pending reminder, and none when nothing is pending', async () => {
    const db = freshDatabase();
    expect(await scheduleNextReminder(db)).toBeNull();
    await ingestOrders(
      db,
      [protectedOrder('1000000001', NOW + 10 * DAY), protectedOrder('1000000002', NOW + 5 * DAY)],
      context(),
    );
    expect(await scheduleNextReminder(db)).toBe(NOW + 2 * DAY);
    const alarms = await fakeBrowser.alarms.getAll();
    expect(alarms).toEqual([expect.objectContaining({ name: ALARM_NEXT_REMINDER, scheduledTime: NOW + 2 * DAY })]);
  });

  it('fires what is due as one notification, marks it fired and moves the alarm on', async () => {
    const db = freshDatabase();
    await ingestOrders(
      db,
      [protectedOrder('1000000001', NOW + 2 * DAY, { store: { name: 'Gadget Store' } })],
      context(),
    );
    expect(await fireDueReminders(db, NOW, async () => 'Ask the seller to extend protection')).toBe(1);
    const [[id, options] = []] = notifications();
    expect(id).toMatch(/^bg-reminder:/);
    expect(options).toMatchObject({
      type: 'basic',
      // The one deadline formatter, in the worker's (the browser's) locale and zone.
      title: `Buyer protection ends: ${deadlineDate({ dueAt: NOW + 2 * DAY }, NOW)}`,
      message:
        '2 days left (stated by the page)\nOrder 1000000001 · Gadget Store\nNext step: Ask the seller to extend protection',
    });
    expect(await fireDueReminders(db, NOW + 1000)).toBe(0);
    expect(await scheduleNextReminder(db)).toBe(NOW + DAY);
  });

  it('speaks the buyer’s language: title, time left, order, next step and buttons (Polish)', async () => {
    const db = freshDatabase();
    await writeSettings(db, { language: 'pl' });
    await ingestOrders(db, [protectedOrder('1000000001', NOW + 2 * DAY)], context());
    const locales: string[] = [];
    await fireDueReminders(db, NOW, async (_ref, locale) => {
      locales.push(locale);
      return 'Poproś sprzedawcę o przedłużenie ochrony';
    });
    // The advisor is asked for its step in the same language.
    expect(locales).toEqual(['pl']);
    const [[, options] = []] = notifications();
    expect(options).toMatchObject({
      title: `Koniec Ochrony Kupującego: ${deadlineDate({ dueAt: NOW + 2 * DAY }, NOW, { locale: 'pl' })}`,
      message:
        'pozostało: 2 dni (podane przez stronę)\nZamówienie 1000000001\nNastępny krok: Poproś sprzedawcę o przedłużenie ochrony',
      buttons: [{ title: 'Otwórz stronę zamówienia' }, { title: 'Przypomnij jutro' }],
    });
  });

  it('a deadline moved while its notification is being shown keeps its new reminders (issue 12, break 8)', async () => {
    const db = freshDatabase();
    await ingestOrders(db, [protectedOrder('1000000001', NOW + 2 * DAY)], context());
    const create = fakeBrowser.notifications.create.bind(fakeBrowser.notifications);
    // While the notification is on its way, a reading moves protection 10 days out (the seller extended it).
    vi.spyOn(fakeBrowser.notifications, 'create').mockImplementation(async (...args: unknown[]) => {
      await ingestOrders(db, [protectedOrder('1000000001', NOW + 10 * DAY)], context(NOW + 1_000));
      return (create as (...a: unknown[]) => Promise<string>)(...args);
    });
    expect(await fireDueReminders(db, NOW)).toBe(1);
    const reminders = await storedReminders(db);
    // Both reminders of the new deadline are pending, at their own times: none was marked fired unseen.
    expect(reminders.map((r) => ({ dueAt: r.dueAt, fireAt: r.fireAt, firedAt: r.firedAt }))).toEqual([
      { dueAt: NOW + 10 * DAY, fireAt: NOW + 7 * DAY, firedAt: undefined },
      { dueAt: NOW + 10 * DAY, fireAt: NOW + 9 * DAY, firedAt: undefined },
    ]);
    expect(await scheduleNextReminder(db)).toBe(NOW + 7 * DAY);
  });

  it('marks fired only what it showed: a reminder due at the same time is marked, once', async () => {
    const db = freshDatabase();
    await ingestOrders(db, [protectedOrder('1000000001', NOW + 2 * DAY)], context());
    expect(await fireDueReminders(db, NOW)).toBe(1);
    const fired = (await storedReminders(db)).filter((r) => r.firedAt !== undefined);
    expect(fired.map((r) => r.dueAt)).toEqual([NOW + 2 * DAY]);
    expect(await fireDueReminders(db, NOW + 1_000)).toBe(0);
  });

  it('drops a reminder whose deadline passed long ago without notifying', async () => {
    const db = freshDatabase();
    await ingestOrders(db, [protectedOrder('1000000001', NOW + 2 * DAY)], context());
    // The browser stayed closed until 4 days after the deadline.
    expect(await fireDueReminders(db, NOW + 6 * DAY)).toBe(0);
    expect(notifications()).toEqual([]);
    expect(await scheduleNextReminder(db)).toBeNull();
  });

  it('groups orders that fall due together into a list notification', async () => {
    const db = freshDatabase();
    await ingestOrders(
      db,
      [protectedOrder('1000000001', NOW + 2 * DAY), protectedOrder('1000000002', NOW + DAY / 2)],
      context(),
    );
    expect(await fireDueReminders(db, NOW)).toBe(2);
    const [[, options] = []] = notifications();
    expect(options).toMatchObject({ type: 'list', title: '2 orders need attention' });
  });

  it('opens the order page on click, using the page the order was read from', async () => {
    const db = freshDatabase();
    const detailUrl = 'https://es.aliexpress.com/p/order/detail.html?orderId=1000000001';
    await ingestOrders(db, [protectedOrder('1000000001', NOW + 2 * DAY, { detailUrl })], context());
    await fireDueReminders(db, NOW);
    const [[id = ''] = []] = notifications();
    await openNotificationTarget(id);
    const tabs = await fakeBrowser.tabs.query({});
    expect(tabs.map((t) => t.url)).toContain(detailUrl);
    expect(notifications()).toEqual([]);
  });

  it.each([
    ['another https host', 'https://evil.example/p/order/detail.html?orderId=1000000001'],
    ['a data: page', 'data:text/html,<script>alert(1)</script>'],
    ['a browser page', 'chrome://settings'],
  ])('opens only AliExpress from a click: a stored link to %s opens the standard order page', async (_name, url) => {
    const db = freshDatabase();
    await ingestOrders(db, [protectedOrder('1000000001', NOW + 2 * DAY)], context());
    // Stored as an earlier version (or a backup it imported) could have stored it.
    await db.orders
      .where('ref')
      .equals('aliexpress:1000000001')
      .modify((row) => {
        row.order.detailUrl = url;
      });
    await fireDueReminders(db, NOW);
    const [[id = ''] = []] = notifications();
    const before = new Set((await fakeBrowser.tabs.query({})).map((t) => t.id));
    await openNotificationTarget(id);
    const opened = (await fakeBrowser.tabs.query({})).filter((t) => !before.has(t.id)).map((t) => t.url);
    expect(opened).toEqual(['https://www.aliexpress.com/p/order/detail.html?orderId=1000000001']);
  });

  it('snoozes a notification by a day and re-arms the alarm', async () => {
    const db = freshDatabase();
    await ingestOrders(db, [protectedOrder('1000000001', NOW + 5 * DAY)], context());
    await fireDueReminders(db, NOW + 2 * DAY);
    const [[id = ''] = []] = notifications();
    await snoozeNotification(db, id, NOW + 2 * DAY);
    const reminders = await storedReminders(db);
    expect(reminders[0]).toMatchObject({ fireAt: NOW + 3 * DAY, snoozedUntil: NOW + 3 * DAY });
    expect(reminders[0]?.firedAt).toBeUndefined();
    expect(notifications()).toEqual([]);
  });

  it('ignores clicks on notifications that are not ours', async () => {
    const before = (await fakeBrowser.tabs.query({})).length;
    await openNotificationTarget('someone-else');
    expect(await fakeBrowser.tabs.query({})).toHaveLength(before);
  });

  it('counts urgent and overdue orders on the badge', async () => {
    const db = freshDatabase();
    await ingestOrders(
      db,
      [
        protectedOrder('1000000001', NOW + DAY),
        protectedOrder('1000000002', NOW - DAY),
        protectedOrder('1000000003', NOW + 10 * DAY),
      ],
      context(),
    );
    expect(await updateBadge(db)).toBe(2);
    expect(await fakeBrowser.action.getBadgeText({})).toBe('2');
    expect(await fakeBrowser.action.getBadgeBackgroundColor({})).toEqual(expect.anything());
    // Its title says what the number means, in the buyer's language (Russian: 2 → the "few" form).
    expect(await fakeBrowser.action.getTitle({})).toBe('Buyer Guard: 2 orders have an urgent or overdue deadline');
    await writeSettings(db, { language: 'ru' });
    await updateBadge(db);
    expect(await fakeBrowser.action.getTitle({})).toBe('Buyer Guard: у 2 заказов срочный или просроченный срок');
    await writeSettings(db, { language: 'es' });
    await ingestOrders(db, [protectedOrder('1000000003', NOW + DAY)], context());
    expect(await updateBadge(db)).toBe(3);
    expect(await fakeBrowser.action.getTitle({})).toBe('Buyer Guard: 3 pedidos tienen un plazo urgente o vencido');
  });
});
