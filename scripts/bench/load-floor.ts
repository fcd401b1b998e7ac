// `npx tsx scripts/bench/load-floor.ts [--runs N] [--no-build]`: what the browser itself costs a page for an
// extension's content scripts, before any of our code runs, and what the least possible reading of 50 order
// cards costs. The load-ratio and read aims of issue 13 are judged against these floors (docs/PERFORMANCE.md,
// "Floors").
//
// Load variants, each its own browser, loads alternating round-robin so a busy moment hits them alike:
// - plain: no extension;
// - no content scripts: our extension with its content scripts (and their web-accessible reader) removed;
// - empty isolated script: one content script that does nothing, at document_start, in the isolated world;
// - two empty scripts: an empty MAIN-world script and an empty isolated one at document_start (our layout);
// - ours: the built extension.
//
// Reading floor: one content script (document_idle) that, after the page's load and a frame, only collects the
// text of every order card of My Orders in three ways a reader could, and records how long each took:
// - `textContent` of each card (one native call a card: text without line structure);
// - a TreeWalker over each card's text nodes (the text, node by node, without any line logic);
// - a walk over each card's elements and text nodes, as a reader of lines must visit them.
import { cpSync, mkdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { type BrowserContext, chromium } from '@playwright/test';
import { CHROMIUM_ARGS, chromiumExecutable } from '../../test/e2e/chromium';
import { closeNetwork, launchExtension, ROOT } from '../../test/e2e/launch';
import { loadOnce } from './page-load';
import { buildUnless, profileOptions } from './profile-cli';
import { round, summarise } from './stats';

const options = profileOptions({ runs: 20, top: 1 });
const FIXTURES = path.join(ROOT, 'test/fixtures/aliexpress');
const LIST_URL = 'https://www.aliexpress.com/p/order/index.html';
const DETAIL_URL = 'https://www.aliexpress.com/p/order/detail.html?orderId=8207770001112223';
const pages: Record<string, string> = {
  [LIST_URL]: readFileSync(path.join(FIXTURES, 'order-list.50.en.html'), 'utf8'),
  [DETAIL_URL]: readFileSync(path.join(FIXTURES, 'order-detail.8207770001112223.html'), 'utf8'),
};

buildUnless(options.has('--no-build'), { unminified: false });
const SOURCE = path.join(ROOT, '.output/chrome-mv3');
const FLOOR_DIR = path.join(ROOT, '.output/bench-floor');

interface Manifest {
  content_scripts?: { matches: string[]; js: string[]; run_at?: string; world?: string }[];
  web_accessible_resources?: unknown[];
}

/** A copy of the build with its content scripts replaced by `scripts` (file name → code, with its manifest entry). */
function variant(name: string, scripts: { file: string; code: string; runAt: string; world?: 'MAIN' }[]): string {
  const dir = path.join(FLOOR_DIR, name);
  rmSync(dir, { recursive: true, force: true });
  cpSync(SOURCE, dir, { recursive: true });
  const manifestFile = path.join(dir, 'manifest.json');
  const manifest = JSON.parse(readFileSync(manifestFile, 'utf8')) as Manifest;
  const matches = manifest.content_scripts?.[0]?.matches ?? [];
  delete manifest.web_accessible_resources;
  manifest.content_scripts = scripts.map((script) => {
    writeFileSync(path.join(dir, script.file), script.code);
    return { matches, js: [script.file], run_at: script.runAt, ...(script.world && { world: script.world }) };
  });
  if (!scripts.length) delete manifest.content_scripts;
  writeFileSync(manifestFile, JSON.stringify(manifest));
  return dir;
}

/** The reading floor's script: plain JavaScript, so the figures are the DOM's cost and nothing of ours. */
const TEXT_FLOOR = `(() => {
  const cards = () => [...document.querySelectorAll('.order-item')];
  const timed = (name, read) => {
    const started = performance.now();
    let chars = 0;
    for (const card of cards()) chars += read(card);
    performance.measure('buyer-guard:floor:' + name, { start: started, end: performance.now() });
    return chars;
  };
  const run = () => {
    timed('walk-lines', (card) => {
      let chars = 0;
      const visit = (node) => {
        for (let child = node.firstChild; child; child = child.nextSibling) {
          if (child.nodeType === 3) chars += child.nodeValue.trim().length;
          else if (child.nodeType === 1 && child.nodeName !== 'SCRIPT' && child.nodeName !== 'STYLE') visit(child);
        }
      };
      visit(card);
      return chars;
    });
    timed('tree-walker', (card) => {
      let chars = 0;
      const walker = document.createTreeWalker(card, NodeFilter.SHOW_TEXT);
      for (let node = walker.nextNode(); node; node = walker.nextNode()) chars += node.nodeValue.length;
      return chars;
    });
    timed('text-content', (card) => card.textContent.length);
    performance.mark('buyer-guard:floor-done');
  };
  const later = () => requestAnimationFrame(() => setTimeout(run, 0));
  if (document.readyState === 'complete') later();
  else addEventListener('load', later, { once: true });
})();`;

const EMPTY = '/* nothing */ void 0;';
const loaders: [string, () => Promise<BrowserContext>][] = [
  ['plain', () => plainBrowser()],
  ['no content scripts', () => extensionBrowser(variant('none', []))],
  [
    'empty isolated script',
    () => extensionBrowser(variant('isolated', [{ file: 'empty.js', code: EMPTY, runAt: 'document_start' }])),
  ],
  [
    'two empty scripts',
    () =>
      extensionBrowser(
        variant('both', [
          { file: 'empty-main.js', code: EMPTY, runAt: 'document_start', world: 'MAIN' },
          { file: 'empty.js', code: EMPTY, runAt: 'document_start' },
        ]),
      ),
  ],
  ['ours', () => extensionBrowser(SOURCE)],
  [
    'text floor (after load)',
    () => extensionBrowser(variant('text', [{ file: 'text.js', code: TEXT_FLOOR, runAt: 'document_idle' }])),
  ],
];

async function routed(context: BrowserContext, ownOrigin: string | null): Promise<BrowserContext> {
  await closeNetwork(context, ownOrigin, []);
  for (const [url, body] of Object.entries(pages)) {
    await context.route(url, (route) => route.fulfill({ contentType: 'text/html; charset=utf-8', body }));
  }
  return context;
}

async function plainBrowser(): Promise<BrowserContext> {
  const context = await chromium.launchPersistentContext('', {
    executablePath: chromiumExecutable(),
    headless: true,
    args: ['--headless=new', ...CHROMIUM_ARGS],
  });
  return routed(context, null);
}

async function extensionBrowser(dir: string): Promise<BrowserContext> {
  const launched = await launchExtension({ extensionDir: dir });
  return routed(launched.context, `chrome-extension://${launched.extensionId}/`);
}

const loadBefore = os.loadavg()[0] ?? 0;
mkdirSync(FLOOR_DIR, { recursive: true });
const browsers: [string, BrowserContext][] = [];
for (const [name, open] of loaders) browsers.push([name, await open()]);

const results: Record<string, Record<string, { loads: number[]; measures: Record<string, number[]> }>> = {};
for (const [pageName, url] of [
  ['My Orders, 50 orders', LIST_URL],
  ['Order detail', DETAIL_URL],
] as const) {
  console.error(`Loading ${pageName} ${options.runs}× in each of ${browsers.length} browsers…`);
  results[pageName] = {};
  for (const [name, context] of browsers) {
    await loadOnce(context, url, { settleMs: 300 }); // warm-up: caches, compiled code
    results[pageName][name] = { loads: [], measures: {} };
  }
  for (let i = 0; i < options.runs; i++) {
    // A different browser goes first each round, so no variant always follows the same one.
    for (let k = 0; k < browsers.length; k++) {
      const [name, context] = browsers[(i + k) % browsers.length] as [string, BrowserContext];
      const sample = await loadOnce(context, url, { settleMs: name.startsWith('text floor') ? 600 : 300 });
      const entry = results[pageName][name] as { loads: number[]; measures: Record<string, number[]> };
      entry.loads.push(sample.loadMs);
      for (const [measure, ms] of Object.entries(sample.measures)) {
        entry.measures[measure] = [...(entry.measures[measure] ?? []), ms];
      }
    }
  }
}
for (const [, context] of browsers) await context.close();
const loadAfter = os.loadavg()[0] ?? 0;

console.log(
  `\nLoad average ${round(loadBefore, 2)} → ${round(loadAfter, 2)}; ${options.runs} loads a variant and page.`,
);
for (const [pageName, variants] of Object.entries(results)) {
  const plain = summarise(variants.plain?.loads ?? []).median;
  console.log(`\n${pageName}: load (median, p10–p90) and ratio to plain`);
  for (const [name, { loads, measures }] of Object.entries(variants)) {
    const s = summarise(loads);
    console.log(
      `  ${name.padEnd(26)} ${String(round(s.median)).padStart(6)} ms (${round(s.p10)}–${round(s.p90)})  ratio ${round(s.median / plain, 3)}`,
    );
    for (const [measure, values] of Object.entries(measures)) {
      const m = summarise(values);
      console.log(`      ${measure.padEnd(38)} ${round(m.median, 2)} ms (p90 ${round(m.p90, 2)})`);
    }
  }
}
