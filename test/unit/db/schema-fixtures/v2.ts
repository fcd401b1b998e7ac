import type { SchemaFixture } from './schema-fixture';

// Version 2 (one deadline model), as the background writes it in December 2026: a whole-day deadline
// (dueOn) read off the page, a deadline a page-stated rule gave (its sentence and the catalog value as
// the alternative), a headline that is a whole day, a journal entry written from a page and a PayPal
// dispute recorded with its provider. Do not edit: a later version adds its own fixture.

const REF = 'aliexpress:8204417366541299';
const ORDER_ID = '8204417366541299';
const SEEN = 1_796_000_000_000;
/** The end of 2026-12-03 in Europe/Berlin, the last instant of that whole day. */
const DEC_3_END = 1_796_338_799_999;
const DEC_12_END = 1_797_116_399_999;

export const v2: SchemaFixture = {
  version: 2,
  rows: {
    orders: [
      {
        ref: REF,
        marketplace: 'aliexpress',
        orderId: ORDER_ID,
        order: {
          marketplace: 'aliexpress',
          orderId: ORDER_ID,
          status: 'completed',
          statusText: 'Completed',
          confirmedOn: '2026-11-27',
          orderedOn: '2026-11-01',
          timers: [{ kind: 'buyer-protection-ends', endsOn: '2026-12-03', raw: 'Refund if no delivery before Dec 3' }],
          pageRules: [
            {
              kind: 'return-refund-window',
              days: 15,
              anchor: 'confirmed',
              raw: 'You can apply for a return/refund within 15 days of confirming receipt.',
            },
          ],
          store: { name: 'Mug House' },
          items: [{ title: 'Ceramic mugs, set of 4', quantity: 1 }],
        },
        firstSeenAt: SEEN - 86_400_000,
        lastSeenAt: SEEN,
        updatedAt: SEEN,
        status: 'completed',
        storeKey: 'mug house',
        hasDispute: 0,
        nextDueAt: DEC_12_END,
        urgency: 'upcoming',
        attention: 3e13 + DEC_12_END,
        headline: {
          kind: 'dispute-window-closes',
          label: 'Last day to open a dispute',
          dueAt: DEC_12_END,
          dueOn: '2026-12-12',
          source: 'page-rule',
        },
        words: [ORDER_ID, 'mug', 'house', 'ceramic', 'mugs', 'set', 'of'],
        deadlinesStamp: '[]',
      },
    ],
    history: [{ id: 1, ref: REF, at: SEEN, field: 'status', from: 'delivered', to: 'completed' }],
    deadlines: [
      {
        orderId: ORDER_ID,
        kind: 'buyer-protection-ends',
        dueAt: DEC_3_END,
        dueOn: '2026-12-03',
        source: 'page',
        ruleId: 'page-value-wins',
        statedAs: 'Refund if no delivery before Dec 3',
        urgency: 'none',
        label: 'Buyer protection ends',
        key: `${REF}:buyer-protection-ends`,
        ref: REF,
      },
      {
        orderId: ORDER_ID,
        kind: 'dispute-window-closes',
        dueAt: DEC_12_END,
        dueOn: '2026-12-12',
        source: 'page-rule',
        ruleId: 'page-stated-rule-wins',
        statedAs: 'You can apply for a return/refund within 15 days of confirming receipt.',
        alternative: { dueAt: 1_797_116_399_999, dueOn: '2026-12-12', ruleId: 'dispute-window-days' },
        urgency: 'upcoming',
        label: 'Last day to open a dispute',
        key: `${REF}:dispute-window-closes`,
        ref: REF,
      },
    ],
    reminders: [
      {
        key: `${REF}:dispute-window-closes:259200000`,
        ref: REF,
        deadlineKey: `${REF}:dispute-window-closes`,
        dueAt: DEC_12_END,
        leadMs: 259_200_000,
        fireAt: DEC_12_END - 259_200_000,
      },
    ],
    cases: [
      {
        ref: REF,
        problem: { reason: 'damaged', severity: 'unusable', details: 'Two of the four mugs arrived shattered.' },
        updatedAt: SEEN,
      },
    ],
    evidence: [
      {
        id: 'ev-2',
        orderId: ORDER_ID,
        ref: REF,
        kind: 'photo',
        name: 'shards.jpg',
        type: 'image/jpeg',
        size: 4,
        sha256: '32461d5bd1773012acef0ba15636752949bd7c2ce50f9172159d9f56cf0dd9af',
        caption: 'The broken mugs',
        checklistItemIds: ['damage-photos'],
        addedAt: SEEN,
        warnings: [],
        blob: new Blob([new Uint8Array([0xff, 0xd8, 0xff, 0xd9])], { type: 'image/jpeg' }),
      },
    ],
    journal: [
      {
        id: '0f9e6a52-5b5c-4a8e-9d0b-6c1f6f1d2a11',
        kind: 'offer-received',
        resolution: 'partial-refund',
        amount: { amount: 5.04, currency: 'USD' },
        source: 'page',
        orderId: ORDER_ID,
        ref: REF,
        at: SEEN - 3_600_000,
      },
      {
        id: '7c1d0e4b-8a1f-4f7e-b2a4-91d3c5e6f708',
        kind: 'chargeback-filed',
        provider: 'paypal',
        orderId: ORDER_ID,
        ref: REF,
        at: SEEN - 2 * 86_400_000,
      },
    ],
    settings: [
      {
        key: 'settings',
        value: {
          leadTimesMs: [259_200_000, 86_400_000],
          notificationsEnabled: true,
          quietHours: { enabled: false, start: '22:00', end: '08:00' },
          trackedDeadlines: ['buyer-protection-ends', 'dispute-window-closes', 'chargeback-escalation-due'],
          paymentMethod: 'paypal',
          ruleOverrides: {},
          complaintList: 'current',
        },
      },
    ],
    uploads: [{ uploadId: '9a8b7c6d-5e4f-4a3b-8c2d-1e0f9a8b7c6d', index: 1, total: 3, data: 'BAUG', at: SEEN }],
  },
};
