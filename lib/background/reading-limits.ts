/**
 * What one tab's page may make Buyer Guard store. A buyer browsing My Orders hands over a few readings a
 * minute and meets a few dozen new orders; a page rewriting itself to flood the disk (new made-up cards
 * every half second, kilobytes of text in each) hands over hundreds. Past these limits a page's reading,
 * or its new orders, are refused and the popup says so; nothing already stored is touched, and the page
 * is read again once the minute has passed (the content script tries again).
 */
export const READING_LIMITS = {
  /** A reading a second: a buyer clicking through order after order stays below; a page rewriting itself does not. */
  readingsPerTabPerMinute: 60,
  newOrdersPerTabPerMinute: 300,
  /** Orders kept in all: a new order from a page is refused past this (orders already kept still update). */
  storedOrders: 20_000,
};
export type ReadingLimits = typeof READING_LIMITS;

const MINUTE_MS = 60_000;

export type Admission = { ok: true; newOrderBudget: number } | { ok: false; retryAfterMs: number };

interface TabActivity {
  readings: number[];
  created: { at: number; count: number }[];
}

/**
 * Counts, per tab, the readings admitted and the orders they created over the last minute (in the
 * worker's memory: a worker that stops forgets, which only ever lets a reading through).
 */
export function createReadingLimiter(limits: ReadingLimits = READING_LIMITS) {
  const tabs = new Map<string, TabActivity>();
  const recent = (tab: string, now: number): TabActivity => {
    for (const [key, activity] of tabs) {
      activity.readings = activity.readings.filter((at) => at > now - MINUTE_MS);
      activity.created = activity.created.filter((entry) => entry.at > now - MINUTE_MS);
      if (!activity.readings.length && !activity.created.length && key !== tab) tabs.delete(key);
    }
    let activity = tabs.get(tab);
    if (!activity) {
      activity = { readings: [], created: [] };
      tabs.set(tab, activity);
    }
    return activity;
  };
  return {
    /** Whether a tab's reading may be stored now, and how many new orders it may add. */
    admit(tab: string, now: number): Admission {
      const activity = recent(tab, now);
      const oldest = activity.readings[0];
      if (oldest !== undefined && activity.readings.length >= limits.readingsPerTabPerMinute) {
        return { ok: false, retryAfterMs: Math.max(1_000, oldest + MINUTE_MS - now) };
      }
      activity.readings.push(now);
      const created = activity.created.reduce((sum, entry) => sum + entry.count, 0);
      return { ok: true, newOrderBudget: Math.max(0, limits.newOrdersPerTabPerMinute - created) };
    },
    recordCreated(tab: string, now: number, count: number): void {
      if (count > 0) recent(tab, now).created.push({ at: now, count });
    },
  };
}
