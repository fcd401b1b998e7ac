import type { DisputeCase } from '../../../lib/model/dispute';
import type { JournalEntry } from '../../../lib/model/journal';
import type { Order } from '../../../lib/model/order';

/** Test data builders: a plain shipped order and an opened dispute, overridable per case. */
export function anOrder(overrides: Partial<Order> = {}): Order {
  return { marketplace: 'aliexpress', orderId: '8100000000000001', ...overrides };
}

export function aDispute(overrides: Partial<DisputeCase> = {}): DisputeCase {
  return {
    orderId: '8100000000000001',
    reason: 'not-received',
    openedAt: Date.parse('2026-03-20T10:00:00Z'),
    status: 'opened',
    ...overrides,
  };
}

export const utc = (iso: string) => Date.parse(iso);
export const DAY = 86_400_000;
export const HOUR = 3_600_000;

/** A journal entry of the builders' order, at an instant, with any extra fields. */
export function aJournalEntry(kind: JournalEntry['kind'], at: number, extra: Partial<JournalEntry> = {}): JournalEntry {
  return { id: `${kind}-${at}`, orderId: '8100000000000001', kind, at, ...extra };
}
