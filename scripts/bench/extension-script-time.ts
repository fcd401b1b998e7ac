import type { BrowserContext } from '@playwright/test';
import { waitForBadges } from './page-load';

/** The parts of a CDP `Profiler.Profile` this figure needs. */
export interface CpuProfile {
  nodes: { id: number; callFrame: { url: string }; children?: number[] }[];
  samples?: number[];
  timeDeltas?: number[];
}

/**
 * Main-thread time (ms) spent in the extension's scripts in one CPU profile: every sample whose stack holds a
 * frame of a script at `chrome-extension://…` — the extension's own code and whatever it called (the page
 * layout it forced, DOM and Web API calls, builtins). Content scripts run in the page's V8 isolate, so a
 * profile of the page sees them; the time between a sample and the next is counted to the sample.
 */
export function extensionScriptMs(profile: CpuProfile, urlPrefix = 'chrome-extension://'): number {
  const parent = new Map<number, number>();
  for (const node of profile.nodes) for (const child of node.children ?? []) parent.set(child, node.id);
  const byId = new Map(profile.nodes.map((node) => [node.id, node]));
  const inExtension = new Map<number, boolean>();
  const isExtension = (id: number): boolean => {
    const known = inExtension.get(id);
    if (known !== undefined) return known;
    const own = byId.get(id)?.callFrame.url.startsWith(urlPrefix) ?? false;
    const up = parent.get(id);
    const result = own || (up !== undefined && isExtension(up));
    inExtension.set(id, result);
    return result;
  };
  const samples = profile.samples ?? [];
  const deltas = profile.timeDeltas ?? [];
  let micros = 0;
  for (let i = 0; i < samples.length; i++) {
    const next = deltas[i + 1] ?? 0;
    if (isExtension(samples[i] as number)) micros += Math.max(0, next);
  }
  return micros / 1000;
}

/**
 * Loads `url` in a fresh page under Chromium's CPU profiler (0.1 ms sampling), from before navigation until
 * `settleMs` after the reply was drawn (or `waitMs` at most; the badges are placed in the frames after), and
 * returns the profile. Profiled loads are separate from the timed ones: the profiler slows the page.
 */
export async function profileLoadOnce(
  context: BrowserContext,
  url: string,
  options: { settleMs: number; waitMs: number },
): Promise<CpuProfile> {
  const page = await context.newPage();
  const cdp = await context.newCDPSession(page);
  await cdp.send('Profiler.enable');
  await cdp.send('Profiler.setSamplingInterval', { interval: 100 });
  await cdp.send('Profiler.start');
  await page.goto(url, { waitUntil: 'load' });
  await waitForBadges(page, options.waitMs);
  await page.waitForTimeout(options.settleMs);
  const { profile } = (await cdp.send('Profiler.stop')) as { profile: CpuProfile };
  await cdp.detach();
  await page.close();
  return profile;
}

/** The extension's script time (ms) in one profiled load of `url` (profileLoadOnce, extensionScriptMs). */
export async function profileExtensionOnce(
  context: BrowserContext,
  url: string,
  options: { settleMs: number; waitMs: number },
): Promise<number> {
  return extensionScriptMs(await profileLoadOnce(context, url, options));
}
