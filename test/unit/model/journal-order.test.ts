import { describe, expect, it } from 'vitest';
import { byJournalOrder, type JournalEntry } from '../../../lib/model/journal';
import { disputeFromJournal } from '../../../lib/rules/dispute-from-journal';

const AT = Date.UTC(2026, 4, 16, 12, 51);
const entry = (id: string, kind: JournalEntry['kind'], at = AT): JournalEntry => ({
  id,
  orderId: '8100000000000001',
  kind,
  at,
});

describe('byJournalOrder', () => {
  it('orders by time, then entries at the same instant by id', () => {
    const entries = [entry('b', 'seller-replied'), entry('a', 'escalated'), entry('c', 'dispute-opened', AT - 1)];
    expect([...entries].sort(byJournalOrder).map((e) => e.id)).toEqual(['c', 'a', 'b']);
  });

  it('folds a journal with entries at the same instant into the same case whatever order it was read in', () => {
    const journal = [
      entry('e-dispute-opened', 'dispute-opened', AT - 60_000),
      entry('e-seller-replied', 'seller-replied'),
      entry('e-escalated', 'escalated'),
    ];
    expect(disputeFromJournal([...journal].reverse())).toEqual(disputeFromJournal(journal));
    expect(disputeFromJournal([journal[0], journal[2], journal[1]] as JournalEntry[])).toEqual(
      disputeFromJournal(journal),
    );
  });
});
