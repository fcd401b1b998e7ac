import { browser } from 'wxt/browser';
import { z } from 'zod';
import { lazy } from '../lazy';
import {
  MAX_LISTED_DROPPED,
  type ParsedRequestOf,
  type ReadingSummary,
  readingSummarySchema,
} from '../messaging/protocol';
import type { PageReading } from '../model/reading';
import type { DroppedOrder } from './accept-orders';

const KEY = 'lastReading';

/** What became of a reading's orders once the background tried to store them. */
export interface ReadingOutcome {
  /** Ids of the orders stored (in reading order). */
  storedIds: readonly string[];
  dropped: readonly DroppedOrder[];
  /** The write failed: nothing of the reading was kept. */
  notStored?: boolean;
  /** A limit refused the reading or some of its new orders. */
  refused?: ReadingSummary['refused'];
}

/** The part of a reading the popup shows and tests check; the full reading goes to ingest. */
export function summariseReading(
  reading: PageReading | ParsedRequestOf<'pageReading'>,
  outcome: ReadingOutcome,
): ReadingSummary {
  return {
    url: reading.url,
    ...(reading.pageKind ? { pageKind: reading.pageKind } : {}),
    ok: reading.ok,
    orderCount: reading.ok ? reading.orders.length : 0,
    orderIds: outcome.storedIds.slice(0, 100),
    sources: reading.ok ? reading.diagnostics.sources : [],
    ...(reading.ok ? { missingCount: reading.diagnostics.missing.length } : { reason: reading.reason }),
    readAt: reading.readAt,
    stored: outcome.storedIds.length,
    ...(outcome.dropped.length > 0 && {
      dropped: outcome.dropped
        .slice(0, MAX_LISTED_DROPPED)
        .map(({ orderId, why }) => ({ orderId: orderId.slice(0, 40), why: why.slice(0, 300) })),
    }),
    ...(outcome.notStored && { notStored: true as const }),
    ...(outcome.refused && { refused: outcome.refused }),
    ...shortenedTexts(reading),
    ...deadlineDisagreements(reading),
  };
}

/** How many texts the reader shortened to the model's limits (its notes say "(shortened to N characters)"). */
function shortenedTexts(reading: PageReading | ParsedRequestOf<'pageReading'>) {
  if (!reading.ok) return {};
  const count = reading.diagnostics.missing.filter((note) => note.endsWith(' characters)')).length;
  return count ? { shortened: count } : {};
}

/** The reading's deadline disagreements (JSON against what the page shows), bounded for the summary. */
function deadlineDisagreements(reading: PageReading | ParsedRequestOf<'pageReading'>) {
  if (!reading.ok) return {};
  const found = reading.diagnostics.disagreements
    .filter((disagreement) => disagreement.field.startsWith('timers.'))
    .slice(0, MAX_LISTED_DROPPED)
    .map(({ orderId, field, dom, json }) => ({
      orderId: orderId.slice(0, 40),
      field: field.slice(0, 100),
      dom: dom.slice(0, 100),
      json: json.slice(0, 100),
    }));
  return found.length ? { deadlineDisagreements: found } : {};
}

/**
 * The latest reading a content script sent and what became of it (session storage: survives worker
 * restarts, not the browser). Written after the reading's orders were committed, so it never says a
 * reading succeeded that was not stored.
 */
export async function recordLastReading(
  reading: PageReading | ParsedRequestOf<'pageReading'>,
  outcome: ReadingOutcome,
): Promise<void> {
  await browser.storage.session.set({ [KEY]: summariseReading(reading, outcome) });
}

export async function readLastReading(): Promise<ReadingSummary | null> {
  const stored = await browser.storage.session.get(KEY);
  const parsed = readingSummarySchema().safeParse(stored[KEY]);
  return parsed.success ? parsed.data : null;
}

const REPORT_KEY = 'pageReport';
const pageReportSchema = lazy(() => z.object({ url: z.string(), report: z.string(), savedAt: z.number() }));

/** The redacted report of the last page that was not (fully) read, for the popup to save as a file. */
export async function recordPageReport(url: string, report: string, savedAt: number): Promise<void> {
  await browser.storage.session.set({ [REPORT_KEY]: { url, report, savedAt } });
}

export async function readPageReport(): Promise<z.infer<ReturnType<typeof pageReportSchema>> | null> {
  const stored = await browser.storage.session.get(REPORT_KEY);
  const parsed = pageReportSchema().safeParse(stored[REPORT_KEY]);
  return parsed.success ? parsed.data : null;
}
