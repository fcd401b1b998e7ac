// `npx tsx scripts/bench/read-floor.ts [--runs N] [--no-build]`: what reading My Orders costs the page at the
// least with this reader, to judge issue 13's "read + badges, 50 orders (first reading) ≤ 10 ms" against
// (docs/PERFORMANCE.md, "Floors").
//
// 1. In the built extension, My Orders with 1 card and with 50 cards, loads alternating: the first reading (the
//    `buyer-guard:read` measure: the reading's slices, the page's turns between them excluded) and the badges
//    drawn from its reply (written, then placed after the next frame); then the page is changed `LATER_READINGS` times (a node appended) and each later
//    reading of the same page is timed the same way (the same orders again: the reading is not sent again and
//    the badges stay as drawn). The first reading runs the reader's code for the first time
//    on that page; the later ones run code already compiled.
// 2. The reader alone (lib/marketplaces/aliexpress/read-page.ts, bundled and minified as the build does) in a
//    plain page holding the 50 cards, read `WARM_READINGS` times back to back: the last readings are the reader's
//    steady state, its code fully compiled and optimised by the JIT. No figure of this reader can go below it.
import { readFileSync } from 'node:fs';
import path from 'node:path';
import { chromium, type Page } from '@playwright/test';
import { build } from 'esbuild';
import { CHROMIUM_ARGS, chromiumExecutable } from '../../test/e2e/chromium';
import { closeNetwork, launchExtension, ROOT } from '../../test/e2e/launch';
import { loadOnce } from './page-load';
import { buildUnless, profileOptions } from './profile-cli';
import { round, summarise } from './stats';

const options = profileOptions({ runs: 10, top: 1 });
const LIST_URL = 'https://www.aliexpress.com/p/order/index.html';
const CARD_COUNTS = [1, 50] as const;
const LATER_READINGS = 8;
const WARM_READINGS = 60;
const fixture = readFileSync(path.join(ROOT, 'test/fixtures/aliexpress/order-list.50.en.html'), 'utf8');

/** My Orders keeping its first `cards` cards: the others are removed as the page is parsed, before `load`. */
function listWith(cards: number): string {
  const keep = `<script>[...document.querySelectorAll('.order-item')].slice(${cards}).forEach((card) => card.remove());</script>`;
  return fixture.replace('</body>', `${keep}</body>`);
}
const urlFor = (cards: number) => `${LIST_URL}?cards=${cards}`;

buildUnless(options.has('--no-build'), { unminified: false });

/** The latest measure of that name on the page: when it started and how long it took. */
function latest(page: Page, name: string): Promise<{ start: number; duration: number } | undefined> {
  return page.evaluate(`(() => {
    const entry = performance.getEntriesByName(${JSON.stringify(name)}).at(-1);
    return entry && { start: entry.startTime, duration: entry.duration };
  })()`);
}

/** Waits until a measure of that name newer than `after` is on the page; returns it. */
async function next(page: Page, name: string, after: number) {
  await page.waitForFunction(
    `(performance.getEntriesByName(${JSON.stringify(name)}).at(-1)?.startTime ?? -1) > ${after}`,
    undefined,
    { timeout: 10_000, polling: 20 },
  );
  return (await latest(page, name)) as { start: number; duration: number };
}

// 1. The extension.
const extension = await launchExtension();
await closeNetwork(extension.context, `chrome-extension://${extension.extensionId}/`, []);
for (const cards of CARD_COUNTS) {
  await extension.context.route(urlFor(cards), (route) =>
    route.fulfill({ contentType: 'text/html; charset=utf-8', body: listWith(cards) }),
  );
}
type Figures = { firstRead: number[]; firstBadges: number[]; firstPlaced: number[]; laterRead: number[] };
const figures = new Map<number, Figures>(
  CARD_COUNTS.map((cards) => [cards, { firstRead: [], firstBadges: [], firstPlaced: [], laterRead: [] }]),
);
// One warm-up load a side (the browser's caches; the first reading also stores the orders).
for (const cards of CARD_COUNTS)
  await loadOnce(extension.context, urlFor(cards), { settleMs: 300, waitForBadgesMs: 5000 });
