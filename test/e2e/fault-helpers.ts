import type { BrowserContext, CDPSession, Page, Worker } from '@playwright/test';

/** A CDP handle that stops the extension's service worker (it restarts on its next event). */
export async function workerStopper(context: BrowserContext, page: Page): Promise<{ stop: () => Promise<void> }> {
  const cdp: CDPSession = await context.newCDPSession(page);
  await cdp.send('ServiceWorker.enable');
  return { stop: async () => void (await cdp.send('ServiceWorker.stopAllWorkers')) };
}

/**
 * The running service worker: a stopped one's Playwright handle is dead, so wake it with a ping
 * from an extension page and take the handle of the new one.
 */
export async function liveWorker(context: BrowserContext, page: Page): Promise<Worker> {
  await page.evaluate(() => chrome.runtime.sendMessage({ protocol: 'buyer-guard/1', type: 'ping', payload: {} }));
  const worker = context.serviceWorkers().at(-1);
  if (!worker) throw new Error('no service worker');
  return worker;
}

/** The alarms the worker has set, by name. */
export function alarmsOf(worker: Worker): Promise<Record<string, { scheduledTime: number; periodInMinutes?: number }>> {
  return worker.evaluate(async () =>
    Object.fromEntries(
      (await chrome.alarms.getAll()).map((a) => [
        a.name,
        { scheduledTime: a.scheduledTime, periodInMinutes: a.periodInMinutes },
      ]),
    ),
  );
}

export const sleep = (ms: number) => new Promise<void>((resolve) => setTimeout(resolve, ms));
