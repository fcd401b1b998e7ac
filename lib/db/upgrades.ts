import type { Transaction } from 'dexie';
import { DEADLINE_NAMES } from '../rules/deadline-names';

/**
 * Data migrations, by the version they upgrade to. Version 1 is the initial schema and needs none; a
 * later version that reshapes data adds its function here (and never edits an earlier one).
 */
export const UPGRADES: Record<number, (tx: Transaction) => Promise<void>> = {
  2: oneDeadlineModel,
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
const nameOf = (kind: string) => DEADLINE_NAMES[kind as keyof typeof DEADLINE_NAMES] ?? kind;

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
