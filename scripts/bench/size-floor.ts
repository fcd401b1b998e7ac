// `npx tsx scripts/bench/size-floor.ts`: how small the content scripts of one order page could get by taking parts
// out of the reader, one after the other, down to a reader that no page could do with. Each row bundles the reader
// (entrypoints/aliexpress-reader.ts) with esbuild, minified as the build is, and adds the 4.3 KB gzip that every
// page evaluates while it loads (the loader and the MAIN-world observer, measured from .output). It answers
// whether "content scripts ≤ 30 KB gzip" (issue 13) can be met by splitting the reader: docs/PERFORMANCE.md,
// "Floors".
import { readFileSync } from 'node:fs';
import path from 'node:path';
import { gzipSync } from 'node:zlib';
import { parse } from '@babel/parser';
import { build, type Plugin, transform } from 'esbuild';
import { ROOT } from '../../test/e2e/launch';
import { buildUnless, profileOptions } from './profile-cli';

const options = profileOptions({ runs: 1, top: 1 });
buildUnless(options.has('--no-build'), { unminified: false });

const READERS = {
  'order-list': ['readOrderListPage', './read-order-list'],
  'order-detail': ['readOrderDetailPage', './read-order-detail'],
  tracking: ['readTrackingPage', './read-tracking'],
  dispute: ['readDisputePage', './read-dispute-page'],
} as const;
type PageKind = keyof typeof READERS;
const OTHER_LANGUAGES = new Set(['es', 'fr', 'pt', 'de', 'ru', 'pl']);

interface Cut {
  /** Only this page kind's reader (the others left out, as if each kind were a file of its own). */
  only?: PageKind;
  /** The badge layer left out (as if imported only once the background answers with badges). */
  noBadges?: boolean;
  /** Only the English phrases of every phrase table (as if the page's language were known and English). */
  englishOnly?: boolean;
  /** Zod left out (no schema validates the page's JSON or the background's replies). */
  noZod?: boolean;
}

/** The source with every non-English entry of a `{ en: …, es: …, … }` phrase table removed. */
function englishOnly(source: string): string {
  const ast = parse(source, { sourceType: 'module', plugins: ['typescript'] });
  const cuts: [number, number][] = [];
  const visit = (node: unknown): void => {
    if (!node || typeof node !== 'object') return;
    if (Array.isArray(node)) {
      for (const item of node) visit(item);
      return;
    }
    const n = node as { type?: string; properties?: { key?: { name?: string }; start: number; end: number }[] };
    if (n.type === 'ObjectExpression' && n.properties?.some((p) => p.key?.name === 'en')) {
      for (const p of n.properties) if (OTHER_LANGUAGES.has(p.key?.name ?? '')) cuts.push([p.start, p.end]);
    }
    for (const [key, value] of Object.entries(n)) if (key !== 'loc') visit(value);
  };
  visit(ast.program);
  let out = source;
  // From the end, so earlier offsets stay valid; the comma after an entry goes with it.
  for (const [start, end] of cuts.sort((a, b) => b[0] - a[0])) {
    const after = out[end] === ',' ? end + 1 : end;
    out = out.slice(0, start) + out.slice(after);
  }
  return out;
}

function cutPlugin(cut: Cut): Plugin {
  return {
    name: 'size-floor-cuts',
    setup(b) {
      // The badge CSS is bundled as minified text by Vite (?inline); here too.
      b.onResolve({ filter: /\.css\?inline$/ }, (args) => ({
        path: path.resolve(args.resolveDir, args.path.replace(/\?inline$/, '')),
        namespace: 'css-text',
      }));
      b.onLoad({ filter: /.*/, namespace: 'css-text' }, async (args) => {
        const css = await transform(readFileSync(args.path, 'utf8'), { loader: 'css', minify: true });
        return { contents: `export default ${JSON.stringify(css.code)}`, loader: 'js' };
      });
      if (cut.noBadges) {
        b.onResolve({ filter: /badges\/badge-layer$/ }, (args) => ({ path: args.path, namespace: 'left-out' }));
        b.onLoad({ filter: /.*/, namespace: 'left-out' }, () => ({
          contents: 'export const BADGE_HOST_TAG = "buyer-guard-badges"; export const createBadgeLayer = globalThis.x;',
          loader: 'js',
        }));
      }
      b.onLoad({ filter: /\.ts$/ }, (args) => {
        let source = readFileSync(args.path, 'utf8');
        if (cut.englishOnly && /(labels|month-names)\.ts$/.test(args.path)) source = englishOnly(source);
        if (cut.only && args.path.endsWith(path.join('aliexpress', 'read-page.ts'))) {
          for (const [kind, [name, module]] of Object.entries(READERS)) {
            if (kind === cut.only) continue;
            const from = `import { ${name} } from '${module}';`;
            if (!source.includes(from)) throw new Error(`read-page.ts no longer imports ${name} as expected`);
            source = source.replace(from, `const ${name} = (globalThis as any).${name};`);
          }
        }
        return { contents: source, loader: 'ts' };
      });
    },
  };
}

async function gzipOfReader(cut: Cut): Promise<{ raw: number; gzip: number }> {
  const result = await build({
    absWorkingDir: ROOT,
    entryPoints: ['entrypoints/aliexpress-reader.ts'],
    bundle: true,
    minify: true,
    write: false,
    format: 'iife',
    target: 'chrome120',
    logLevel: 'silent',
    outfile: 'reader.js',
    plugins: [cutPlugin(cut)],
    external: cut.noZod ? ['zod', 'zod/*'] : [],
  });
  const bytes = result.outputFiles[0]?.contents ?? new Uint8Array();
  return { raw: bytes.length, gzip: gzipSync(bytes, { level: 9 }).length };
}

const loading = ['content-scripts/aliexpress.js', 'content-scripts/aliexpress-main-world.js']
  .map((file) => gzipSync(readFileSync(path.join(ROOT, '.output/chrome-mv3', file)), { level: 9 }).length)
  .reduce((a, b) => a + b, 0);

const rows: [string, Cut][] = [
  ['the reader as built (every page kind, badges, 7 languages, Zod)', {}],
  ...Object.keys(READERS).map((kind): [string, Cut] => [`only the ${kind} reader`, { only: kind as PageKind }]),
  ['order-list reader, without the badge layer', { only: 'order-list', noBadges: true }],
  ['  … and English phrases only', { only: 'order-list', noBadges: true, englishOnly: true }],
  ['  … and without Zod', { only: 'order-list', noBadges: true, englishOnly: true, noZod: true }],
];
const built = gzipSync(readFileSync(path.join(ROOT, '.output/chrome-mv3/aliexpress-reader.js')), { level: 9 }).length;
const kb = (bytes: number) => `${(bytes / 1024).toFixed(1)} KB`;
console.log(`Evaluated on every page while it loads (loader + observer): ${kb(loading)} gzip`);
// esbuild minifies a little less than the build's Rolldown: the rows are scaled by the first one's ratio to it.
console.log(`The reader as the build makes it: ${kb(built)} gzip (each row below, scaled to the build's minifier)`);
console.log(
  'reader variant'.padEnd(70),
  'esbuild raw'.padStart(10),
  'gzip'.padStart(10),
  'page total gzip'.padStart(16),
);
let scale: number | undefined;
for (const [name, cut] of rows) {
  const { raw, gzip } = await gzipOfReader(cut);
  scale ??= built / gzip;
  const scaled = gzip * scale;
  console.log(name.padEnd(70), kb(raw).padStart(10), kb(scaled).padStart(10), kb(scaled + loading).padStart(16));
}
