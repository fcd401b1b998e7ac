import { describe, expect, it } from 'vitest';
import type { ReadingSummary } from '../../../lib/messaging/protocol';
import { mostUrgentFirst, sidePanelView } from '../../../lib/pages/side-panel-view';

const READ_AT = Date.parse('2026-04-01T10:00:00Z');

function reading(overrides: Partial<ReadingSummary>): ReadingSummary {
  return {
    url: 'https://www.aliexpress.com/p/order/index.html',
    pageKind: 'order-list',
    ok: true,
    orderCount: 0,
    orderIds: [],
    sources: ['dom'],
    readAt: READ_AT,
    ...overrides,
  };
}

describe('sidePanelView: the active tab decides what the panel shows', () => {
  it.each([
    ['a tab Buyer Guard never read (not an order page)', null, undefined, { kind: 'no-page' }],
    [
      'My Orders: its orders, as a list',
      reading({ orderIds: ['8100000000000001', '8100000000000002'] }),
      undefined,
      { kind: 'list', orderIds: ['8100000000000001', '8100000000000002'] },
    ],
    [
      'My Orders with one order is still a list',
      reading({ orderIds: ['8100000000000001'] }),
      undefined,
      { kind: 'list', orderIds: ['8100000000000001'] },
    ],
    [
      "an order's detail page: that order's guide",
      reading({ pageKind: 'order-detail', orderIds: ['8100000000000001'] }),
      undefined,
      { kind: 'order', orderId: '8100000000000001' },
    ],
    [
      "a tracking page: that order's guide",
      reading({ pageKind: 'tracking', orderIds: ['8100000000000001'] }),
      undefined,
      { kind: 'order', orderId: '8100000000000001' },
    ],
    [
      'the disputes list: a list',
      reading({ pageKind: 'dispute', orderIds: ['8100000000000001', '8100000000000002'] }),
      undefined,
      { kind: 'list', orderIds: ['8100000000000001', '8100000000000002'] },
    ],
    [
      'a page that could not be read',
      reading({ ok: false, reason: 'layout-not-recognised' }),
      undefined,
      { kind: 'not-read' },
    ],
    [
      'the tab went elsewhere after its last reading: that reading is another page’s',
      reading({ pageKind: 'order-detail', orderIds: ['8100000000000001'] }),
      READ_AT + 1,
      { kind: 'no-page' },
    ],
    [
      'a reading after the navigation counts',
      reading({ pageKind: 'order-detail', orderIds: ['8100000000000001'] }),
      READ_AT - 1,
      { kind: 'order', orderId: '8100000000000001' },
    ],
  ] as const)('%s', (_name, summary, navigatedAt, expected) => {
    expect(sidePanelView(summary, navigatedAt)).toEqual(expected);
  });
});

describe('mostUrgentFirst', () => {
  it('orders by the attention key, then by order number', () => {
    const rows = [
      { orderId: 'c', attention: 3 },
      { orderId: 'b', attention: 1 },
      { orderId: 'a', attention: 3 },
    ];
    expect(mostUrgentFirst(rows).map((row) => row.orderId)).toEqual(['b', 'a', 'c']);
    expect(rows.map((row) => row.orderId)).toEqual(['c', 'b', 'a']);
  });
});
