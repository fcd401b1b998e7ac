import { browser } from 'wxt/browser';
import { z } from 'zod';
import { type ReadingSummary, readingSummarySchema } from '../messaging/protocol';
import type { PageReading } from '../model/reading';

const KEY = 'lastReading';

/** The part of a reading the popup shows and tests check; the full reading goes to ingest. */
export function summariseReading(reading: PageReading): ReadingSummary {
  return {
    url: reading.url,
    ...(reading.pageKind ? { pageKind: reading.pageKind } : {}),
    ok: reading.ok,
    orderCount: reading.ok ? reading.orders.length : 0,
    orderIds: reading.ok ? reading.orders.slice(0, 100).map((order) => order.orderId) : [],
    sources: reading.ok ? reading.diagnostics.sources : [],
    ...(reading.ok ? { missingCount: reading.diagnostics.missing.length } : { reason: reading.reason }),
    readAt: reading.readAt,
  };
}

/** The latest reading a content script sent (session storage: survives worker restarts, not the browser). */
export async function recordLastReading(reading: PageReading): Promise<void> {
  await browser.storage.session.set({ [KEY]: summariseReading(reading) });
}

export async function readLastReading(): Promise<ReadingSummary | null> {
  const stored = await browser.storage.session.get(KEY);
  const parsed = readingSummarySchema.safeParse(stored[KEY]);
  return parsed.success ? parsed.data : null;
}

const REPORT_KEY = 'pageReport';
const pageReportSchema = z.object({ url: z.string(), report: z.string(), savedAt: z.number() });

/** The redacted report of the last page that was not (fully) read, for the popup to save as a file. */
export async function recordPageReport(url: string, report: string, savedAt: number): Promise<void> {
  await browser.storage.session.set({ [REPORT_KEY]: { url, report, savedAt } });
}

export async function readPageReport(): Promise<z.infer<typeof pageReportSchema> | null> {
  const stored = await browser.storage.session.get(REPORT_KEY);
  const parsed = pageReportSchema.safeParse(stored[REPORT_KEY]);
  return parsed.success ? parsed.data : null;
}
