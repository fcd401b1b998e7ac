import type { DeadlineDeriver } from '../../../lib/background/ingest';
import { BuyerGuardDatabase } from '../../../lib/db/database';
import {
  type DeadlineRow,
  deadlineRowsOf,
  type OrderRef,
  type OrderReminder,
  reminderKey,
} from '../../../lib/db/records';
import type { Order } from '../../../lib/model/order';
import type { PageReading } from '../../../lib/model/reading';
import { defaultSettings } from '../../../lib/model/settings';

export const DAY = 24 * 60 * 60 * 1000;
export const NOW = Date.UTC(2026, 10, 20, 12, 0, 0);

let dbCounter = 0;
/** A fresh database per test (fake-indexeddb keeps databases for the whole file). */
export function freshDatabase(): BuyerGuardDatabase {
  dbCounter += 1;
  return new BuyerGuardDatabase(`test-${dbCounter}-${Math.random()}`);
}

export function order(orderId: string, extra: Partial<Order> = {}): Order {
  return { marketplace: 'aliexpress', orderId, ...extra };
}

export function reading(orders: Order[], readAt = NOW): PageReading {
  return {
    ok: true,
    pageKind: 'order-list',
    url: 'https://www.aliexpress.com/p/order/index.html',
    readAt,
    orders,
    diagnostics: { missing: [], disagreements: [], sources: ['dom'] },
  };
}

/**
 * A deadline table instead of the rules engine: protection ends where the page's timer says,
 * and an estimated "dispute opens" 11 days after shipping when shippedOn is known.
 */
export const tableDeriver: DeadlineDeriver = ({ order: o, now }) => {
  const out: ReturnType<DeadlineDeriver> = [];
  const protection = o.timers?.find((t) => t.kind === 'buyer-protection-ends')?.endsAt;
  if (protection !== undefined) {
    const left = protection - now;
    out.push({
      orderId: o.orderId,
      kind: 'buyer-protection-ends',
      dueAt: protection,
      source: 'page',
      ruleId: 'test',
      urgency: left < 0 ? 'overdue' : left < 2 * DAY ? 'urgent' : left < 5 * DAY ? 'soon' : 'upcoming',
      label: 'Buyer protection ends',
    });
  }
  if (o.shippedOn) {
    out.push({
      orderId: o.orderId,
      kind: 'dispute-opens',
      dueAt: Date.parse(`${o.shippedOn.slice(0, 10)}T00:00:00Z`) + 11 * DAY,
      source: 'estimate',
      ruleId: 'test',
      urgency: 'upcoming',
      label: 'Dispute can be opened',
    });
  }
  return out;
};

export function context(now = NOW, settings = defaultSettings()) {
  return { now, timeZone: 'UTC', settings, deriveDeadlines: tableDeriver };
}

export function protectedOrder(orderId: string, endsAt: number, extra: Partial<Order> = {}): Order {
  return order(orderId, {
    status: 'shipped',
    timers: [{ kind: 'buyer-protection-ends', endsAt, raw: 'Buyer protection: n days' }],
    ...extra,
  });
}

/** The deadlines stored in the orders' rows (of one order, or of all), with their keys. */
export async function storedDeadlines(db: BuyerGuardDatabase, ref?: OrderRef): Promise<DeadlineRow[]> {
  const rows = ref ? await db.orders.where('ref').equals(ref).toArray() : await db.orders.toArray();
  return rows.flatMap(deadlineRowsOf);
}

/** Every reminder stored in the orders' rows, with its key and order, by fire time. */
export async function storedReminders(
  db: BuyerGuardDatabase,
): Promise<(OrderReminder & { key: string; ref: OrderRef })[]> {
  const rows = await db.orders.toArray();
  return rows
    .flatMap((row) =>
      row.reminders.map((reminder) => ({ ...reminder, key: reminderKey(row.ref, reminder), ref: row.ref })),
    )
    .sort((a, b) => a.fireAt - b.fireAt);
}
