// `npx tsx scripts/bench/popup-profile.ts`: where the popup's time goes with 1,000 orders, open by open.
// Builds unminified (readable names), stores 1,000 orders as the benchmark does, then opens popup.html a few
// times under Chromium's CPU profiler and prints, per open, the page's timeline (navigation, each script and
// stylesheet's fetch from resource timing, the list's marks) and, for the time before the first render, the
// extension's functions by self time and the scripts' top-level evaluation by file.
// Options: --no-build (reuse .output), --runs N (opens counted after one warm-up, default 5), --top N (rows).
import { launchExtension, ROOT } from '../../test/e2e/launch';
import { benchBuild } from './bench-build';
import type { CpuProfile } from './extension-script-time';
import { LONG_TASK_PROBE } from './page-load';
import { importBenchOrders } from './popup-orders';
import { buildUnless, profileOptions } from './profile-cli';

const options = profileOptions({ runs: 5, top: 25 });
const { runs, top } = options;
// --inclusive: functions with everything they called (top down), instead of self time.
const inclusive = options.has('--inclusive');
buildUnless(options.has('--no-build'), { unminified: true });

type Frame = { functionName: string; url: string; lineNumber: number };
type Node = CpuProfile['nodes'][number] & { callFrame: Frame };
type Profile = CpuProfile & { startTime: number };

const short = (url: string) => url.replace(/^chrome-extension:\/\/[^/]+\//, '');

/** Each sample's time (ms after navigation start) and node, from the profile's start and its deltas. */
function timedSamples(profile: Profile, navigationStartMicros: number): { at: number; node: number; ms: number }[] {
  const samples = profile.samples ?? [];
  const deltas = profile.timeDeltas ?? [];
  const out: { at: number; node: number; ms: number }[] = [];
  let t = profile.startTime;
  for (let i = 0; i < samples.length; i++) {
    t += deltas[i] ?? 0;
    out.push({
      at: (t - navigationStartMicros) / 1000,
      node: samples[i] as number,
      ms: Math.max(0, deltas[i + 1] ?? 0) / 1000,
    });
  }
  return out;
}

const ext = await launchExtension({ extensionDir: await benchBuild(ROOT) });
await ext.context.addInitScript(LONG_TASK_PROBE);
const bench = await ext.context.newPage();
await bench.goto(`chrome-extension://${ext.extensionId}/bench.html`);
await importBenchOrders(bench, 1000);

const selfBefore = new Map<string, number>();
const byFileBefore = new Map<string, number>();
for (let i = 0; i <= runs; i++) {
  const page = await ext.context.newPage();
  await page.setViewportSize({ width: 400, height: 600 });
  const cdp = await ext.context.newCDPSession(page);
  await cdp.send('Performance.enable');
  await cdp.send('Profiler.enable');
  await cdp.send('Profiler.setSamplingInterval', { interval: 100 });
  await cdp.send('Profiler.start');
  await page.goto(`chrome-extension://${ext.extensionId}/popup.html`);
  await page.waitForFunction(() => performance.getEntriesByName('buyer-guard:order-list-complete').length > 0);
  await page.waitForTimeout(500);
  const { profile } = (await cdp.send('Profiler.stop')) as { profile: Profile };
  // NavigationStart is on the same monotonic clock as the profile's timestamps (seconds there, µs here).
  const { metrics } = (await cdp.send('Performance.getMetrics')) as { metrics: { name: string; value: number }[] };
  const navigationStart = (metrics.find((m) => m.name === 'NavigationStart')?.value ?? 0) * 1e6;
  const timeline = await page.evaluate(() => {
    const nav = performance.getEntriesByType('navigation')[0] as PerformanceNavigationTiming;
    const rows: [number, string][] = [
      [nav.responseEnd, 'popup.html received'],
      [nav.domInteractive, 'DOM interactive'],
      [nav.domContentLoadedEventStart, 'DOMContentLoaded'],
    ];
    for (const r of performance.getEntriesByType('resource') as PerformanceResourceTiming[]) {
      rows.push([
        r.startTime,
        `  fetch ${r.name.replace(/^chrome-extension:\/\/[^/]+\//, '')} … ${r.responseEnd.toFixed(1)}`,
      ]);
    }
    for (const m of performance.getEntriesByType('mark')) rows.push([m.startTime, `mark ${m.name}`]);
    const tasks = (window as unknown as { __bgLongTasks?: [number, number][] }).__bgLongTasks ?? [];
    for (const [start, duration] of tasks) rows.push([start, `long task ${duration.toFixed(0)} ms`]);
    return rows.sort((a, b) => a[0] - b[0]);
  });
  await cdp.detach();
  await page.close();
  if (i === 0) continue; // warm-up
  const first =
    timeline.find(([, what]) => what === 'mark buyer-guard:order-list-rendered')?.[0] ?? Number.POSITIVE_INFINITY;
  const nodes = profile.nodes as Node[];
  const parent = new Map<number, number>();
  for (const node of nodes) for (const child of node.children ?? []) parent.set(child, node.id);
  const byId = new Map(nodes.map((node) => [node.id, node]));
  // Busy time per 10 ms before the first render, by what ran: script evaluation, other extension code, or else.
  const buckets = new Map<number, number>();
  for (const sample of timedSamples(profile, navigationStart)) {
    if (sample.at > first) continue;
    const leaf = byId.get(sample.node)?.callFrame;
    if (!leaf || leaf.functionName === '(idle)') continue;
    const bucket = Math.floor(sample.at / 10) * 10;
    buckets.set(bucket, (buckets.get(bucket) ?? 0) + sample.ms);
    let owner: string | undefined;
    let topLevel: string | undefined;
    const onStack = new Set<string>();
    for (let at: number | undefined = sample.node; at !== undefined; at = parent.get(at)) {
      const frame = byId.get(at)?.callFrame;
      if (!frame?.url.startsWith('chrome-extension://')) continue;
      const name = `${frame.functionName || '(anonymous)'} ${short(frame.url)}:${frame.lineNumber + 1}`;
      owner ??= name;
      onStack.add(name);
      if (!frame.functionName) topLevel = short(frame.url);
    }
    for (const key of inclusive ? onStack : [owner ?? `(browser) ${leaf.functionName || '(anonymous)'}`]) {
      selfBefore.set(key, (selfBefore.get(key) ?? 0) + sample.ms / runs);
    }
    if (topLevel) byFileBefore.set(topLevel, (byFileBefore.get(topLevel) ?? 0) + sample.ms / runs);
  }
  console.log(`\nopen ${i}: timeline (ms after navigation start)`);
  for (const [at, what] of timeline) console.log(`${at.toFixed(1).padStart(8)}  ${what}`);
  console.log(
    `  busy before first render, per 10 ms: ${[...buckets]
      .sort((a, b) => a[0] - b[0])
      .map(([at, ms]) => `${at}:${ms.toFixed(1)}`)
      .join(' ')}`,
  );
}
console.log(`\nbefore the first render, by function (${inclusive ? 'with callees' : 'self'}, mean of ${runs}):`);
for (const [name, ms] of [...selfBefore].sort((a, b) => b[1] - a[1]).slice(0, top)) {
  console.log(`${ms.toFixed(2).padStart(8)} ms  ${name}`);
}
console.log(`\nbefore the first render, under a script's top level (evaluation, mean of ${runs}):`);
for (const [name, ms] of [...byFileBefore].sort((a, b) => b[1] - a[1]).slice(0, top)) {
  console.log(`${ms.toFixed(2).padStart(8)} ms  ${name}`);
}
await ext.context.close();
