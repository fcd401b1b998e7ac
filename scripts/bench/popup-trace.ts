// `npx tsx scripts/bench/popup-trace.ts`: what the popup's first render waits for, from a Chromium trace of
// each open with 1,000 orders stored: the browser loading popup.html, then its scripts and stylesheets (from
// the extension's own files), the scripts' evaluation, and Buyer Guard's own work up to the first rows on
// screen. It separates the part no code of ours runs in (the loading) from the part our code spends.
// Options: --no-build (reuse .output), --runs N (opens counted after two warm-ups, default 8).
// The minified build the benchmark measures, not an unminified one: no function names are needed here.
import { launchExtension, ROOT } from '../../test/e2e/launch';
import { benchBuild } from './bench-build';
import { importBenchOrders } from './popup-orders';
import { buildUnless, profileOptions } from './profile-cli';
import { summarise } from './stats';

const options = profileOptions({ runs: 8, top: 1 });
buildUnless(options.has('--no-build'), { unminified: false });

interface TraceEvent {
  name: string;
  ph: string;
  ts: number;
  dur?: number;
  pid: number;
  tid: number;
  args?: { data?: { url?: string; requestId?: string; documentLoaderURL?: string } };
}

/** The phases of one open, in ms after the navigation started. */
interface Phases {
  htmlLoaded: number;
  subresourcesLoaded: number;
  scriptsEvaluated: number;
  firstRender: number;
}

function phasesOf(events: TraceEvent[]): Phases | undefined {
  const navigation = events.find(
    (e) => e.name === 'navigationStart' && e.args?.data?.documentLoaderURL?.endsWith('/popup.html'),
  );
  const render = events.find((e) => e.name === 'buyer-guard:order-list-rendered');
  if (!navigation || !render) return undefined;
  const at = (ts: number) => (ts - navigation.ts) / 1000;
  // Requests are named by URL when sent and by id when they finish.
  const urlOf = new Map<string, string>();
  for (const e of events) {
    if (e.name === 'ResourceSendRequest' && e.args?.data?.requestId && e.args.data.url) {
      urlOf.set(e.args.data.requestId, e.args.data.url);
    }
  }
  const finished = (test: (url: string) => boolean) =>
    events
      .filter(
        (e) => e.name === 'ResourceFinish' && e.ts < render.ts && test(urlOf.get(e.args?.data?.requestId ?? '') ?? ''),
      )
      .map((e) => at(e.ts));
  const html = finished((url) => url.endsWith('/popup.html'));
  const subresources = finished((url) => /\.(js|css)$/.test(url) && !url.includes('/chunks/send-'));
  // The page's main thread: the one the navigation ran on.
  const evaluations = events.filter(
    (e) => e.pid === navigation.pid && e.name === 'v8.evaluateModule' && e.ts < render.ts && e.dur !== undefined,
  );
  const lastEvaluation = evaluations.at(-1);
  return {
    htmlLoaded: Math.max(...html),
    subresourcesLoaded: Math.max(...subresources),
    scriptsEvaluated: lastEvaluation ? at(lastEvaluation.ts + (lastEvaluation.dur ?? 0)) : Number.NaN,
    firstRender: at(render.ts),
  };
}

const ext = await launchExtension({ extensionDir: await benchBuild(ROOT) });
const bench = await ext.context.newPage();
await bench.goto(`chrome-extension://${ext.extensionId}/bench.html`);
await importBenchOrders(bench, 1000);

const measured: Phases[] = [];
for (let i = 0; i < options.runs + 2; i++) {
  const popup = await ext.context.newPage();
  await popup.setViewportSize({ width: 400, height: 600 });
  const cdp = await ext.context.newCDPSession(popup);
  const events: TraceEvent[] = [];
  cdp.on('Tracing.dataCollected', ({ value }) => events.push(...(value as unknown as TraceEvent[])));
  const complete = new Promise((resolve) => cdp.once('Tracing.tracingComplete', resolve));
  await cdp.send('Tracing.start', {
    categories: 'devtools.timeline,v8,blink.user_timing,loading,navigation',
    transferMode: 'ReportEvents',
  });
  await popup.goto(`chrome-extension://${ext.extensionId}/popup.html`);
  await popup.waitForFunction(() => performance.getEntriesByName('buyer-guard:order-list-complete').length > 0);
  await cdp.send('Tracing.end');
  await complete;
  const phases = phasesOf(events);
  // The first two opens warm the browser's caches (the extension's files, compiled code).
  if (i >= 2 && phases) measured.push(phases);
  await popup.close();
}
await ext.context.close();

const rows: [string, (p: Phases) => number][] = [
  ['popup.html loaded (the browser)', (p) => p.htmlLoaded],
  ['its scripts and stylesheets loaded (the browser)', (p) => p.subresourcesLoaded],
  ['the scripts evaluated', (p) => p.scriptsEvaluated],
  ['the first rows on screen', (p) => p.firstRender],
  ['  of which after the scripts were loaded (our code)', (p) => p.firstRender - p.subresourcesLoaded],
];
console.log(`Popup with 1,000 orders, ${measured.length} traced opens: ms after navigation start (median, p90)`);
for (const [name, of] of rows) {
  const { median, p90 } = summarise(measured.map(of));
  console.log(`${median.toFixed(1).padStart(8)} ${p90.toFixed(1).padStart(8)}  ${name}`);
}
