import type { Deadline, Urgency } from '../model/deadline';
import type { EvidenceMeta } from '../model/evidence';
import type { JournalEntry } from '../model/journal';
import type { Marketplace, Order, OrderStatus } from '../model/order';
import type { Problem } from '../model/problem';
import type { Settings } from '../model/settings';

/**
 * Rows as IndexedDB stores them. Domain objects (Order, Deadline, …) are kept whole; the
 * extra top-level fields are denormalised copies that exist only to be indexed.
 */

/** `aliexpress:8204417366541234` — an order's key across marketplaces. */
export type OrderRef = `${Marketplace}:${string}`;

export function orderRef(marketplace: Marketplace, orderId: string): OrderRef {
  return `${marketplace}:${orderId}`;
}

/** IndexedDB cannot index booleans or `undefined`; these stand in for them. */
export const NO_DEADLINE = Number.MAX_SAFE_INTEGER;

export interface OrderRow {
  ref: OrderRef;
  marketplace: Marketplace;
  orderId: string;
  /** Everything read about the order, merged across page visits. */
  order: Order;
  firstSeenAt: number;
  lastSeenAt: number;
  updatedAt: number;
  /** Index copies. */
  status: OrderStatus | 'unknown';
  storeKey: string;
  hasDispute: 0 | 1;
  /** Earliest deadline still ahead (NO_DEADLINE when none): "most urgent first" is ascending order. */
  nextDueAt: number;
  /** Urgency of the order's most urgent deadline (lib/rules/urgency.ts); recomputed as time passes. */
  urgency: Urgency;
  /** "Most urgent first" as one ascending index: deadlineSortKey of the headline deadline. */
  attention: number;
  /** The deadline lists and badges show for this order (order-row.ts headlineDeadline); `dueOn` for a whole day. */
  headline: Pick<Deadline, 'kind' | 'label' | 'dueAt' | 'dueOn' | 'source'> | null;
  /** Lower-case words of the id, store and item titles, for prefix search. */
  words: string[];
  /**
   * The deadlines stored for this order, written out (order-row.ts deadlinesStamp): a refresh that
   * derives the same ones leaves the deadlines table alone. Absent: re-derived and rewritten.
   */
  deadlinesStamp?: string;
}

export interface HistoryRow {
  id?: number;
  ref: OrderRef;
  at: number;
  field: string;
  from?: string;
  to?: string;
}

export interface DeadlineRow extends Deadline {
  /** `${ref}:${kind}` */
  key: string;
  ref: OrderRef;
}

/** The domain deadline inside a stored row (what crosses messages). */
export function toDeadline({ key: _key, ref: _ref, ...deadline }: DeadlineRow): Deadline {
  return deadline;
}

export interface ReminderRow {
  /** `${deadline key}:${lead ms}` */
  key: string;
  ref: OrderRef;
  deadlineKey: string;
  dueAt: number;
  leadMs: number;
  /** When to notify (after quiet hours and snoozes are applied). */
  fireAt: number;
  firedAt?: number;
  /** The buyer asked to be reminded later. */
  snoozedUntil?: number;
}

export interface EvidenceRow extends EvidenceMeta {
  ref: OrderRef;
  blob: Blob;
}

/** What the buyer did and what happened (lib/model/journal.ts); the dispute case is folded from these. */
export interface JournalRow extends JournalEntry {
  ref: OrderRef;
}

/** The buyer's own account of what went wrong with an order (it steers the advisor and the texts). */
export interface CaseRow {
  ref: OrderRef;
  problem: Problem;
  updatedAt: number;
}

export interface SettingsRow {
  key: 'settings';
  value: Settings;
}

/** One chunk of a file an extension page is handing to the background (runtime messages carry JSON only). */
export interface UploadChunkRow {
  uploadId: string;
  index: number;
  total: number;
  /** base64 */
  data: string;
  at: number;
}
