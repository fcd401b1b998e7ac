// @vitest-environment node
// Node's own Blob survives fake-indexeddb's structured clone; happy-dom's does not.
import { strToU8 } from 'fflate';
import { describe, expect, it, vi } from 'vitest';
import { fakeBrowser } from 'wxt/testing/fake-browser';
import { GUIDE_ORDER_KEY } from '../../../lib/background/open-guide';
import { createBackground } from '../../../lib/background/service';
import { readTabReading } from '../../../lib/background/tab-readings';
import { exportBackupJson } from '../../../lib/db/export-backup';
import { sha256Hex } from '../../../lib/evidence/sha256-hex';
import { deadlineDate } from '../../../lib/format/deadline-format';
import { bytesToBase64 } from '../../../lib/messaging/chunks';
import type { HandlerContext } from '../../../lib/messaging/dispatch';
import { deriveDeadlines } from '../../../lib/rules/order-facts';
import { URGENCY_THRESHOLDS, urgencyOf } from '../../../lib/rules/urgency';
import {
  DAY,
  freshDatabase,
  NOW,
  order,
  protectedOrder,
  reading,
  storedDeadlines,
  storedReminders,
  tableDeriver,
} from './test-data';

const page: HandlerContext = {
  sender: { id: 'x', url: 'chrome-extension://x/options.html' },
  senderKind: 'extension-page',
};
const content: HandlerContext = {
  sender: { id: 'x', url: 'https://www.aliexpress.com/p/order/index.html' },
  senderKind: 'content-script',
};

function setup(now = NOW) {
  const db = freshDatabase();
  let clock = now;
  const background = createBackground({ db, now: () => clock, timeZone: () => 'UTC', deriveDeadlines: tableDeriver });
  return { db, background, h: background.handlers, advance: (ms: number) => (clock += ms) };
}

async function upload(h: ReturnType<typeof setup>['h'], bytes: Uint8Array, chunkSize = 4): Promise<string> {
  const uploadId = crypto.randomUUID();
  const total = Math.max(1, Math.ceil(bytes.length / chunkSize));
  for (let index = 0; index < total; index++) {
    const data = bytesToBase64(bytes.subarray(index * chunkSize, (index + 1) * chunkSize));
    await h.uploadChunk({ uploadId, index, total, data }, page);
  }
  return uploadId;
}

