// @vitest-environment node
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { sameListRows, toListRow } from '../../../lib/db/list-row';
import type { OrderListRow } from '../../../lib/db/records';

// The popup keeps the rows its early read drew when Dexie's read finds the same ones (components/data/useOrderRows.ts):
// "the same" must be exactly equal rows in the same order, never a near miss.

const row = fc.record(
  {
    ref: fc.constantFrom('aliexpress:1', 'aliexpress:2', 'aliexpress:3'),
    orderId: fc.constantFrom('1', '2', '3'),
    title: fc.constantFrom('Caliper', 'Earbuds', 'Блокнот'),
    itemCount: fc.integer({ min: 0, max: 3 }),
    store: fc.constantFrom('Store A', 'Store B'),
    storeKey: fc.constantFrom('store a', 'store b'),
    status: fc.constantFrom('shipped', 'completed'),
    hasDispute: fc.constantFrom(0, 1),
    urgency: fc.constantFrom('none', 'soon', 'urgent'),
    attention: fc.constantFrom(1, 2, 6e13),
    headline: fc.option(fc.record({ id: fc.constantFrom('protection-end'), dueAt: fc.constantFrom(1, 2) }), {
      nil: undefined,
    }),
    search: fc.constantFrom('1 caliper', '2 earbuds'),
  },
  { requiredKeys: ['ref', 'orderId', 'itemCount', 'storeKey', 'status', 'hasDispute', 'urgency', 'attention'] },
) as unknown as fc.Arbitrary<OrderListRow>;

describe('sameListRows', () => {
  it('is true exactly when the two lists hold equal rows in the same order', () => {
    fc.assert(
      fc.property(fc.array(row, { maxLength: 4 }), fc.array(row, { maxLength: 4 }), (a, b) => {
        const left = a.map(toListRow);
        const right = b.map(toListRow);
        let equal = true;
        try {
          expect(left).toStrictEqual(right);
        } catch {
          equal = false;
        }
        expect(sameListRows(left, right)).toBe(equal);
        expect(
          sameListRows(
            left,
            left.map((r) => toListRow({ ...r })),
          ),
        ).toBe(true);
      }),
      { numRuns: 500 },
    );
  });

  it('is false when nothing is shown yet', () => {
    expect(sameListRows(undefined, [])).toBe(false);
  });
});
