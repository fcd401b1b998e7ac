// `npm run read-page -- [<file.html>] [--url <page URL>] [--api <responses.json>]... [--now <ISO or ms>] [--repeat <n>]`
// Runs Buyer Guard's AliExpress readers on a saved page and prints the reading as JSON (see docs/READING.md).
// Responses given with --api are captures the operator trusts: their orders are read even when the saved
// page (or no page at all: --api alone reads against an empty page at --url) does not show them. The
// extension itself never does that (docs/SECURITY.md); --as-extension reads as it does (for fixtures).
// Exit 0 whenever a reading was produced, even "unreadable" (the reason is in the JSON); 2 on a missing file
// or bad arguments. --repeat reads the page n times and reports the median time on stderr.
import { existsSync, readFileSync } from 'node:fs';
import { Window } from 'happy-dom';
import { acceptOrders, withUnreadable } from '../lib/background/accept-orders';
import type { ObservedApiResponse } from '../lib/marketplaces/aliexpress/observed-response';
import { readAliExpressPage } from '../lib/marketplaces/aliexpress/read-page';
import { loadObservedResponses } from '../test/fixtures/aliexpress/observed-responses';
import { pageUrlOfCaptures } from './read-page-url';

const DEFAULT_URL = 'https://www.aliexpress.com/p/order/index.html';

function fail(message: string): never {
  console.error(`read-page: ${message}`);
  console.error(
    'usage: npm run read-page -- [<file.html>] [--url <page URL>] [--api <responses.json>]... [--now <ISO or ms>] [--as-extension] [--repeat <n>]',
  );
  process.exit(2);
}

const args = process.argv.slice(2);
let file: string | undefined;
let url: string | undefined;
let now = Date.now();
let repeat = 1;
let asExtension = false;
const apiFiles: string[] = [];
for (let i = 0; i < args.length; i++) {
  const arg = args[i] as string;
  const value = () => args[++i] ?? fail(`${arg} needs a value`);
  if (arg === '--url') url = value();
  else if (arg === '--api') apiFiles.push(value());
  else if (arg === '--now') {
    const raw = value();
    now = /^\d+$/.test(raw) ? Number(raw) : Date.parse(raw);
    if (!Number.isFinite(now)) fail(`--now: not a time: ${raw}`);
  } else if (arg === '--as-extension') asExtension = true;
  else if (arg === '--repeat') repeat = Math.max(1, Number.parseInt(value(), 10) || 1);
  else if (arg.startsWith('--')) fail(`unknown option ${arg}`);
  else file = arg;
}
if (!file && apiFiles.length === 0) fail('no page file and no --api capture given');
if (file && !existsSync(file)) fail(`no such file: ${file}`);
for (const apiFile of apiFiles) if (!existsSync(apiFile)) fail(`no such file: ${apiFile}`);

const html = file ? readFileSync(file, 'utf8') : '<!doctype html><html><body></body></html>';
// Chrome's "Save page as" writes the page's address into the file: <!-- saved from url=(0048)https://… -->
const observed: ObservedApiResponse[] = apiFiles.flatMap((apiFile) => loadObservedResponses(apiFile, now));
const pageUrl =
  url ??
  /saved from url=\(\d+\)(\S+?)\s*-->/.exec(html)?.[1] ??
  (file ? undefined : pageUrlOfCaptures(observed)) ??
  DEFAULT_URL;
if (!URL.canParse(pageUrl)) fail(`--url: not a URL: ${pageUrl}`);

const window = new Window({
  url: pageUrl,
  settings: { disableJavaScriptEvaluation: true, disableJavaScriptFileLoading: true, disableCSSFileLoading: true },
});
const times: number[] = [];
let reading: ReturnType<typeof readAliExpressPage> | undefined;
for (let run = 0; run < repeat; run++) {
  const document = new window.DOMParser().parseFromString(html, 'text/html') as unknown as Document;
  const started = performance.now();
  reading = readAliExpressPage(document, pageUrl, now, observed, {
    trustCapturedJson: observed.length > 0 && !asExtension,
  });
  times.push(performance.now() - started);
}
await window.happyDOM.close();
// As the background keeps it: each order checked by the model's schema, a refused value cut out and named.
if (reading?.ok) {
  const accepted = acceptOrders(reading.orders);
  reading = withUnreadable({ ...reading, orders: accepted.orders }, accepted.unreadable);
  if (accepted.dropped.length) console.error('dropped:', JSON.stringify(accepted.dropped));
}
process.stdout.write(`${JSON.stringify(reading, null, 2)}\n`);
if (repeat > 1) {
  const sorted = [...times].sort((a, b) => a - b);
  const median = sorted[Math.floor(sorted.length / 2)] ?? 0;
  console.error(
    `read ${repeat} times: median ${median.toFixed(2)} ms, min ${sorted[0]?.toFixed(2)} ms, max ${sorted.at(-1)?.toFixed(2)} ms`,
  );
}
