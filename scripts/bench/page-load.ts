import type { BrowserContext, Page } from '@playwright/test';

/** Installed before any page script: collects long tasks (≥ 50 ms) from the start of the page. */
export const LONG_TASK_PROBE = `
  window.__bgLongTasks = [];
  try {
    new PerformanceObserver((list) => {
      for (const entry of list.getEntries()) window.__bgLongTasks.push([entry.startTime, entry.duration]);
    }).observe({ type: 'longtask', buffered: true });
  } catch {}
`;

export interface LoadSample {
  /** Navigation start to the end of the load event. */
  loadMs: number;
  /** All long tasks (≥ 50 ms) from navigation start to the end of the observation window. */
  longTaskMs: number;
  /** Total blocking time: the part of each long task beyond 50 ms. */
  blockingMs: number;
  /** Long tasks that started before the load event ended (those delay the page's own loading). */
  longTaskBeforeLoadMs: number;
  /** The content script's own measures (performance.measure names starting with buyer-guard:). */
  measures: Record<string, number>;
  /** When the badges were drawn, from navigation start (the end of buyer-guard:badges or, later, buyer-guard:badges-placed). */
  badgesDrawnAt?: number;
  /** When the order list was in the page: DOMContentLoaded (the fixtures are server-rendered). */
  listPresentAt: number;
}

/** Waits until the content script has drawn the background's reply (its `buyer-guard:badges` mark), `timeoutMs` at most. */
export async function waitForBadges(page: Page, timeoutMs: number): Promise<void> {
  await page
    .waitForFunction(() => performance.getEntriesByName('buyer-guard:badges').length > 0, undefined, {
      timeout: timeoutMs,
      polling: 50,
    })
    .catch(() => undefined);
}

/**
 * Loads a URL in a fresh page and reports its load time and main-thread long tasks. It then keeps
 * watching for `settleMs` after load, and on the extension's side until the badges are drawn (at
 * most `waitForBadgesMs`), so the content script's work after load is counted too.
 */
export async function loadOnce(
  context: BrowserContext,
  url: string,
  options: { settleMs: number; waitForBadgesMs?: number },
): Promise<LoadSample> {
  const page = await context.newPage();
  await page.goto(url, { waitUntil: 'load' });
  if (options.waitForBadgesMs) await waitForBadges(page, options.waitForBadgesMs);
  await page.waitForTimeout(options.settleMs);
  const sample = await page.evaluate(() => {
    const nav = performance.getEntriesByType('navigation')[0] as PerformanceNavigationTiming | undefined;
    const tasks = (window as unknown as { __bgLongTasks?: [number, number][] }).__bgLongTasks ?? [];
    const loadEnd = nav?.loadEventEnd ?? Number.NaN;
    const measures: Record<string, number> = {};
    let badgesDrawnAt: number | undefined;
    for (const entry of performance.getEntriesByType('measure')) {
      if (!entry.name.startsWith('buyer-guard:')) continue;
      measures[entry.name] = entry.duration;
      // Drawn: the reply's badges written, and (since badges are placed after the next frame) placed.
      if (entry.name === 'buyer-guard:badges' || entry.name === 'buyer-guard:badges-placed') {
        badgesDrawnAt = Math.max(badgesDrawnAt ?? 0, entry.startTime + entry.duration);
      }
    }
    // No named helpers in here: the runner's TypeScript loader would wrap them in a function the page lacks.
    let longTaskMs = 0;
    let blockingMs = 0;
    let longTaskBeforeLoadMs = 0;
    for (const [start, duration] of tasks) {
      longTaskMs += duration;
      blockingMs += Math.max(0, duration - 50);
      if (start < loadEnd) longTaskBeforeLoadMs += duration;
    }
    return {
      loadMs: nav ? nav.loadEventEnd - nav.startTime : Number.NaN,
      longTaskMs,
      blockingMs,
      longTaskBeforeLoadMs,
      measures,
      ...(badgesDrawnAt !== undefined && { badgesDrawnAt }),
      listPresentAt: nav?.domContentLoadedEventEnd ?? Number.NaN,
    };
  });
  await page.close();
  return sample;
}
