import { browser } from 'wxt/browser';
import { type ReadingSummary, readingSummarySchema } from '../messaging/protocol';
import type { PageReading } from '../model/reading';
import { type ReadingOutcome, summariseReading } from './last-reading';

/**
 * What the last reading of each tab showed (session storage, one key per tab): the side panel follows the
 * active tab and shows that tab's orders. Tab ids come with the sender of each reading, so no `tabs`
 * permission is needed; the record goes when the tab closes, and with the browser session.
 */
const PREFIX = 'tabReading.';

export function tabReadingKey(tabId: number): string {
  return `${PREFIX}${tabId}`;
}

/** `outcome`: what was stored of the reading, as the last-reading record says it. */
export async function recordTabReading(tabId: number, reading: PageReading, outcome: ReadingOutcome): Promise<void> {
  await browser.storage.session.set({ [tabReadingKey(tabId)]: summariseReading(reading, outcome) });
}

/** The tab's last reading, or null: none yet, or a stored value that does not validate. */
export async function readTabReading(tabId: number): Promise<ReadingSummary | null> {
  const key = tabReadingKey(tabId);
  const stored = await browser.storage.session.get(key);
  return parseTabReading(stored[key]);
}

export function parseTabReading(value: unknown): ReadingSummary | null {
  const parsed = readingSummarySchema().safeParse(value);
  return parsed.success ? parsed.data : null;
}

export async function forgetTabReading(tabId: number): Promise<void> {
  await browser.storage.session.remove(tabReadingKey(tabId));
}
