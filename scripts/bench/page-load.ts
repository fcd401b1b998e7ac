import type { BrowserContext } from '@playwright/test';

/** Installed before any page script: collects long tasks (≥ 50 ms) from the start of the page. */
export const LONG_TASK_PROBE = `
  window.__bgLongTasks = [];
  try {
    new PerformanceObserver((list) => {
      for (const entry of list.getEntries()) window.__bgLongTasks.push(entry.duration);
    }).observe({ type: 'longtask', buffered: true });
  } catch {}
`;

export interface LoadSample {
  loadMs: number;
  longTaskMs: number;
  /** Total blocking time: the part of each long task beyond 50 ms. */
  blockingMs: number;
  /** The content script's own measures (performance.measure names starting with buyer-guard:). */
  measures: Record<string, number>;
}

/**
 * Loads a URL in a fresh page and reports its load time and main-thread long tasks, waiting
 * `settleMs` after load so work a content script does at document_idle is counted too.
 */
export async function loadOnce(context: BrowserContext, url: string, settleMs: number): Promise<LoadSample> {
  const page = await context.newPage();
  await page.goto(url, { waitUntil: 'load' });
  await page.waitForTimeout(settleMs);
  const sample = await page.evaluate(() => {
    const nav = performance.getEntriesByType('navigation')[0] as PerformanceNavigationTiming | undefined;
    const tasks = (window as unknown as { __bgLongTasks?: number[] }).__bgLongTasks ?? [];
    const measures: Record<string, number> = {};
    for (const entry of performance.getEntriesByType('measure')) {
      if (entry.name.startsWith('buyer-guard:')) measures[entry.name] = entry.duration;
    }
    return {
      loadMs: nav ? nav.loadEventEnd - nav.startTime : Number.NaN,
      longTaskMs: tasks.reduce((a, b) => a + b, 0),
      blockingMs: tasks.reduce((a, b) => a + Math.max(0, b - 50), 0),
      measures,
    };
  });
  await page.close();
  return sample;
}
