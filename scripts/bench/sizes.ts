import { readFileSync, statSync } from 'node:fs';
import path from 'node:path';
import { gzipSync } from 'node:zlib';
import { BADGES_FILE } from '../../lib/badges/badge-handoff';

export interface BundleSize {
  name: string;
  files: string[];
  raw: number;
  gzip: number;
}

function measure(name: string, dir: string, files: string[]): BundleSize {
  let raw = 0;
  let gzip = 0;
  for (const file of files) {
    const bytes = readFileSync(path.join(dir, file));
    raw += statSync(path.join(dir, file)).size;
    gzip += gzipSync(bytes, { level: 9 }).length;
  }
  return { name, files, raw, gzip };
}

/** Every script an HTML page of the build loads (its module entry and the chunks it preloads or imports). */
function pageScripts(dir: string, html: string): string[] {
  const page = readFileSync(path.join(dir, html), 'utf8');
  return scriptsImportedFrom(
    dir,
    [...page.matchAll(/(?:src|href)="\/?([^"]+\.js)"/g)].map((m) => m[1] as string),
  );
}

/** The given scripts and every chunk they import, directly or not. */
function scriptsImportedFrom(dir: string, entries: readonly string[]): string[] {
  const seen = new Set<string>();
  const visit = (file: string) => {
    if (seen.has(file)) return;
    seen.add(file);
    const code = readFileSync(path.join(dir, file), 'utf8');
    for (const m of code.matchAll(/(?:from|import)\s*["'](\.{0,2}\/[^"']+\.js)["']/g)) {
      visit(path.normalize(path.join(path.dirname(file), m[1] as string)));
    }
  };
  for (const file of entries) visit(file);
  return [...seen];
}

/** Sizes of what each part of the extension loads, raw and gzip -9. */
export function bundleSizes(dir: string): BundleSize[] {
  const manifest = JSON.parse(readFileSync(path.join(dir, 'manifest.json'), 'utf8')) as {
    content_scripts: { js: string[] }[];
    web_accessible_resources?: { resources: string[] }[];
    background: { service_worker: string };
  };
  const contentScripts = manifest.content_scripts.flatMap((cs) => cs.js);
  // The reader the content script imports after the page's load (lib/content/reader-handoff.ts), and the badge
  // layer the reader imports with the first badges to draw (lib/badges/badge-handoff.ts): content-script code all
  // the same, counted with the rest.
  const imported = (manifest.web_accessible_resources ?? [])
    .flatMap((entry) => entry.resources)
    .filter((file) => file.endsWith('.js'));
  const when = (file: string) =>
    `/${file}` === BADGES_FILE ? 'imported with the first badges to draw' : 'imported after load';
  return [
    ...contentScripts.map((file) => measure(`content script ${path.basename(file)}`, dir, [file])),
    ...imported.map((file) => measure(`content script ${path.basename(file)} (${when(file)})`, dir, [file])),
    measure('content scripts evaluated while the page loads', dir, contentScripts),
    measure('content scripts, all', dir, [...contentScripts, ...imported]),
    measure('popup (all scripts it loads)', dir, pageScripts(dir, 'popup.html')),
    measure('background (all scripts it loads)', dir, scriptsImportedFrom(dir, [manifest.background.service_worker])),
  ];
}
