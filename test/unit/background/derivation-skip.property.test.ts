import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import {
  type DeadlineDeriver,
  ingestOrders,
  loadRelated,
  orderDeriver,
  refreshDue,
} from '../../../lib/background/ingest';
import { type OrderRow, orderRef } from '../../../lib/db/records';
import type { Order } from '../../../lib/model/order';
import { defaultSettings, type Settings } from '../../../lib/model/settings';
import { deriveDeadlines } from '../../../lib/rules/order-facts';
import { URGENCY_THRESHOLDS } from '../../../lib/rules/urgency';
import { engineInputArb, orderArb, startOf, ZONES, zoneArb } from '../rules/arbitraries';
import { DAY, freshDatabase } from './test-data';

/**
 * Storage skips deriving an order again while the stamp of its inputs is unchanged and time has not
 * reached the row's staleAt (ingest.ts). That is only sound if skipping never changes what is shown:
 * whatever the order, journal, problem, zone, settings and the moments the sweeps happen to run, the
 * row stored after a sweep at `t` is the row a derivation from scratch at `t` gives.
 */

const settingsArb: fc.Arbitrary<Settings> = fc
  .record({
    paymentMethod: fc.constantFrom('paypal' as const, 'card' as const, 'unknown' as const),
    leadTimesMs: fc.uniqueArray(
      fc.integer({ min: 1, max: 20 }).map((days) => days * DAY + 7 * 60_000),
      {
        minLength: 1,
        maxLength: 3,
      },
    ),
    notificationsEnabled: fc.boolean(),
  })
  .map((picked) => ({
    ...defaultSettings(),
    ...picked,
    // Quiet hours move a reminder due "now" to the end of the quiet hours, so a reminder planned outside
    // them at t0 and one planned inside them at t legitimately differ; that is a firing question
    // (reminders.test.ts), not one of what a skipped derivation shows.
    quietHours: { ...defaultSettings().quietHours, enabled: false },
  }));

/**
 * A reminder planned when its lead time had already passed fires "now" (the moment of its
 * derivation): by `t` both plans say "due". Everything else must be equal as it is.
 */
function asShownAt(row: OrderRow, t: number): OrderRow {
  const reminders = row.reminders.map((r) => ({ ...r, fireAt: Math.max(r.fireAt, t) }));
  return {
    ...row,
    reminders,
    ...(row.nextReminderAt !== undefined && { nextReminderAt: Math.max(row.nextReminderAt, t) }),
  };
}

/** Where the urgency of a stored row's deadlines changes or they pass (urgency.ts URGENCY_THRESHOLDS). */
function edgesOf(row: OrderRow): number[] {
  const { urgentWithinMs, soonWithinMs, upcomingWithinMs } = URGENCY_THRESHOLDS;
  return row.deadlines.flatMap((d) => [
    d.dueAt - upcomingWithinMs,
    d.dueAt - soonWithinMs,
    d.dueAt - urgentWithinMs,
    d.dueAt,
    d.dueAt + 1,
  ]);
}

