import type { Table } from 'dexie';

/** Rows per request batch: small enough that the first batch goes out early, large enough to keep the calls few. */
const BATCH_ROWS = 500;

/**
 * Puts rows as they are made, in batches, inside the caller's transaction. IndexedDB stores a batch in
 * the browser's own process while this one goes on deriving the next, instead of everything derived
 * first and then everything stored: on 10,000 orders the two overlap (docs/PERFORMANCE.md "Ingest
 * profile"). `done` waits for every batch; one failing batch fails it, and the transaction with it, as
 * one bulkPut would. No await may come between `add` and `done`'s start other than the transaction's
 * own requests (IndexedDB ends an idle transaction).
 */
export function batchedPut<T, K>(table: Table<T, K>): { add(row: T): void; done(): Promise<number> } {
  let batch: T[] = [];
  let count = 0;
  const writes: Promise<unknown>[] = [];
  const flush = () => {
    if (batch.length === 0) return;
    writes.push(table.bulkPut(batch));
    count += batch.length;
    batch = [];
  };
  return {
    add(row) {
      batch.push(row);
      if (batch.length >= BATCH_ROWS) flush();
    },
    async done() {
      flush();
      await Promise.all(writes);
      return count;
    },
  };
}
