import type { Urgency } from '../model/deadline';
import type { OrderStatus } from '../model/order';
import type { OrderRow } from './records';

export interface OrderFilter {
  /** Words to find in the order id, store or item titles (prefix match, all must match). */
  search?: string;
  status?: OrderStatus | 'unknown';
  /** Store name, any case. */
  store?: string;
  hasDispute?: boolean;
  urgency?: Urgency;
}

function searchTerms(search: string | undefined): string[] {
  return search?.toLocaleLowerCase().match(/[\p{L}\p{N}]+/gu) ?? [];
}

/** Whether a filter narrows anything (an empty one shows every order). */
export function isFiltering(filter: OrderFilter): boolean {
  return Object.values(filter).some((value) => value !== undefined);
}

/** The filter as a test of one row: every condition set must hold, each search word must start a word of the row. */
export function orderMatcher(filter: OrderFilter): (row: OrderRow) => boolean {
  const terms = searchTerms(filter.search);
  const store = filter.store?.toLocaleLowerCase();
  const dispute = filter.hasDispute === undefined ? undefined : filter.hasDispute ? 1 : 0;
  return (row) =>
    (!filter.status || row.status === filter.status) &&
    (store === undefined || row.storeKey === store) &&
    (dispute === undefined || row.hasDispute === dispute) &&
    (!filter.urgency || row.urgency === filter.urgency) &&
    terms.every((term) => row.words.some((word) => word.startsWith(term)));
}

/** The rows a filter keeps, in the order given (the popup filters the rows it already holds). */
export function filterOrders(rows: readonly OrderRow[], filter: OrderFilter): readonly OrderRow[] {
  return isFiltering(filter) ? rows.filter(orderMatcher(filter)) : rows;
}
