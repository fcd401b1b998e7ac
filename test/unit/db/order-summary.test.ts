// @vitest-environment node
import { describe, expect, it } from 'vitest';
import { ingestOrders } from '../../../lib/background/ingest';
import { storeNames, urgencyCounts } from '../../../lib/db/order-summary';
import { countByUrgency, listOrders, listStores } from '../../../lib/db/queries';
import { context, DAY, freshDatabase, NOW, order, protectedOrder } from '../background/test-data';

describe('order summary from loaded rows', () => {
  it('counts every urgency, zero included, as the index counts do', async () => {
    const db = freshDatabase();
    await ingestOrders(
      db,
      [
        protectedOrder('1000000001', NOW + DAY),
        protectedOrder('1000000002', NOW + DAY / 2),
        protectedOrder('1000000003', NOW - DAY),
        order('1000000004'),
      ],
      context(),
    );
    const counts = urgencyCounts(await listOrders(db));
    expect(counts).toEqual({ none: 1, upcoming: 0, soon: 0, urgent: 2, overdue: 1 });
    expect(counts).toEqual(await countByUrgency(db));
  });

  it.each([
    [
      'one name per store whatever the case, spelled as the smallest order id spells it',
      ['Tiny Shop', 'TINY SHOP'],
      ['Tiny Shop'],
    ],
    [
      'sorted by lower-case key in code-unit order (Latin before Cyrillic)',
      ['Zeta', 'alpha', 'Книги'],
      ['alpha', 'Zeta', 'Книги'],
    ],
    ['orders without a store left out', [undefined, 'Shop'], ['Shop']],
  ])('lists store names: %s', async (_, names, expected) => {
    const db = freshDatabase();
    await ingestOrders(
      db,
      names.map((name, i) => order(String(1000000001 + i), name ? { store: { name } } : {})),
      context(),
    );
    expect(storeNames(await listOrders(db))).toEqual(expected);
    expect(await listStores(db)).toEqual(expected);
  });
});
