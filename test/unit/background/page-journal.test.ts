import { describe, expect, it } from 'vitest';
import { ingestOrders } from '../../../lib/background/ingest';
import { pageEntryId, pageJournalEntries } from '../../../lib/background/page-journal';
import type { JournalRow } from '../../../lib/db/records';
import type { DisputeOnPage } from '../../../lib/model/order';
import { defaultSettings } from '../../../lib/model/settings';
import { adviseOrder, deriveDeadlines, disputeOf } from '../../../lib/rules/order-facts';
import { DAY, freshDatabase, NOW, order } from './test-data';

const REF = 'aliexpress:8240000000000011' as const;
const ORDER_ID = '8240000000000011';

const awaitingSeller: DisputeOnPage = {
  status: 'opened',
  statusText: 'Waiting for the seller to respond',
  id: '6230000000000111',
  reason: 'not-received',
  reasonText: 'Package not received',
  requestedResolution: 'full-refund',
  refundAmount: { amount: 18.99, currency: 'USD' },
  openedOn: '2026-11-12T14:22',
};

const sellerProposed: DisputeOnPage = {
  ...awaitingSeller,
  status: 'counter-offer',
  statusText: 'Seller proposed a solution',
  offer: { from: 'seller', resolution: 'resend', raw: "Seller's proposal: Resend the item" },
  escalation: 'not-yet',
};

function entries(dispute: DisputeOnPage | undefined, journal: JournalRow[] = [], now = NOW) {
  return pageJournalEntries({ ref: REF, orderId: ORDER_ID, dispute, journal, now, timeZone: 'Europe/Berlin' });
}

describe('pageJournalEntries', () => {
  it('records a dispute the page shows as opened, at the time the page states, in the buyer zone', () => {
    expect(entries(awaitingSeller)).toEqual([
      {
        id: `page:${ORDER_ID}:dispute-opened:6230000000000111`,
        orderId: ORDER_ID,
        ref: REF,
        kind: 'dispute-opened',
        reason: 'not-received',
        resolution: 'full-refund',
        amount: { amount: 18.99, currency: 'USD' },
        text: 'Package not received',
        at: Date.parse('2026-11-12T13:22:00Z'),
        source: 'page',
      },
    ]);
  });

  it('adds only what is new: the same page twice adds nothing, a proposal adds one entry', () => {
    const first = entries(awaitingSeller);
    expect(entries(awaitingSeller, first)).toEqual([]);
    const second = entries(sellerProposed, first, NOW + DAY);
    expect(second).toEqual([
      {
        id: `page:${ORDER_ID}:offer-received:resend:`,
        orderId: ORDER_ID,
        ref: REF,
        kind: 'offer-received',
        resolution: 'resend',
        text: "Seller's proposal: Resend the item",
        at: NOW + DAY,
        source: 'page',
      },
    ]);
    expect(entries(sellerProposed, [...first, ...second], NOW + 2 * DAY)).toEqual([]);
  });

  it('writes nothing for a dispute whose opening day the page does not state: no case is dated "now"', () => {
    const fromList: DisputeOnPage = {
      status: 'counter-offer',
      statusText: 'Seller proposed: resend the item',
      offer: { from: 'seller', resolution: 'resend', raw: 'Seller proposed: resend the item' },
    };
    expect(entries(fromList)).toEqual([]);
    expect(entries({ status: 'opened', statusText: 'Dispute in progress' })).toEqual([]);
  });

  it('reads the same proposal on My Orders and on the case page as one', () => {
    const first = entries(awaitingSeller);
    const fromList: DisputeOnPage = {
      status: 'counter-offer',
      statusText: 'Seller proposed: resend the item',
      offer: { from: 'seller', resolution: 'resend', raw: 'Seller proposed: resend the item' },
    };
    // The case is in the journal: My Orders' line adds the proposal to it.
    const second = entries(fromList, first, NOW + DAY);
    expect(second.map((entry) => entry.kind)).toEqual(['offer-received']);
    expect(entries(sellerProposed, [...first, ...second], NOW + 2 * DAY)).toEqual([]);
  });

  it('keeps the order of events inside one reading and after what the journal holds', () => {
    const decided: DisputeOnPage = {
      ...sellerProposed,
      status: 'decided',
      escalation: 'escalated',
      decision: {
        outcome: 'buyer-favour',
        refund: { amount: 18.99, currency: 'USD' },
        returnRequired: false,
        raw: "AliExpress' decision: Full refund US $18.99",
      },
    };
    const added = entries(decided, [], NOW);
    expect(added.map((entry) => entry.kind)).toEqual(['dispute-opened', 'offer-received', 'escalated', 'decision']);
    const times = added.map((entry) => entry.at);
    expect([...times].sort((a, b) => a - b)).toEqual(times);
    expect(new Set(times).size).toBe(times.length);
    expect(Math.max(...times)).toBe(NOW);
    expect(added.at(-1)).toMatchObject({
      kind: 'decision',
      outcome: 'buyer-favour',
      amount: { amount: 18.99, currency: 'USD' },
      returnRequired: false,
    });
  });

  it('keeps events a millisecond apart when the opening is not behind the reading (a page day in another zone)', () => {
    const decided: DisputeOnPage = {
      ...sellerProposed,
      status: 'decided',
      escalation: 'escalated',
      decision: { outcome: 'buyer-favour', raw: "AliExpress' decision: Full refund" },
    };
    // Read a moment after the stated opening: the events after it may not share one instant, or
    // they would fold in whatever order they are read back.
    const opened = Date.parse('2026-11-12T13:22:00Z');
    const added = entries(decided, [], opened + 1);
    const times = added.map((entry) => entry.at);
    expect(times[0]).toBe(opened);
    expect([...times].sort((a, b) => a - b)).toEqual(times);
    expect(new Set(times).size).toBe(times.length);
  });

  it('does not open a second case over the dispute the buyer recorded', () => {
    const buyer: JournalRow = {
      id: 'b1',
      ref: REF,
      orderId: ORDER_ID,
      at: NOW - 5 * DAY,
      kind: 'dispute-opened',
      reason: 'not-received',
    };
    expect(entries(sellerProposed, [buyer]).map((entry) => entry.kind)).toEqual(['offer-received']);
  });

  it('opens a new case when the page shows another case id than the one recorded (a reopened dispute)', () => {
    const first = entries({ ...awaitingSeller, status: 'closed' });
    const reopened = entries({ ...awaitingSeller, id: '6230000000000999' }, first, NOW + DAY);
    expect(reopened.map((entry) => entry.id)).toEqual([`page:${ORDER_ID}:dispute-opened:6230000000000999`]);
  });

  it('writes nothing without a dispute, nor for an opening time in the future', () => {
    expect(entries(undefined)).toEqual([]);
    expect(entries({ status: 'none' })).toEqual([]);
    expect(entries({ ...awaitingSeller, openedOn: '2027-01-01T00:00' })).toEqual([]);
  });

  it('names entries by order and fact', () => {
    expect(pageEntryId('8240000000000011', 'escalated')).toBe('page:8240000000000011:escalated');
  });
});

