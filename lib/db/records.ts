import type { Deadline, DeadlineKind, Urgency } from '../model/deadline';
import type { EvidenceMeta } from '../model/evidence';
import type { JournalEntry } from '../model/journal';
import type { Marketplace, Order, OrderStatus } from '../model/order';
import type { Problem } from '../model/problem';
import type { Settings } from '../model/settings';

/**
 * Rows as IndexedDB stores them. Domain objects (Order, Deadline, …) are kept whole; the extra
 * top-level fields are derived copies that exist to be indexed or shown without deriving again.
 */

/** `aliexpress:8204417366541234` — an order's key across marketplaces. */
export type OrderRef = `${Marketplace}:${string}`;

export function orderRef(marketplace: Marketplace, orderId: string): OrderRef {
  return `${marketplace}:${orderId}`;
}

/** IndexedDB cannot index booleans or `undefined`; these stand in for them. */
export const NO_DEADLINE = Number.MAX_SAFE_INTEGER;

/**
 * What the order list shows, filters and sorts on, derived once by the background when the order is
 * stored (order-row.ts) and kept in the order's row: the popup renders it as it is. Data, not
 * sentences: the page formats it in the buyer's language.
 */
export interface OrderListRow {
  ref: OrderRef;
  orderId: string;
  /** The first item's title as the page shows it; absent when no item was read. */
  title?: string;
  /** How many items the order has, titled or not (0: none read). */
  itemCount: number;
  /** The store's name as the page spells it. */
  store?: string;
  /** The store name in lower case: the store filter's key. */
  storeKey: string;
  status: OrderStatus | 'unknown';
  hasDispute: 0 | 1;
  /** Urgency of the order's most urgent deadline (lib/rules/urgency.ts); recomputed as time passes. */
  urgency: Urgency;
  /** "Most urgent first" as one ascending index: deadlineSortKey of the headline deadline. */
  attention: number;
  /** The deadline lists and badges show for this order (order-row.ts headlineDeadline); `dueOn` for a whole day. */
  headline: Pick<Deadline, 'kind' | 'label' | 'dueAt' | 'dueOn' | 'source'> | null;
  /** Lower-case words of the id, store and item titles, space-separated, for prefix search. */
  search: string;
}

/**
 * A reminder as the order's row keeps it: one per tracked deadline (`kind`) and lead time. Its key
 * across orders is reminderKey(ref, kind, leadMs).
 */
export interface OrderReminder {
  kind: DeadlineKind;
  leadMs: number;
  /** The deadline's due time when it was planned: a moved deadline re-plans its reminders. */
  dueAt: number;
  /** When to notify (after quiet hours and snoozes are applied). */
  fireAt: number;
  firedAt?: number;
  /** The buyer asked to be reminded later. */
  snoozedUntil?: number;
}

/**
 * One order and everything derived from it, in one row (schema v3): ingesting an order writes
 * this row and nothing else. The order is kept whole; the list fields (OrderListRow) and the rest
 * of the top-level fields are derived from it, its journal and problem, the settings and the time.
 */
export interface OrderRow extends OrderListRow {
  marketplace: Marketplace;
  /** Everything read about the order, merged across page visits. */
  order: Order;
  firstSeenAt: number;
  lastSeenAt: number;
  updatedAt: number;
  /** Earliest deadline still ahead (NO_DEADLINE when none). */
  nextDueAt: number;
  /** Every deadline of the order, most urgent first, as the rules engine derived them. */
  deadlines: Deadline[];
  /** The reminders planned for those deadlines, fired ones included (lib/background/plan-reminders.ts). */
  reminders: OrderReminder[];
  /** Indexed: when the earliest reminder not yet fired is due; absent when none is pending. */
  nextReminderAt?: number;
  /**
   * Indexed: the first moment at which time alone changes what was derived (an urgency threshold, a
   * deadline passing, a reminder coming within reach); absent when nothing ever will. The sweep
   * re-derives the orders whose moment has come, and only those.
   */
  staleAt?: number;
  /**
   * A stamp of everything the derivation read (order, journal, problem, settings, time zone:
   * derivation-stamp.ts). Equal stamps and a staleAt still ahead: deriving again gives the same
   * row, so it is skipped. Absent: derived again at the next chance.
   */
  derivedFrom?: string;
}

export interface HistoryRow {
  id?: number;
  ref: OrderRef;
  at: number;
  field: string;
  from?: string;
  to?: string;
}

/** A deadline with its key across orders: what views list (`${ref}:${kind}`). */
export interface DeadlineRow extends Deadline {
  /** `${ref}:${kind}` */
  key: string;
  ref: OrderRef;
}

/** The domain deadline inside a view row (what crosses messages). */
export function toDeadline({ key: _key, ref: _ref, ...deadline }: DeadlineRow): Deadline {
  return deadline;
}

/** An order's deadlines with their keys, by due time (the timeline's order). */
export function deadlineRowsOf(row: Pick<OrderRow, 'ref' | 'deadlines'>): DeadlineRow[] {
  return row.deadlines
    .map((deadline) => ({ ...deadline, key: `${row.ref}:${deadline.kind}`, ref: row.ref }))
    .sort((a, b) => a.dueAt - b.dueAt);
}

/** A reminder's key across orders, as notifications name the reminders they show. */
export function reminderKey(ref: OrderRef, reminder: Pick<OrderReminder, 'kind' | 'leadMs'>): string {
  return `${ref}:${reminder.kind}:${reminder.leadMs}`;
}

/** The order a reminder key belongs to, and the reminder within it; undefined for a key of another shape. */
export function parseReminderKey(key: string): { ref: OrderRef; kind: string; leadMs: number } | undefined {
  const match = /^([a-z]+:[^:]+):([a-z-]+):(\d+)$/.exec(key);
  if (!match) return undefined;
  return { ref: match[1] as OrderRef, kind: match[2] as string, leadMs: Number(match[3]) };
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

/**
 * The settings table: the buyer's settings, and the stamp of the settings and time zone the stored
 * derivations were last all made with (lib/background/ingest.ts refreshAll), which the sweep compares.
 */
export type SettingsRow = { key: 'settings'; value: Settings } | { key: 'derived-with'; value: string };

/** One chunk of a file an extension page is handing to the background (runtime messages carry JSON only). */
export interface UploadChunkRow {
  uploadId: string;
  index: number;
  total: number;
  /** base64 */
  data: string;
  at: number;
}
