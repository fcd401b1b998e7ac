import { URGENCIES, type Urgency } from '../model/urgency-levels';
import type { OrderListRow } from './records';

/** How many orders are in each urgency bucket: the "what is due" summary. */
export function urgencyCounts(rows: readonly OrderListRow[]): Record<Urgency, number> {
  const counts = Object.fromEntries(URGENCIES.map((urgency) => [urgency, 0])) as Record<Urgency, number>;
  for (const row of rows) counts[row.urgency]++;
  return counts;
}

/**
 * Store names for the filter menu, one per store (stores differing only in case are one), as the
 * order with the smallest key spells it, in the order of their lower-case keys — what the storeKey
 * index lists.
 */
export function storeNames(rows: readonly OrderListRow[]): string[] {
  const first = new Map<string, { ref: string; name: string }>();
  for (const row of rows) {
    const name = row.store;
    if (!row.storeKey || !name) continue;
    const seen = first.get(row.storeKey);
    if (!seen || row.ref < seen.ref) first.set(row.storeKey, { ref: row.ref, name });
  }
  return [...first.keys()].sort(byCodeUnits).map((key) => first.get(key)?.name as string);
}

function byCodeUnits(a: string, b: string): number {
  return a < b ? -1 : a > b ? 1 : 0;
}