describe('background service', () => {
  it('ingests a reading and answers with each order’s badge, worded through the one formatter', async () => {
    const { db, h } = setup();
    const reply = await h.pageReading(
      reading([protectedOrder('1000000001', NOW + 4 * DAY), order('1000000002', { status: 'awaiting-shipment' })]),
      content,
    );
    const date = deadlineDate({ dueAt: NOW + 4 * DAY }, NOW, { locale: 'en', timeZone: 'UTC' });
    expect(reply).toMatchObject({
      created: 2,
      badges: [
        {
          orderId: '1000000001',
          urgency: 'soon',
          quiet: false,
          text: `Buyer protection ends: ${date}`,
          panel: {
            brand: 'Buyer Guard · order 1000000001',
            detail: `Buyer protection ends: ${date} — 4 days left (stated by the page)`,
          },
        },
        { orderId: '1000000002', urgency: 'none', quiet: true, text: 'Tracked — no deadline' },
      ],
      words: { openGuide: 'Open the guide', close: 'Close' },
    });
    expect(await db.orders.count()).toBe(2);
    expect(await fakeBrowser.alarms.get('next-reminder')).toMatchObject({ scheduledTime: NOW + DAY });
  });

  it('gives no badge to an order with nothing to act on; a deadline, a dispute or a problem keeps it', async () => {
    const { h } = setup();
    const finished = [
      order('1000000011', { status: 'completed' }),
      order('1000000012', { status: 'closed' }),
      order('1000000013', { status: 'completed', dispute: { status: 'closed' } }),
      order('1000000014', { status: 'completed' }),
      protectedOrder('1000000015', NOW + 4 * DAY, { status: 'completed' }),
      order('1000000016'),
    ];
    await h.pageReading(reading(finished), content);
    // The buyer says the finished order 1000000014 arrived broken: a case, so it keeps its badge.
    await h.setProblem({ orderId: '1000000014', problem: { reason: 'damaged' } }, page);
    const reply = await h.pageReading(reading(finished), content);
    // Completed (11) and closed or cancelled (12) with no deadline and no case: no grey "Tracked" badge.
    // A dispute (13), a problem (14), a deadline (15) or a status not read (16): a badge.
    expect(reply.badges.map((b) => b.orderId)).toEqual(['1000000013', '1000000014', '1000000015', '1000000016']);
  });

  it('states on the panel that tracking has been silent for N days (the advisor’s fact, TRACKING_SILENT_DAYS)', async () => {
    const { h } = setup();
    const silent = (orderId: string, days: number) =>
      protectedOrder(orderId, NOW + 30 * DAY, {
        tracking: { events: [{ at: NOW - days * DAY - 3_600_000, description: 'Departed', stage: 'in-transit' }] },
      });
    const reply = await h.pageReading(reading([silent('1000000021', 26), silent('1000000022', 5)]), content);
    const [long, short] = reply.badges;
    // The advisor's step here is that rule's own ("Ask the seller where the parcel is"): its why says it.
    expect(long?.panel.title).toBe('Ask the seller where the parcel is');
    expect(long?.panel.why).toMatch(/^Tracking has not moved for 26 days \(last update /);
    expect(long?.panel.facts).toEqual([]);
    // When the step is another (a dispute already open and answered), the panel states the fact itself.
    await h.addJournalEntry(
      { orderId: '1000000021', kind: 'dispute-opened', reason: 'not-received', resolution: 'full-refund' },
      page,
    );
    const after = (await h.pageReading(reading([silent('1000000021', 26)]), content)).badges[0];
    expect(after?.panel.title).toBe('Wait for the seller’s response');
    expect(after?.panel.facts).toEqual(['Tracking has not moved for 26 days.']);
    expect(after?.panel.why).not.toContain('Tracking has not moved');
    // Under the threshold it is not a fact worth stating.
    expect(short?.panel.facts).toEqual([]);
    expect(short?.panel.why).not.toMatch(/Tracking has not moved/);
  });

  it('words the badges, the panel and the notice in the buyer’s language (Spanish, Polish)', async () => {
    const { h } = setup();
    await h.updateSettings({ language: 'es' }, page);
    const es = await h.pageReading(reading([protectedOrder('1000000001', NOW + 4 * DAY)]), content);
    const date = (locale: string) => deadlineDate({ dueAt: NOW + 4 * DAY }, NOW, { locale, timeZone: 'UTC' });
    expect(es.badges[0]).toMatchObject({
      text: `Fin de la protección al comprador: ${date('es')}`,
      panel: {
        brand: 'Buyer Guard · pedido 1000000001',
        detail: `Fin de la protección al comprador: ${date('es')} — quedan 4 días (indicado por la página)`,
      },
    });
    expect(es.words).toMatchObject({ openGuide: 'Abrir la guía', close: 'Cerrar' });
    await h.updateSettings({ language: 'pl' }, page);
    const pl = await h.pageReading(reading([protectedOrder('1000000001', NOW + 4 * DAY)]), content);
    expect(pl.badges[0]?.text).toBe(`Koniec Ochrony Kupującego: ${date('pl')}`);
    expect(pl.badges[0]?.label).toMatch(
      /, pozostało: 4 dni \(podane przez stronę\) — [a-ząćęłńóśźż]+\. Buyer Guard, zamówienie 1000000001: /,
    );
    expect(pl.words.openGuide).toBe('Otwórz przewodnik');
  });

  it('remembers per tab what its last reading showed, for the side panel, and forgets a closed tab', async () => {
    const { background, h } = setup();
    const fromTab = (id: number) => ({ ...content, sender: { ...content.sender, tab: { id } } }) as typeof content;
    await h.pageReading(reading([order('1000000001'), order('1000000002')]), fromTab(7));
    await h.pageReading(reading([order('1000000003')]), fromTab(9));
    expect((await readTabReading(7))?.orderIds).toEqual(['1000000001', '1000000002']);
    expect((await readTabReading(9))?.orderIds).toEqual(['1000000003']);
    // The tab's next reading replaces its record; another tab's stays.
    await h.pageReading(reading([order('1000000004')]), fromTab(7));
    expect((await readTabReading(7))?.orderIds).toEqual(['1000000004']);
    await background.onTabRemoved(7);
    expect(await readTabReading(7)).toBeNull();
    expect(await readTabReading(9)).not.toBeNull();
    // A reading without a tab (a test harness, a page without one) records none.
    await h.pageReading(reading([order('1000000005')]), content);
    expect(await readTabReading(7)).toBeNull();
  });

  it('stores evidence sent in chunks with its hash, and refuses it for an unknown order', async () => {
    const { db, h } = setup();
    await h.pageReading(reading([order('1000000001')]), content);
    const bytes = new Uint8Array(37).map((_, i) => i);
    const uploadId = await upload(h, bytes);
    const meta = {
      kind: 'photo' as const,
      name: 'a.png',
      type: 'image/png',
      caption: 'Scratch',
      checklistItemIds: [],
      warnings: [],
    };
    const added = await h.addEvidence({ uploadId, orderId: '1000000001', ...meta }, page);
    expect(added).toEqual({ id: expect.any(String), sha256: await sha256Hex(bytes), size: 37 });
    const stored = await db.evidence.get(added.id);
    if (!stored) throw new Error('evidence not stored');
    expect(new Uint8Array(await stored.blob.arrayBuffer())).toEqual(bytes);
    expect(await db.uploads.count()).toBe(0);

    const other = await upload(h, bytes);
    await expect(h.addEvidence({ uploadId: other, orderId: '1000000099', ...meta }, page)).rejects.toThrow(
      'not tracked',
    );

    await h.updateEvidence({ id: added.id, caption: 'Deep scratch', checklistItemIds: ['close-up'] }, page);
    expect(await db.evidence.get(added.id)).toMatchObject({ caption: 'Deep scratch', checklistItemIds: ['close-up'] });
    await h.deleteEvidence({ id: added.id }, page);
    expect(await db.evidence.count()).toBe(0);
  });

  it('imports a backup sent in chunks, and rejects a corrupt one without changing anything', async () => {
    const source = setup();
    await source.h.pageReading(reading([protectedOrder('1000000001', NOW + 4 * DAY)]), content);
    const json = strToU8(await exportBackupJson(source.db, NOW, '0.1.0'));

    const { db, h } = setup();
    await h.pageReading(reading([order('1000000005')]), content);
    expect(await h.importBackup({ uploadId: await upload(h, json, 1000), mode: 'merge' }, page)).toMatchObject({
      ok: true,
      orders: 1,
    });
    expect(await db.orders.count()).toBe(2);

    const corrupt = json.slice(0, json.length / 2);
    const result = await h.importBackup({ uploadId: await upload(h, corrupt, 1000), mode: 'replace' }, page);
    expect(result).toEqual({ ok: false, error: expect.stringContaining('not valid JSON') });
    expect(await db.orders.count()).toBe(2);
    expect(await db.uploads.count()).toBe(0);
  });

  it('journals against tracked orders only', async () => {
    const { db, h } = setup();
    await h.pageReading(reading([order('1000000001')]), content);
    await h.addJournalEntry({ orderId: '1000000001', kind: 'contacted-seller', text: 'Asked for tracking' }, page);
    expect(await db.journal.where('ref').equals('aliexpress:1000000001').toArray()).toMatchObject([
      { at: NOW, kind: 'contacted-seller', text: 'Asked for tracking' },
    ]);
    await expect(h.addJournalEntry({ orderId: '1000000002', kind: 'note', text: '' }, page)).rejects.toThrow(
      'not tracked',
    );
  });

  it('re-plans reminders for every order when lead times change', async () => {
    const { db, h } = setup();
    await h.pageReading(reading([protectedOrder('1000000001', NOW + 10 * DAY)]), content);
    expect(await storedReminders(db)).toHaveLength(2);
    const settings = await h.updateSettings({ leadTimesMs: [7 * DAY, 3 * DAY, DAY] }, page);
    expect(settings.leadTimesMs).toEqual([7 * DAY, 3 * DAY, DAY]);
    expect((await storedReminders(db)).map((r) => r.fireAt)).toEqual([NOW + 3 * DAY, NOW + 7 * DAY, NOW + 9 * DAY]);
  });

  it('deletes one order with everything attached, or all data', async () => {
    const { db, h } = setup();
    await h.pageReading(reading([protectedOrder('1000000001', NOW + 4 * DAY), order('1000000002')]), content);
    await h.addJournalEntry({ orderId: '1000000001', kind: 'note', text: 'x' }, page);
    await h.deleteOrder({ orderId: '1000000001' }, page);
    expect(await db.orders.toCollection().primaryKeys()).toEqual(['aliexpress:1000000002']);
    expect(await storedDeadlines(db, 'aliexpress:1000000001')).toEqual([]);
    expect(await db.journal.count()).toBe(0);
    await h.clearAllData({ confirm: 'delete everything' }, page);
    expect(await db.orders.count()).toBe(0);
    expect(await fakeBrowser.action.getBadgeText({})).toBe('');
  });

  it('sweeps after a restart: fires reminders that fell due while closed and refreshes urgency', async () => {
    const { db, h, background, advance } = setup();
    await h.pageReading(reading([protectedOrder('1000000001', NOW + 4 * DAY)]), content);
    expect((await db.orders.get('aliexpress:1000000001'))?.urgency).toBe('soon');
    // The browser was closed for three days; the 3-day reminder was missed.
    advance(3 * DAY);
    await background.sweep();
    expect(Object.values(fakeBrowser.notifications.getAllCreateOptions())).toMatchObject([
      { title: `Buyer protection ends: ${deadlineDate({ dueAt: NOW + 4 * DAY }, NOW + 3 * DAY)}` },
    ]);
    expect((await db.orders.get('aliexpress:1000000001'))?.urgency).toBe('urgent');
    expect(await fakeBrowser.alarms.get('sweep')).toBeDefined();
    expect(await fakeBrowser.action.getBadgeText({})).toBe('1');
  });

  it('fires reminders when the alarm rings', async () => {
    const { h, background, advance } = setup();
    await h.pageReading(reading([protectedOrder('1000000001', NOW + 10 * DAY)]), content);
    advance(7 * DAY);
    await background.onAlarm({ name: 'next-reminder' });
    expect(Object.values(fakeBrowser.notifications.getAllCreateOptions())).toMatchObject([
      { title: `Buyer protection ends: ${deadlineDate({ dueAt: NOW + 10 * DAY }, NOW + 7 * DAY)}` },
    ]);
    expect(await fakeBrowser.alarms.get('next-reminder')).toMatchObject({ scheduledTime: NOW + 9 * DAY });
  });
  it('derives rows again when time moves their urgency: the next-refresh alarm rings at the earliest staleAt, and a page opening brings stale rows up to date', async () => {
    const db = freshDatabase();
    let clock = NOW;
    const background = createBackground({ db, now: () => clock, timeZone: () => 'UTC', deriveDeadlines });
    const ref = 'aliexpress:1000000001';
    const dueAt = NOW + 10 * DAY;
    await background.handlers.pageReading(reading([protectedOrder('1000000001', dueAt)]), content);
    const first = await db.orders.get(ref);
    expect(first?.urgency).toBe(urgencyOf(dueAt, NOW));
    // The alarm is set to the moment the urgency changes, not to the hourly sweep.
    expect(first?.staleAt).toBe(dueAt - URGENCY_THRESHOLDS.soonWithinMs);
    expect(await fakeBrowser.alarms.get('next-refresh')).toMatchObject({ scheduledTime: first?.staleAt });

    clock = first?.staleAt as number;
    await background.onAlarm({ name: 'next-refresh' });
    const second = await db.orders.get(ref);
    expect(second?.urgency).toBe(urgencyOf(dueAt, clock));
    expect(second?.urgency).not.toBe(first?.urgency);
    expect(await fakeBrowser.alarms.get('next-refresh')).toMatchObject({ scheduledTime: second?.staleAt });

    // The alarm has not rung yet (Chrome may delay it) when the popup opens: its status request refreshes.
    clock = (second?.staleAt as number) + 60_000;
    await background.handlers.getStatus({}, page);
    await vi.waitFor(async () => expect((await db.orders.get(ref))?.urgency).toBe(urgencyOf(dueAt, clock)));
  });

  describe('openGuide (a badge\u2019s "Open the guide")', () => {
    const fromTab: HandlerContext = {
      sender: { ...content.sender, frameId: 0, tab: { id: 7, windowId: 3, index: 2 } },
      senderKind: 'content-script',
    };
    const guideTabs = async () =>
      (await fakeBrowser.tabs.query({})).map((tab) => tab.url).filter((url) => url?.includes('popup.html'));

    it('opens the toolbar popup in the page’s window, with the order remembered for it in session storage', async () => {
      const { h } = setup();
      const openPopup = vi.fn(() => Promise.resolve());
      fakeBrowser.action.openPopup = openPopup;
      expect(await h.openGuide({ orderId: '1000000001' }, fromTab)).toEqual({ opened: 'popup' });
      expect(openPopup).toHaveBeenCalledWith({ windowId: 3 });
      expect(await fakeBrowser.storage.session.get(GUIDE_ORDER_KEY)).toEqual({ [GUIDE_ORDER_KEY]: '1000000001' });
      expect(await guideTabs()).toEqual([]);
    });

    it('falls back to popup.html?order=<id> in a tab beside the page when the popup cannot open', async () => {
      const { h } = setup();
      fakeBrowser.action.openPopup = vi.fn(() => Promise.reject(new Error('openPopup requires a user gesture')));
      expect(await h.openGuide({ orderId: '1000000001' }, fromTab)).toEqual({ opened: 'tab' });
      expect(await guideTabs()).toEqual([`chrome-extension://${fakeBrowser.runtime.id}/popup.html?order=1000000001`]);
      // The toolbar popup, opened later by hand, must not jump to this order.
      expect(await fakeBrowser.storage.session.get(GUIDE_ORDER_KEY)).toEqual({});
    });

    it('opens one tab however often it is asked, at once or later: the same tab moves to the latest order', async () => {
      const { h } = setup();
      fakeBrowser.action.openPopup = vi.fn(() => Promise.reject(new Error('openPopup requires a user gesture')));
      await Promise.all(
        ['1000000001', '1000000002', '1000000003', '1000000004'].map((orderId) => h.openGuide({ orderId }, fromTab)),
      );
      expect(await guideTabs()).toHaveLength(1);
      await h.openGuide({ orderId: '1000000005' }, fromTab);
      expect(await guideTabs()).toEqual([`chrome-extension://${fakeBrowser.runtime.id}/popup.html?order=1000000005`]);
    });

    it('opens a new tab once the buyer closed the guide’s', async () => {
      const { h } = setup();
      fakeBrowser.action.openPopup = vi.fn(() => Promise.reject(new Error('openPopup requires a user gesture')));
      const create = vi.spyOn(fakeBrowser.tabs, 'create');
      await h.openGuide({ orderId: '1000000001' }, fromTab);
      // Closed by the buyer: the browser no longer knows the tab.
      vi.spyOn(fakeBrowser.tabs, 'get').mockRejectedValue(new Error('No tab with id'));
      await h.openGuide({ orderId: '1000000002' }, fromTab);
      expect(create.mock.calls.map(([options]) => options.url)).toEqual([
        `chrome-extension://${fakeBrowser.runtime.id}/popup.html?order=1000000001`,
        `chrome-extension://${fakeBrowser.runtime.id}/popup.html?order=1000000002`,
      ]);
    });
  });
});
