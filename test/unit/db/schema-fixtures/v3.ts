import type { SchemaFixture } from './schema-fixture';

// Version 3 (one row per order), as the background writes it in December 2026: an order whose row
// holds its deadlines (a whole day the page stated, an estimate with its rule), its reminders (one
// fired, one snoozed, two pending), the index copies (attention, nextReminderAt, staleAt), the list's
// fields and the stamp of what it was derived from; the settings with the stamp of the settings and
// zone the orders were last all derived with. Do not edit: a later version adds its own fixture.

const REF = 'aliexpress:8204417366541377';
const ORDER_ID = '8204417366541377';
/** 2026-12-09 12:00 UTC: the order was last read; its 1-day reminder was snoozed an hour before. */
const SEEN = 1_796_817_600_000;
const DAY = 86_400_000;
/** The end of 2026-12-20 in Europe/Berlin, the last instant of that whole day. */
const DEC_20_END = 1_797_807_599_999;
/** The start of 2026-12-20 in Europe/Berlin, what a whole day's lead times count back from. */
const DEC_20_START = 1_797_721_200_000;
const DISPUTE_OPENS = 1_796_900_000_000;

export const v3: SchemaFixture = {
  version: 3,
  rows: {
    orders: [
      {
        ref: REF,
        marketplace: 'aliexpress',
        orderId: ORDER_ID,
        order: {
          marketplace: 'aliexpress',
          orderId: ORDER_ID,
          status: 'shipped',
          statusText: 'Awaiting delivery',
          orderedOn: '2026-11-20',
          shippedOn: '2026-11-22',
          timers: [{ kind: 'buyer-protection-ends', endsOn: '2026-12-20', raw: 'Refund if no delivery before Dec 20' }],
          store: { name: 'Lamp Corner' },
          items: [
            { title: 'Desk lamp, warm white', quantity: 1 },
            { title: 'Spare bulb', quantity: 2 },
          ],
          total: { amount: 23.9, currency: 'EUR' },
        },
        firstSeenAt: SEEN - 2 * DAY,
        lastSeenAt: SEEN,
        updatedAt: SEEN,
        title: 'Desk lamp, warm white',
        itemCount: 2,
        store: 'Lamp Corner',
        storeKey: 'lamp corner',
        status: 'shipped',
        hasDispute: 0,
        urgency: 'upcoming',
        attention: 3e13 + DISPUTE_OPENS,
        headline: {
          kind: 'dispute-opens',
          label: 'Dispute can be opened',
          dueAt: DISPUTE_OPENS,
          source: 'estimate',
        },
        search: `${ORDER_ID} lamp corner desk warm white spare bulb`,
        nextDueAt: DISPUTE_OPENS,
        deadlines: [
          {
            orderId: ORDER_ID,
            kind: 'dispute-opens',
            dueAt: DISPUTE_OPENS,
            source: 'estimate',
            ruleId: 'dispute-opens-after-shipping-days',
            urgency: 'upcoming',
            label: 'Dispute can be opened',
          },
          {
            orderId: ORDER_ID,
            kind: 'buyer-protection-ends',
            dueAt: DEC_20_END,
            dueOn: '2026-12-20',
            source: 'page',
            ruleId: 'page-value-wins',
            statedAs: 'Refund if no delivery before Dec 20',
            urgency: 'upcoming',
            label: 'Buyer protection ends',
          },
        ],
        reminders: [
          {
            kind: 'dispute-opens',
            leadMs: 3 * DAY,
            dueAt: DISPUTE_OPENS,
            fireAt: DISPUTE_OPENS - 3 * DAY,
            firedAt: DISPUTE_OPENS - 3 * DAY + 60_000,
          },
          {
            kind: 'dispute-opens',
            leadMs: DAY,
            dueAt: DISPUTE_OPENS,
            // Snoozed for a day at 11:00, but never past the last hour before the moment.
            fireAt: DISPUTE_OPENS - 3_600_000,
            snoozedUntil: SEEN - 3_600_000 + DAY,
          },
          { kind: 'buyer-protection-ends', leadMs: 3 * DAY, dueAt: DEC_20_END, fireAt: DEC_20_START - 3 * DAY },
          { kind: 'buyer-protection-ends', leadMs: DAY, dueAt: DEC_20_END, fireAt: DEC_20_START - DAY },
        ],
        nextReminderAt: DISPUTE_OPENS - 3_600_000,
        staleAt: DISPUTE_OPENS,
        derivedFrom: '5c0d2e91a4b7f366.0e9b1d7c4f2a8e15',
      },
    ],
    history: [{ id: 1, ref: REF, at: SEEN, field: 'status', from: 'awaiting-shipment', to: 'shipped' }],
    cases: [{ ref: REF, problem: { reason: 'not-received' }, updatedAt: SEEN }],
    evidence: [
      {
        id: 'ev-3',
        orderId: ORDER_ID,
        ref: REF,
        kind: 'screenshot',
        name: 'tracking.png',
        type: 'image/png',
        size: 4,
        sha256: '0f4636c78f65d3639ece5a064b5ae753e3408614a14fb18ab4d7540d2c248543',
        caption: 'Tracking stuck for 12 days',
        checklistItemIds: ['order-page-screenshot'],
        addedAt: SEEN,
        warnings: [],
        blob: new Blob([new Uint8Array([0x89, 0x50, 0x4e, 0x47])], { type: 'image/png' }),
      },
    ],
    journal: [
      {
        id: '2b7e4c1a-9d3f-4e8b-a6c5-0f1e2d3c4b5a',
        kind: 'contacted-seller',
        text: 'Asked the seller where the parcel is.',
        orderId: ORDER_ID,
        ref: REF,
        at: SEEN - DAY,
      },
    ],
    settings: [
      {
        key: 'settings',
        value: {
          leadTimesMs: [3 * DAY, DAY],
          notificationsEnabled: true,
          quietHours: { enabled: true, start: '22:00', end: '07:30' },
          trackedDeadlines: ['dispute-opens', 'buyer-protection-ends', 'dispute-window-closes'],
          paymentMethod: 'card',
          ruleOverrides: {},
          complaintList: 'current',
          language: 'de',
        },
      },
      { key: 'derived-with', value: '0e9b1d7c4f2a8e15' },
    ],
    uploads: [{ uploadId: '4d3c2b1a-0f9e-4d8c-b7a6-5e4d3c2b1a0f', index: 0, total: 2, data: 'iVBO', at: SEEN }],
  },
};