console.error(`Reading My Orders with ${CARD_COUNTS.join(' and ')} cards ${options.runs}× in the extension…`);
for (let run = 0; run < options.runs; run++) {
  for (const cards of CARD_COUNTS) {
    const into = figures.get(cards) as Figures;
    const page = await extension.context.newPage();
    await page.goto(urlFor(cards));
    const badges = await next(page, 'buyer-guard:badges', -1);
    const read = (await latest(page, 'buyer-guard:read')) as { start: number; duration: number };
    // Placed after the next frame (the geometry pass: lib/badges/badge-layer.ts), as the benchmark counts it.
    const placed = await next(page, 'buyer-guard:badges-placed', -1);
    into.firstRead.push(read.duration);
    into.firstBadges.push(badges.duration);
    into.firstPlaced.push(placed.duration);
    let after = Math.max(read.start, badges.start);
    for (let again = 0; again < LATER_READINGS; again++) {
      await page.evaluate(`document.body.append(document.createElement('div'))`);
      const reread = await next(page, 'buyer-guard:read', after);
      into.laterRead.push(reread.duration);
      after = reread.start;
    }
    await page.close();
  }
}
await extension.context.close();

// 2. The reader alone, warm.
const bundle = await build({
  stdin: {
    contents: `import { readAliExpressPage } from './lib/marketplaces/aliexpress/read-page';
      globalThis.readFloor = () => readAliExpressPage(document, location.href, Date.now(), []);`,
    resolveDir: ROOT,
    loader: 'ts',
  },
  bundle: true,
  minify: true,
  format: 'iife',
  target: 'chrome120',
  write: false,
  logLevel: 'silent',
});
const browser = await chromium.launch({ executablePath: chromiumExecutable(), args: CHROMIUM_ARGS });
const plain = await browser.newContext();
await plain.route('**/*', (route) =>
  route.request().url() === LIST_URL
    ? route.fulfill({ contentType: 'text/html; charset=utf-8', body: fixture })
    : route.abort(),
);
const warm: number[] = [];
console.error(`Reading the 50 cards ${WARM_READINGS}× back to back, ${options.runs} pages…`);
for (let run = 0; run < options.runs; run++) {
  const page = await plain.newPage();
  await page.goto(LIST_URL);
  await page.addScriptTag({ content: bundle.outputFiles[0]?.text ?? '' });
  const times = (await page.evaluate(`(() => {
    const times = [];
    for (let i = 0; i < ${WARM_READINGS}; i++) {
      const started = performance.now();
      const reading = readFloor();
      times.push(performance.now() - started);
      if (!reading.ok || reading.orders.length !== 50) throw new Error('the 50 cards were not read');
    }
    return times;
  })()`)) as number[];
  // The last ten: by then every function of the reader has run hundreds of times.
  warm.push(...times.slice(-10));
  await page.close();
}
await browser.close();

const show = (values: number[]) => {
  const s = summarise(values);
  return `${round(s.median)} ms (p10 ${round(s.p10)}, p90 ${round(s.p90)}, n ${s.n})`;
};
for (const cards of CARD_COUNTS) {
  const f = figures.get(cards) as Figures;
  console.log(`My Orders, ${cards} card(s): first reading ${show(f.firstRead)}`);
  console.log(`My Orders, ${cards} card(s): its badges written ${show(f.firstBadges)}, placed ${show(f.firstPlaced)}`);
  console.log(`My Orders, ${cards} card(s): later readings ${show(f.laterRead)}`);
}
console.log(`The reader alone, 50 cards, steady state (readings ${WARM_READINGS - 9}–${WARM_READINGS}): ${show(warm)}`);
