import { describe, expect, it } from 'vitest';
import { toOrderRow } from '../../../lib/db/order-row';
import { csvCell, ordersToCsv } from '../../../lib/db/orders-csv';
import type { DeadlineRow } from '../../../lib/db/records';
import { createTranslator } from '../../../lib/i18n/translator';

describe('csvCell', () => {
  it.each([
    ['plain', 'plain'],
    ['a, b', '"a, b"'],
    ['say "hi"', '"say ""hi"""'],
    ['two\nlines', '"two\nlines"'],
    ['=HYPERLINK("http://evil")', `"'=HYPERLINK(""http://evil"")"`],
    ['+1 234', "'+1 234"],
    ['-5', "'-5"],
    ['@SUM(A1)', "'@SUM(A1)"],
    ['  =1+1 after spaces', "'  =1+1 after spaces"],
    ['\t=1+1', `"'\t'=1+1"`],
    ['\0=1+1', "'\0=1+1"],
    ['Cable;=1+1', `"Cable;'=1+1"`],
    ['Cable; "=1+1"', `"Cable; '""=1+1"""`],
    ['a; b', '"a; b"'],
    ['tab\tinside', '"tab\tinside"'],
    ['1+1=2 (not at the start)', '1+1=2 (not at the start)'],
    ['<img src=x onerror=alert(1)>', '<img src=x onerror=alert(1)>'],
    [12.5, '12.5'],
    [undefined, ''],
  ])('%s → %s', (input, expected) => {
    expect(csvCell(input)).toBe(expected);
  });
});

describe('ordersToCsv', () => {
  it('writes a header and one row per order with its next deadline, readable by spreadsheets', () => {
    const dueAt = Date.UTC(2026, 11, 1);
    const row = toOrderRow({
      ref: 'aliexpress:1000000001',
      order: {
        marketplace: 'aliexpress',
        orderId: '1000000001',
        orderedOn: '2026-10-28',
        status: 'shipped',
        statusText: 'Ожидает получения',
        store: { name: 'Магазин, "Лучший"' },
        items: [
          { title: 'Caliper', quantity: 2, sku: '150mm' },
          { title: 'Earbuds', quantity: 1 },
        ],
        total: { amount: 14.9, currency: 'USD' },
        tracking: { number: 'LP00123', carrier: 'Cainiao' },
      },
      deadlines: [],
      hasDispute: false,
      firstSeenAt: 0,
      lastSeenAt: Date.UTC(2026, 10, 20),
      updatedAt: 0,
      now: 0,
    });
    const deadline: DeadlineRow = {
      key: 'k',
      ref: 'aliexpress:1000000001',
      orderId: '1000000001',
      kind: 'buyer-protection-ends',
      dueAt,
      source: 'page',
      ruleId: 'r',
      urgency: 'soon',
      label: 'Buyer protection ends',
    };
    const csv = ordersToCsv([{ ...row, nextDueAt: dueAt }], new Map([[row.ref, [deadline]]]));
    const lines = csv.split('\r\n');
    expect(lines[0]).toBe(
      '\uFEFFOrder ID,Order date,Status,Status (as shown),Store,Items,Total,Currency,Next deadline,"Due (a day, or an instant in UTC)",Due source,Dispute,Tracking number,Carrier,Last seen (UTC)',
    );
    expect(lines[1]).toBe(
      '1000000001,2026-10-28,shipped,Ожидает получения,"Магазин, ""Лучший""","2 × Caliper (150mm); 1 × Earbuds",14.9,USD,Buyer protection ends,2026-12-01T00:00:00.000Z,page,,LP00123,Cainiao,2026-11-20T00:00:00.000Z',
    );
    expect(lines).toHaveLength(3);
  });

  it('writes a whole-day deadline as its day, never with an invented time', () => {
    const row = toOrderRow({
      ref: 'aliexpress:1000000002',
      order: { marketplace: 'aliexpress', orderId: '1000000002' },
      deadlines: [],
      hasDispute: false,
      firstSeenAt: 0,
      lastSeenAt: 0,
      updatedAt: 0,
      now: 0,
    });
    const dueAt = Date.parse('2026-12-03T22:59:59.999Z');
    const deadline: DeadlineRow = {
      key: 'k2',
      ref: row.ref,
      orderId: '1000000002',
      kind: 'dispute-window-closes',
      dueAt,
      dueOn: '2026-12-03',
      source: 'page-rule',
      ruleId: 'page-stated-rule-wins',
      urgency: 'upcoming',
      label: 'Last day to open a dispute',
    };
    const line = ordersToCsv([{ ...row, nextDueAt: dueAt }], new Map([[row.ref, [deadline]]])).split('\r\n')[1];
    expect(line).toContain(',Last day to open a dispute,2026-12-03,page-rule,');
  });

  it('writes its headers in the buyer’s language, one cell each, and the values as stored', () => {
    const row = toOrderRow({
      ref: 'aliexpress:1000000003',
      order: { marketplace: 'aliexpress', orderId: '1000000003', status: 'shipped' },
      deadlines: [],
      hasDispute: false,
      firstSeenAt: 0,
      lastSeenAt: 0,
      updatedAt: 0,
      now: 0,
    });
    const [header, line] = ordersToCsv([row], new Map(), createTranslator('es')).split('\r\n');
    expect(header?.split(',').slice(0, 3)).toEqual(['\uFEFFID del pedido', 'Fecha del pedido', 'Estado']);
    // Every header is one cell, whatever commas its words hold.
    expect(header?.match(/"[^"]*"|[^,]+/g)).toHaveLength(15);
    expect(line?.startsWith('1000000003,,shipped,')).toBe(true);
  });
});
