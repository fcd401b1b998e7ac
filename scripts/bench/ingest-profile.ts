// `npx tsx scripts/bench/ingest-profile.ts [--no-build] [--runs N]`: where the background's ingest of
// 10,000 orders spends its time. Runs bench.html's ingest under Chromium's CPU profiler (CDP `Profiler`,
// 0.1 ms sampling, the ingest alone between console.profile and profileEnd) and prints the functions by
// self time and by total time, summed over the runs ("(idle)": the page waiting for IndexedDB), then the
// floor under any one-row-per-order ingest: 10,000 bare rows put by raw IndexedDB.

import os from 'node:os';
import { launchExtension, ROOT } from '../../test/e2e/launch';
import { benchBuild } from './bench-build';
import type { CpuProfile } from './extension-script-time';
import { buildUnless } from './profile-cli';
import { round } from './stats';

interface ProfileNode {
  id: number;
  callFrame: { functionName: string; url: string; lineNumber: number };
  children?: number[];
}

const args = process.argv.slice(2);
const runsAt = args.indexOf('--runs');
const runs = runsAt >= 0 ? Number(args[runsAt + 1]) : 3;
const top = 30;
if (!Number.isInteger(runs) || runs < 1) throw new Error('--runs takes a whole number of runs, e.g. --runs 3');
const loadBefore = os.loadavg();
buildUnless(args.includes('--no-build'), { unminified: false });
const benchDir = await benchBuild(ROOT);
const extension = await launchExtension({ extensionDir: benchDir });
const page = await extension.context.newPage();
await page.goto(`chrome-extension://${extension.extensionId}/bench.html`);
const cdp = await extension.context.newCDPSession(page);
await cdp.send('Profiler.enable');
await cdp.send('Profiler.setSamplingInterval', { interval: 100 });

/** Self time (µs) per function (name and place), over every profile. */
const selfTime = new Map<string, number>();
/** Total time (µs) per function: the samples with it anywhere on their stack. */
const totalTime = new Map<string, number>();
let totalMicros = 0;
const ingestMs: number[] = [];
for (let run = 0; run < runs; run++) {
  const finished = new Promise<CpuProfile>((resolve) =>
    cdp.once('Profiler.consoleProfileFinished', (event: { profile: CpuProfile }) => resolve(event.profile)),
  );
  const result = (await page.evaluate(() =>
    (
      globalThis as unknown as {
        buyerGuardBench: { ingestAndReschedule: (n: number, o: object) => Promise<{ ingestMs: number }> };
      }
    ).buyerGuardBench.ingestAndReschedule(10_000, { profileIngest: true }),
  )) as { ingestMs: number };
  ingestMs.push(result.ingestMs);
  const profile = await finished;
  const nodes = new Map((profile.nodes as ProfileNode[]).map((node) => [node.id, node]));
  const parent = new Map<number, number>();
  for (const node of nodes.values()) for (const child of node.children ?? []) parent.set(child, node.id);
  const samples = profile.samples ?? [];
  const deltas = profile.timeDeltas ?? [];
  for (let i = 0; i < samples.length; i++) {
    const micros = Math.max(0, deltas[i + 1] ?? 0);
    const own = samples[i] as number;
    selfTime.set(keyOf(nodes.get(own)), (selfTime.get(keyOf(nodes.get(own))) ?? 0) + micros);
    const onStack = new Set<string>();
    for (let id: number | undefined = own; id !== undefined; id = parent.get(id)) onStack.add(keyOf(nodes.get(id)));
    for (const key of onStack) totalTime.set(key, (totalTime.get(key) ?? 0) + micros);
    totalMicros += micros;
  }
}
// The floor: 10,000 rows of a key and one indexed number, put by raw IndexedDB in one transaction.
const floorMs: number[] = [];
for (let run = 0; run < runs; run++) {
  floorMs.push(
    (await page.evaluate(() =>
      (
        globalThis as unknown as { buyerGuardBench: { putFloor: (n: number) => Promise<number> } }
      ).buyerGuardBench.putFloor(10_000),
    )) as number,
  );
}
await extension.context.close();

console.log(`ingest of 10,000 orders, ${runs} run(s): ${ingestMs.map((ms) => `${round(ms)} ms`).join(', ')}`);
console.log(`floor, 10,000 bare rows by raw IndexedDB: ${floorMs.map((ms) => `${round(ms)} ms`).join(', ')}`);
console.log(
  `load average before ${loadBefore.map((l) => round(l, 2)).join(' ')}, after ${os
    .loadavg()
    .map((l) => round(l, 2))
    .join(' ')}`,
);
console.log(`profiled ${round(totalMicros / 1000 / runs)} ms a run; self time per function, summed over the runs:`);
for (const [key, micros] of [...selfTime].sort((a, b) => b[1] - a[1]).slice(0, top)) console.log(line(key, micros));
console.log('total time per function (itself and what it called):');
for (const [key, micros] of [...totalTime].sort((a, b) => b[1] - a[1]).slice(0, top)) console.log(line(key, micros));

function line(key: string, micros: number): string {
  const share = round((100 * micros) / totalMicros, 1)
    .toString()
    .padStart(5);
  return `${share} %  ${round(micros / 1000 / runs)
    .toString()
    .padStart(6)} ms  ${key}`;
}

/** A function's name and place (file:line of the bundle), the unit the profile is summed by. */
function keyOf(node: ProfileNode | undefined): string {
  if (!node) return '?';
  const { functionName, url, lineNumber } = node.callFrame;
  const file = url.split('/').at(-1) ?? '';
  return `${functionName || '(anonymous)'}${file ? ` ${file}:${lineNumber + 1}` : ''}`;
}