describe('skipping derivation (stamp + staleAt)', () => {
  it('never changes what is shown: after the sweep at t the stored row equals a derivation from scratch at t', async () => {
    await fc.assert(
      fc.asyncProperty(
        // The rules engine's own generated inputs (order, journal, problem, zone, a first moment), with
        // the buyer's reminder settings.
        engineInputArb,
        settingsArb,
        // Sweeps at uneven moments (an hour apart, days apart, months apart) and right at, just before
        // and just after the edges where an urgency changes or a deadline passes; the last one is `t`.
        fc.array(
          fc.oneof(
            fc.integer({ min: 1, max: 60 * DAY }),
            fc.record({ edge: fc.nat(), shift: fc.constantFrom(-1, 0, 1) }),
          ),
          { minLength: 1, maxLength: 8 },
        ),
        async ({ order, journal, problem, timeZone, now: firstAt }, settings, sweeps) => {
          const db = freshDatabase();
          const ref = orderRef(order.marketplace, order.orderId);
          await db.journal.bulkPut(journal.map((entry) => ({ ...entry, ref })));
          if (problem) await db.cases.put({ ref, problem, updatedAt: firstAt });
          const contextAt = (now: number) => ({ now, timeZone, settings, deriveDeadlines, codeVersion: '1.0.0' });

          await ingestOrders(db, [order], contextAt(firstAt));
          let t = firstAt;
          for (const step of sweeps) {
            if (typeof step === 'number') t += step;
            else {
              const edges = edgesOf((await db.orders.get(ref)) as OrderRow).filter((at) => at + step.shift > t);
              if (edges.length === 0) continue;
              t = (edges[step.edge % edges.length] as number) + step.shift;
            }
            await refreshDue(db, contextAt(t));
          }

          const stored = (await db.orders.get(ref)) as OrderRow;
          const deriver = orderDeriver(contextAt(t));
          const related = (await loadRelated(db, [ref])).of(ref);
          const facts = { order: stored.order, ...related };
          const scratch = deriver.derive({ ref, ...facts, before: undefined, times: stored }, deriver.stamp(facts));
          expect(asShownAt(stored, t)).toEqual(asShownAt(scratch, t));
          db.close();
        },
      ),
      { numRuns: 150, seed: 20261130 },
    );
  }, 120_000);
});

/** The rules of a later extension version, as far as storage can tell: other deadlines from the same facts. */
const laterRules: DeadlineDeriver = (input) =>
  deriveDeadlines(input).map((deadline) => ({ ...deadline, dueAt: deadline.dueAt + 60 * 60 * 1000 }));

describe('a changed context (time zone, settings, extension version)', () => {
  it('derives every order again at the next sweep: each stored row equals a derivation from scratch in the new context', async () => {
    await fc.assert(
      fc.asyncProperty(
        fc.array(orderArb, { minLength: 1, maxLength: 4 }),
        zoneArb,
        fc.tuple(settingsArb, settingsArb),
        // One thing changes at a time, so a stamp that forgot one of them is caught.
        fc.constantFrom('zone' as const, 'settings' as const, 'version' as const),
        fc.nat(),
        fc.integer({ min: 0, max: 30 * DAY }),
        async (orders, zone, [settings, otherSettings], change, pick, later) => {
          const db = freshDatabase();
          // Distinct ids: each generated order is its own row.
          const distinct = orders.map((o, i) => ({ ...o, orderId: `81000000000000${10 + i}` }));
          const firstAt = startOf(distinct[0] as Order) + 10 * DAY;
          const otherZones = ZONES.filter((z) => z !== zone);
          const before = { timeZone: zone, settings, deriveDeadlines, codeVersion: '1.0.0' };
          const after = {
            ...before,
            ...(change === 'zone' && { timeZone: otherZones[pick % otherZones.length] as string }),
            ...(change === 'settings' && {
              settings: sameJson(otherSettings, settings)
                ? { ...settings, notificationsEnabled: !settings.notificationsEnabled }
                : otherSettings,
            }),
            ...(change === 'version' && { codeVersion: '1.1.0', deriveDeadlines: laterRules }),
          };
          await ingestOrders(db, distinct, { ...before, now: firstAt });
          await refreshDue(db, { ...before, now: firstAt });
          const t = firstAt + later;
          await refreshDue(db, { ...after, now: t });

          const deriver = orderDeriver({ ...after, now: t });
          for (const row of await db.orders.toArray()) {
            const related = (await loadRelated(db, [row.ref])).of(row.ref);
            const facts = { order: row.order, ...related };
            const scratch = deriver.derive(
              { ref: row.ref, ...facts, before: undefined, times: row },
              deriver.stamp(facts),
            );
            expect(asShownAt(row, t)).toEqual(asShownAt(scratch, t));
          }
          db.close();
        },
      ),
      { numRuns: 80, seed: 20261130 },
    );
  }, 120_000);
});

function sameJson(a: unknown, b: unknown): boolean {
  return JSON.stringify(a) === JSON.stringify(b);
}
