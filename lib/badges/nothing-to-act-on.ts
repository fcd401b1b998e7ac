import type { OrderRow } from '../db/records';
import type { Deadline } from '../model/deadline';

/** Statuses after which an order asks nothing more of the buyer unless a deadline or a case says so. */
const FINISHED: ReadonlySet<OrderRow['status']> = new Set(['completed', 'closed']);

/**
 * Whether an order's badge would be noise: it is completed, closed or cancelled (AliExpress shows a
 * cancelled order as closed), has no deadline still open and no case — no dispute on the page, no problem
 * the buyer recorded. Such an order would only get a grey "Tracked — no deadline" badge. Anything with a
 * deadline or a case keeps its badge; an order whose status was not read keeps it too.
 */
export function nothingToActOn(input: {
  row: Pick<OrderRow, 'status' | 'hasDispute'>;
  problem?: unknown;
  deadline: Pick<Deadline, 'dueAt'> | null;
}): boolean {
  const { row, problem, deadline } = input;
  return deadline === null && problem === undefined && row.hasDispute === 0 && FINISHED.has(row.status);
}