describe('ingest: a dispute page updates the case through the journal', () => {
  const context = (now = NOW) => ({ now, timeZone: 'Europe/Berlin', settings: defaultSettings(), deriveDeadlines });

  it('adds the page entries once, and the rules engine sees the seller proposal to answer', async () => {
    const db = freshDatabase();
    await ingestOrders(db, [order(ORDER_ID, { status: 'shipped', dispute: awaitingSeller })], context());
    const firstJournal = await db.journal.where('ref').equals(REF).toArray();
    expect(firstJournal.map((entry) => [entry.kind, entry.source])).toEqual([['dispute-opened', 'page']]);
    expect((await db.orders.get(REF))?.hasDispute).toBe(1);

    const proposed = order(ORDER_ID, {
      status: 'shipped',
      dispute: sellerProposed,
      timers: [{ kind: 'buyer-response-due', endsAt: NOW + DAY + 4 * DAY, raw: 'Please respond within 4 days' }],
    });
    expect(await ingestOrders(db, [proposed], context(NOW + DAY))).toEqual({ created: 0, updated: 1, unchanged: 0 });
    // The same reading again: nothing new in the journal.
    expect(await ingestOrders(db, [proposed], context(NOW + DAY + 1000))).toEqual({
      created: 0,
      updated: 0,
      unchanged: 1,
    });
    const journal = await db.journal.where('ref').equals(REF).toArray();
    expect(journal.map((entry) => entry.kind).sort()).toEqual(['dispute-opened', 'offer-received']);

    const row = await db.orders.get(REF);
    const facts = { order: row?.order ?? order(ORDER_ID), journal };
    expect(disputeOf({ ...facts, timeZone: 'Europe/Berlin' })).toMatchObject({
      status: 'counter-offer',
      reason: 'not-received',
      offers: [{ from: 'seller', resolution: 'resend' }],
    });
    const advice = adviseOrder({ ...facts, now: NOW + DAY, timeZone: 'Europe/Berlin', settings: defaultSettings() });
    // Today's advice for a pending "I will resend": answer it (reject, and the warning that accepting closes it).
    expect(advice).toMatchObject({ branch: 'offer-resend', action: 'reject-offer' });
    expect(advice.warnings?.map((warning) => warning.step)).toContain('accept-offer');
  });
});
