import type { SchemaFixture } from './schema-fixture';

// Version 1 (the initial schema), as the background wrote it in November 2026: an order seen
// twice (one history row), its deadlines and reminders (one fired), the buyer's problem, a
// journal entry, an evidence photo, changed settings and half an upload. Do not edit: a later
// version adds its own fixture (v2.ts) and lists it in index.ts.

const REF = 'aliexpress:8204417366541234';
const ORDER_ID = '8204417366541234';
const SEEN = 1_795_176_000_000;

export const v1: SchemaFixture = {
  version: 1,
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
          timers: [{ kind: 'buyer-protection-ends', endsAt: 1_796_904_000_000, raw: 'Buyer protection: 20 days' }],
          statusText: 'Awaiting delivery',
          store: { name: 'Gadget Store' },
          items: [{ title: 'Wireless Earbuds' }],
          shippedOn: '2026-11-05',
        },
        firstSeenAt: SEEN - 86_400_000,
        lastSeenAt: SEEN,
        updatedAt: SEEN,
        status: 'shipped',
        storeKey: 'gadget store',
        hasDispute: 0,
        nextDueAt: 1_796_904_000_000,
        urgency: 'upcoming',
        attention: 31_794_787_200_000,
        headline: {
          kind: 'dispute-opens',
          label: 'Dispute can be opened',
          dueAt: 1_794_787_200_000,
          source: 'estimate',
        },
        words: [ORDER_ID, 'gadget', 'store', 'wireless', 'earbuds'],
      },
      {
        ref: 'aliexpress:8195551112223334',
        marketplace: 'aliexpress',
        orderId: '8195551112223334',
        order: { marketplace: 'aliexpress', orderId: '8195551112223334', status: 'completed', statusText: 'Completed' },
        firstSeenAt: SEEN,
        lastSeenAt: SEEN,
        updatedAt: SEEN,
        status: 'completed',
        storeKey: '',
        hasDispute: 0,
        nextDueAt: Number.MAX_SAFE_INTEGER,
        urgency: 'none',
        attention: 90_000_000_000_000,
        headline: null,
        words: ['8195551112223334'],
      },
    ],
    history: [
      {
        id: 1,
        ref: REF,
        at: SEEN,
        field: 'timer.buyer-protection-ends',
        from: '2026-11-22T12:00:00.000Z',
        to: '2026-12-10T12:00:00.000Z',
      },
    ],
    deadlines: [
      {
        orderId: ORDER_ID,
        kind: 'buyer-protection-ends',
        dueAt: 1_796_904_000_000,
        source: 'page',
        ruleId: 'page-value-wins',
        urgency: 'upcoming',
        label: 'Buyer protection ends',
        key: `${REF}:buyer-protection-ends`,
        ref: REF,
      },
      {
        orderId: ORDER_ID,
        kind: 'dispute-opens',
        dueAt: 1_794_787_200_000,
        source: 'estimate',
        ruleId: 'dispute-opens-days',
        urgency: 'upcoming',
        label: 'Dispute can be opened',
        key: `${REF}:dispute-opens`,
        ref: REF,
      },
    ],
    reminders: [
      {
        key: `${REF}:buyer-protection-ends:259200000`,
        ref: REF,
        deadlineKey: `${REF}:buyer-protection-ends`,
        dueAt: 1_796_904_000_000,
        leadMs: 259_200_000,
        fireAt: Number.MAX_SAFE_INTEGER,
        firedAt: 1_796_644_800_000,
      },
      {
        key: `${REF}:buyer-protection-ends:86400000`,
        ref: REF,
        deadlineKey: `${REF}:buyer-protection-ends`,
        dueAt: 1_796_904_000_000,
        leadMs: 86_400_000,
        fireAt: 1_796_817_600_000,
        snoozedUntil: 1_796_800_000_000,
      },
    ],
    cases: [{ ref: REF, problem: { reason: 'not-received', details: 'Nothing arrived' }, updatedAt: SEEN }],
    evidence: [
      {
        id: 'ev-1',
        orderId: ORDER_ID,
        ref: REF,
        kind: 'photo',
        name: 'empty-box.jpg',
        type: 'image/jpeg',
        size: 4,
        sha256: '32461d5bd1773012acef0ba15636752949bd7c2ce50f9172159d9f56cf0dd9af',
        caption: 'The box as it arrived',
        checklistItemIds: ['photo-of-package'],
        addedAt: SEEN,
        warnings: [],
        blob: new Blob([new Uint8Array([0xff, 0xd8, 0xff, 0xd9])], { type: 'image/jpeg' }),
      },
    ],
    journal: [
      {
        id: 'e8c7384d-2294-4ec2-8179-d074f7c157c2',
        kind: 'contacted-seller',
        text: 'Asked for tracking',
        orderId: ORDER_ID,
        ref: REF,
        at: SEEN - 86_400_000,
      },
    ],
    settings: [
      {
        key: 'settings',
        value: {
          leadTimesMs: [259_200_000, 86_400_000],
          notificationsEnabled: true,
          quietHours: { enabled: true, start: '22:00', end: '08:00' },
          trackedDeadlines: ['dispute-opens', 'buyer-protection-ends', 'dispute-window-closes'],
          paymentMethod: 'paypal',
          ruleOverrides: {},
          complaintList: 'current',
        },
      },
    ],
    uploads: [{ uploadId: '6c0d7b1e-2f3a-4b5c-8d9e-0a1b2c3d4e5f', index: 0, total: 2, data: 'AQID', at: SEEN }],
  },
};
