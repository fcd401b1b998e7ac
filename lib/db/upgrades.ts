import type { Transaction } from 'dexie';
import type { DeadlineKind } from '../model/deadline';
import type { Order } from '../model/order';
import { deadlineNames } from '../rules/deadline-names';
import { listFieldsOf } from './order-row';

/**
 * Data migrations, by the version they upgrade to. Version 1 is the initial schema and needs none; a
 * later version that reshapes data adds its function here (and never edits an earlier one).
 */
export const UPGRADES: Record<number, (tx: Transaction) => Promise<void>> = {
  2: oneDeadlineModel,
  3: derivedStateInTheOrderRow,
};

interface StoredDeadline {
  key: string;
  ref: string;
  kind: string;
  label: string;
}
interface StoredReminder {
  key: string;
  deadlineKey: string;
  leadMs: number;
}
interface StoredOrder {
  ref: string;
  nextDueAt: number;
  deadlinesStamp?: string;
  headline: { kind: string; label: string } | null;
}

const AUTO_CONFIRM = 'auto-confirm';
const PROTECTION_ENDS = 'buyer-protection-ends';
const nameOf = (kind: string) => deadlineNames()[kind as DeadlineKind] ?? kind;

/**
 * Version 2, one deadline model: a deadline has one name whatever its state, and the order's automatic
 * completion is the same moment as protection's end, so an `auto-confirm` deadline becomes that order's
 * `buyer-protection-ends` (its reminders, fired or not, follow it) unless the order has one already. A
 * whole day is now stored as a day (`dueOn`): every order is marked for re-derivation (no stamp, next
 * due now), and the first sweep after the update rewrites its deadlines in the new model.
 */
async function oneDeadlineModel(tx: Transaction): Promise<void> {
  const deadlines = (await tx.table('deadlines').toArray()) as StoredDeadline[];
  const protectedRefs = new Set(deadlines.filter((d) => d.kind === PROTECTION_ENDS).map((d) => d.ref));
  const moved = new Map<string, string>();
  for (const deadline of deadlines) {
    if (deadline.kind !== AUTO_CONFIRM) {
      if (deadline.label !== nameOf(deadline.kind)) {
        await tx.table('deadlines').update(deadline.key, { label: nameOf(deadline.kind) });
      }
      continue;
    }
    await tx.table('deadlines').delete(deadline.key);
    if (protectedRefs.has(deadline.ref)) continue;
    const key = `${deadline.ref}:${PROTECTION_ENDS}`;
    moved.set(deadline.key, key);
    protectedRefs.add(deadline.ref);
    await tx.table('deadlines').add({ ...deadline, key, kind: PROTECTION_ENDS, label: nameOf(PROTECTION_ENDS) });
  }
  const reminders = (await tx.table('reminders').toArray()) as StoredReminder[];
  for (const reminder of reminders) {
    if (!reminder.deadlineKey.endsWith(`:${AUTO_CONFIRM}`)) continue;
    await tx.table('reminders').delete(reminder.key);
    const deadlineKey = moved.get(reminder.deadlineKey);
    if (deadlineKey === undefined) continue;
    await tx.table('reminders').put({ ...reminder, key: `${deadlineKey}:${reminder.leadMs}`, deadlineKey });
  }
  await tx
    .table('orders')
    .toCollection()
    .modify((order: StoredOrder) => {
      delete order.deadlinesStamp;
      order.nextDueAt = 0;
      if (order.headline) {
        const kind = order.headline.kind === AUTO_CONFIRM ? PROTECTION_ENDS : order.headline.kind;
        order.headline = { ...order.headline, kind, label: nameOf(kind) };
      }
    });
}

interface StoredDeadlineV2 {
  key: string;
  ref: string;
  [field: string]: unknown;
}
interface StoredReminderV2 {
  key: string;
  ref: string;
  deadlineKey: string;
  dueAt: number;
  leadMs: number;
  fireAt: number;
  firedAt?: number;
  snoozedUntil?: number;
}
interface OrderRowV2 {
  ref: string;
  order: Order;
  words?: string[];
  deadlinesStamp?: string;
  [field: string]: unknown;
}

/**
 * Version 3, one row per order: each order's deadlines and reminders move into its row, as they were
 * (a fired reminder keeps its mark and fires no more; a snooze holds), with `nextReminderAt` for the
 * alarm and the list's fields (title, item count, store, search text) in place of `words`. The order
 * is due for re-derivation (no stamp, staleAt 0): the first sweep after the update derives it again
 * with the new fields, keeping the reminders' marks.
 */
async function derivedStateInTheOrderRow(tx: Transaction): Promise<void> {
  const deadlines = groupByRef((await tx.table('deadlines').toArray()) as StoredDeadlineV2[]);
  const reminders = groupByRef((await tx.table('reminders').toArray()) as StoredReminderV2[]);
  await tx
    .table('orders')
    .toCollection()
    .modify((row: OrderRowV2) => {
      const planned = (reminders.get(row.ref) ?? []).map(({ key: _key, ref: _ref, deadlineKey, ...reminder }) => ({
        kind: deadlineKey.slice(row.ref.length + 1),
        ...reminder,
      }));
      const pending = planned.filter((reminder) => reminder.firedAt === undefined).map((reminder) => reminder.fireAt);
      delete row.words;
      delete row.deadlinesStamp;
      Object.assign(row, listFieldsOf(row.order), {
        deadlines: (deadlines.get(row.ref) ?? []).map(({ key: _key, ref: _ref, ...deadline }) => deadline),
        reminders: planned,
        staleAt: 0,
        ...(pending.length > 0 && { nextReminderAt: Math.min(...pending) }),
      });
    });
}

function groupByRef<Row extends { ref: string }>(rows: readonly Row[]): Map<string, Row[]> {
  const groups = new Map<string, Row[]>();
  for (const row of rows) groups.set(row.ref, [...(groups.get(row.ref) ?? []), row]);
  return groups;
}
