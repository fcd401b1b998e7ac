// @vitest-environment node
import { describe, expect, it } from 'vitest';
import { createBackground } from '../../../lib/background/service';
import { defaultSettings } from '../../../lib/model/settings';
import { deriveDeadlines } from '../../../lib/rules/order-facts';
import { DAY, freshDatabase, NOW, order, protectedOrder, reading, storedDeadlines } from './test-data';

// The background with the real rules engine: what a buyer's journal does to deadlines and advice.
const page = { sender: { id: 'x', url: 'chrome-extension://x/popup.html' }, senderKind: 'extension-page' as const };
const content = {
  sender: { id: 'x', url: 'https://www.aliexpress.com/p/order/index.html' },
  senderKind: 'content-script' as const,
};

function setup() {
  const db = freshDatabase();
  let clock = NOW;
  const background = createBackground({ db, now: () => clock, timeZone: () => 'Europe/Berlin', deriveDeadlines });
  return { db, h: background.handlers, advance: (ms: number) => (clock += ms) };
}

describe('background with the rules engine', () => {
  it('keeps the page-stated protection end as the deadline and advises from it', async () => {
    const { db, h } = setup();
    const reply = await h.pageReading(reading([protectedOrder('8100000000000001', NOW + 2 * DAY)]), content);
    const [badge] = reply.badges;
    // Worded by the background through the one formatter: the deadline's name, its date, who stated it.
    expect(badge?.text).toMatch(/^Buyer protection ends: /);
    expect(badge?.urgency).toBe('urgent');
    expect(badge?.panel.detail).toMatch(/^Buyer protection ends: .+ — 2 days left \(stated by the page\)$/);
    expect(badge?.panel.title.length).toBeGreaterThan(5);
    expect((await db.orders.get('aliexpress:8100000000000001'))?.urgency).toBe('urgent');
  });

  it('turns a journal entry "dispute opened" into a seller reply deadline', async () => {
    const { db, h } = setup();
    await h.pageReading(
      reading([protectedOrder('8100000000000002', NOW + 20 * DAY, { shippedOn: '2026-11-01' })]),
      content,
    );
    await h.addJournalEntry(
      { orderId: '8100000000000002', kind: 'dispute-opened', reason: 'damaged', resolution: 'full-refund' },
      page,
    );
    const kinds = (await storedDeadlines(db, 'aliexpress:8100000000000002')).map((d) => d.kind);
    expect(kinds).toContain('seller-response-due');
    expect((await db.orders.get('aliexpress:8100000000000002'))?.hasDispute).toBe(1);
  });

  it('uses the buyer’s problem: a damaged item gets dispute advice before protection runs out', async () => {
    const { h } = setup();
    await h.pageReading(reading([protectedOrder('8100000000000003', NOW + 5 * DAY, { status: 'delivered' })]), content);
    const before = (await h.pageReading(reading([order('8100000000000003')]), content)).badges[0]?.panel.title;
    await h.setProblem({ orderId: '8100000000000003', problem: { reason: 'damaged' } }, page);
    const after = (await h.pageReading(reading([order('8100000000000003')]), content)).badges[0]?.panel.title;
    expect(after).not.toBe(before);
    // The advisor's step for a damaged item: the seller first, before a dispute (panel titles, in English).
    expect(after).toBe('Contact the seller first');
  });

  it('derives the same deadlines as the engine would for the stored order', () => {
    const o = protectedOrder('8100000000000004', NOW + 9 * DAY);
    const deadlines = deriveDeadlines({
      order: o,
      journal: [],
      now: NOW,
      timeZone: 'UTC',
      settings: defaultSettings(),
    });
    expect(deadlines.find((d) => d.kind === 'buyer-protection-ends')).toMatchObject({
      dueAt: NOW + 9 * DAY,
      source: 'page',
    });
  });
});
