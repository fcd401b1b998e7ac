// `npm run bench:profile`: where the extension's main-thread time goes on a host page. Builds the extension
// unminified (names readable), loads My Orders and the order detail page a few times under Chromium's CPU
// profiler and prints the functions of chrome-extension:// scripts by self time (their callees inside the
// browser — layout, DOM, builtins — counted to the nearest extension frame above them).
// Options: --no-build (reuse .output), --runs N (loads per page, default 5), --top N (rows, default 30),
// --callees (split self time by the browser function it was in), --inclusive (time with callees, top down).
import { readFileSync } from 'node:fs';
import path from 'node:path';
import { closeNetwork, launchExtension, ROOT } from '../../test/e2e/launch';
import { type CpuProfile, profileLoadOnce } from './extension-script-time';
import { buildUnless, profileOptions } from './profile-cli';

const options = profileOptions({ runs: 5, top: 30 });
const { runs, top } = options;
// --callees: split each function's time by the browser function it was in (layout, GC, a DOM call…).
const detail = options.has('--callees');
// --inclusive: each function with everything it called (where a reading's time goes, top down).
const inclusive = options.has('--inclusive');
buildUnless(options.has('--no-build'), { unminified: true });

type Node = CpuProfile['nodes'][number] & { callFrame: { functionName: string; lineNumber: number } };

/** Self time per extension function: each sample goes to the nearest chrome-extension:// frame on its stack. */
function selfTimes(profile: CpuProfile, into: Map<string, number>) {
  const nodes = profile.nodes as Node[];
  const parent = new Map<number, number>();
  for (const node of nodes) for (const child of node.children ?? []) parent.set(child, node.id);
  const byId = new Map(nodes.map((node) => [node.id, node]));
  const owner = (id: number): string | undefined => {
    for (let at: number | undefined = id; at !== undefined; at = parent.get(at)) {
      const frame = byId.get(at)?.callFrame;
      if (frame?.url.startsWith('chrome-extension://')) {
        const file = frame.url.replace(/^chrome-extension:\/\/[^/]+\//, '');
        return `${frame.functionName || '(anonymous)'} ${file}:${frame.lineNumber + 1}:${(frame as { columnNumber?: number }).columnNumber ?? 0}`;
      }
    }
    return undefined;
  };
  const samples = profile.samples ?? [];
  const deltas = profile.timeDeltas ?? [];
  const leafOf = (id: number) => {
    const frame = byId.get(id)?.callFrame;
    return frame && !frame.url.startsWith('chrome-extension://') ? ` → ${frame.functionName || '(anonymous)'}` : '';
  };
  if (inclusive) {
    // Inclusive time: each sample counts once for every distinct extension function on its stack.
    for (let i = 0; i < samples.length; i++) {
      const names = new Set<string>();
      for (let at: number | undefined = samples[i] as number; at !== undefined; at = parent.get(at)) {
        const frame = byId.get(at)?.callFrame;
        if (frame?.url.startsWith('chrome-extension://') && frame.functionName)
          names.add(`${frame.functionName} ${frame.url.replace(/^chrome-extension:\/\/[^/]+\//, '')}`);
      }
      for (const name of names) into.set(name, (into.get(name) ?? 0) + Math.max(0, deltas[i + 1] ?? 0) / 1000 / runs);
    }
    return;
  }
  for (let i = 0; i < samples.length; i++) {
    const owned = owner(samples[i] as number);
    const name = owned && (detail ? owned + leafOf(samples[i] as number) : owned);
    if (name) into.set(name, (into.get(name) ?? 0) + Math.max(0, deltas[i + 1] ?? 0) / 1000 / runs);
  }
}

const FIXTURES = path.join(ROOT, 'test/fixtures/aliexpress');
const pages = {
  'https://www.aliexpress.com/p/order/index.html': readFileSync(path.join(FIXTURES, 'order-list.50.en.html'), 'utf8'),
  'https://www.aliexpress.com/p/order/detail.html?orderId=8207770001112223': readFileSync(
    path.join(FIXTURES, 'order-detail.8207770001112223.html'),
    'utf8',
  ),
};
const ext = await launchExtension({ extensionDir: path.join(ROOT, '.output/chrome-mv3') });
await closeNetwork(ext.context, `chrome-extension://${ext.extensionId}/`, []);
for (const [url, body] of Object.entries(pages)) {
  await ext.context.route(url, (route) => route.fulfill({ contentType: 'text/html; charset=utf-8', body }));
}
for (const url of Object.keys(pages)) {
  const times = new Map<string, number>();
  for (let i = 0; i <= runs; i++) {
    const profile = await profileLoadOnce(ext.context, url, { settleMs: 1000, waitMs: 5000 });
    // The first load is a warm-up (it also stores the orders); the others are counted.
    if (i > 0) selfTimes(profile, times);
  }
  const total = [...times.values()].reduce((sum, ms) => sum + ms, 0);
  if (!inclusive) console.log(`\n${url}: ${total.toFixed(1)} ms of extension script time per load (mean of ${runs})`);
  else console.log(`\n${url}: time per load with callees (mean of ${runs})`);
  for (const [name, ms] of [...times].sort((a, b) => b[1] - a[1]).slice(0, top)) {
    console.log(`${ms.toFixed(2).padStart(8)} ms  ${name}`);
  }
}
await ext.context.close();
