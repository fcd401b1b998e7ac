import 'fake-indexeddb/auto';
import { Dexie } from 'dexie';
import { IDBFactory, IDBKeyRange } from 'fake-indexeddb';
import { act } from 'react';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { preloadOrderRows, resetOrderRowsForTest, useOrderRows } from '../../../components/data/useOrderRows';
import { ingestOrders } from '../../../lib/background/ingest';
import { BuyerGuardDatabase } from '../../../lib/db/database';
import { DATABASE_NAME, SCHEMA_VERSIONS } from '../../../lib/db/schema';
import { earlyEveryRow, earlyRead, forgetEarlyReadForTest, startEarlyRead } from '../../../lib/pages/early-read';
import { pageDatabase } from '../../../lib/pages/page-database';
import { context, DAY, NOW, protectedOrder } from '../background/test-data';
import { reactRootPerTest } from './react-root';
import { until } from './until';

// The popup starts reading its rows before React renders, and follows the background's writes. A write
// that lands between that first read and the list's first render (the buyer opens the popup while the tab
// they just opened is being read) must still reach the list: CI once saw a popup that stayed empty.

const page = reactRootPerTest();

/** Every text the list below has rendered, in order (reset before each test). */
const rendered: string[] = [];

function Rows() {
  const { firstRows, allRows } = useOrderRows();
  const ids = (rows?: { orderId: string }[]) => (rows ? rows.map((row) => row.orderId).join(',') || 'none' : 'unread');
  const text = `first=${ids(firstRows)} all=${ids(allRows)}`;
  rendered.push(text);
  return <p>{text}</p>;
}

const shown = () => page.container.querySelector('p')?.textContent;

/** Another browser's database, holding these orders: what an early read of it gives is told from the page's own. */
async function elsewhereHolding(...orderIds: string[]): Promise<IDBFactory> {
  const elsewhere = new IDBFactory();
  const other = new Dexie(DATABASE_NAME, { indexedDB: elsewhere, IDBKeyRange });
  for (const { version, stores } of SCHEMA_VERSIONS) other.version(version).stores(stores);
  await other
    .table('orders')
    .bulkPut(orderIds.map((orderId, i) => ({ ref: `aliexpress:${orderId}`, orderId, attention: i + 1 })));
  other.close();
  return elsewhere;
}

/** The background's writer: its own connection to the same database, as the worker has. */
async function backgroundStores(...orderIds: string[]): Promise<void> {
  const background = new BuyerGuardDatabase();
  const orders = orderIds.map((id, index) => protectedOrder(id, NOW + (index + 1) * DAY));
  await ingestOrders(background, orders, context());
  background.close();
}

beforeEach(async () => {
  await pageDatabase().orders.clear();
  resetOrderRowsForTest();
  rendered.length = 0;
});
afterEach(() => forgetEarlyReadForTest());

describe('useOrderRows', () => {
  it('shows the orders the background stored after the first read started and before the list rendered', async () => {
    preloadOrderRows();
    await backgroundStores('1000000001', '1000000002');
    act(() => page.root.render(<Rows />));
    await until(() => expect(shown()).toBe('first=none all=1000000001,1000000002'));
  });

  it('follows a write made while the list is on screen, most urgent first', async () => {
    await backgroundStores('1000000001');
    act(() => page.root.render(<Rows />));
    await until(() => expect(shown()).toBe('first=1000000001 all=1000000001'));
    // Protection ending sooner than the first order's: it comes first.
    const background = new BuyerGuardDatabase();
    await ingestOrders(background, [protectedOrder('1000000009', NOW + DAY / 2)], context());
    background.close();
    await until(() => expect(shown()).toBe('first=1000000001 all=1000000009,1000000001'));
  });

  it('shows the rows already read to a list mounted later, in its first render', async () => {
    await backgroundStores('1000000003');
    act(() => page.root.render(<Rows />));
    await until(() => expect(shown()).toBe('first=1000000003 all=1000000003'));
    page.remount();
    act(() => page.root.render(<Rows />));
    expect(shown()).toBe('first=1000000003 all=1000000003');
  });

  it("draws the early read's rows in the list's first render, before Dexie has answered", async () => {
    await backgroundStores('1000000003', '1000000004');
    startEarlyRead(indexedDB);
    await earlyRead();
    preloadOrderRows();
    act(() => page.root.render(<Rows />));
    expect(shown()).toBe('first=1000000003,1000000004 all=unread');
    await until(() => expect(shown()).toBe('first=1000000003,1000000004 all=1000000003,1000000004'));
  });

  it('reads every row through Dexie after the early read: a write in between is not missed', async () => {
    await backgroundStores('1000000005');
    startEarlyRead(indexedDB);
    await earlyRead();
    await backgroundStores('1000000006');
    preloadOrderRows();
    act(() => page.root.render(<Rows />));
    await until(() => expect(shown()).toBe('first=1000000005 all=1000000005,1000000006'));
  });

  it('takes the first rows from an early read that answers after the page started, and every row from Dexie', async () => {
    const elsewhere = await elsewhereHolding('1000000008');
    await backgroundStores('1000000007');
    startEarlyRead(elsewhere);
    preloadOrderRows();
    act(() => page.root.render(<Rows />));
    await until(() => expect(shown()).toBe('first=1000000008 all=1000000007'));
  });

  it("shows every row the early read found until Dexie's read answers, then Dexie's", async () => {
    const elsewhere = await elsewhereHolding('1000000011', '1000000012');
    await backgroundStores('1000000013');
    startEarlyRead(elsewhere);
    await earlyEveryRow();
    preloadOrderRows();
    act(() => page.root.render(<Rows />));
    await until(() => expect(shown()).toBe('first=1000000011,1000000012 all=1000000013'));
    expect(rendered).toContain('first=1000000011,1000000012 all=1000000011,1000000012');
  });
});
