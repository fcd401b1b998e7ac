import type { Deadline } from '../model/deadline';
import type { EvidenceMeta } from '../model/evidence';
import type { Marketplace, Order, OrderStatus } from '../model/order';
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
  /** Highest urgency among the order's deadlines, 0 (none) … 4 (overdue). */
  urgencyRank: number;
  /** "Most urgent first" as one ascending index: higher urgency first, then the earlier next deadline. */
  attention: number;
  /** Lower-case words of the id, store and item titles, for prefix search. */
  words: string[];
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

export interface JournalRow {
  id?: number;
  ref: OrderRef;
  at: number;
  kind: string;
  text: string;
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
