import type { Urgency } from '../model/deadline';
import type { OrderStatus } from '../model/order';
import type { OrderListRow } from './records';

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
export function orderMatcher(filter: OrderFilter): (row: OrderListRow) => boolean {
  // The row's search text is its words separated by spaces: a word starts at the text's start or after a space.
  const terms = searchTerms(filter.search).map((term) => ` ${term}`);
  const store = filter.store?.toLocaleLowerCase();
  const dispute = filter.hasDispute === undefined ? undefined : filter.hasDispute ? 1 : 0;
  return (row) =>
    (!filter.status || row.status === filter.status) &&
    (store === undefined || row.storeKey === store) &&
    (dispute === undefined || row.hasDispute === dispute) &&
    (!filter.urgency || row.urgency === filter.urgency) &&
    terms.every((term) => ` ${row.search}`.includes(term));
}

/** The rows a filter keeps, in the order given (the popup filters the rows it already holds). */
export function filterOrders<Row extends OrderListRow>(rows: readonly Row[], filter: OrderFilter): readonly Row[] {
  return isFiltering(filter) ? rows.filter(orderMatcher(filter)) : rows;
}
