import path from 'node:path';
import vm from 'node:vm';
import { buildSync } from 'esbuild';
import type { Plugin } from 'vite';
import { DEFAULT_LOCALE, LOCALES } from '../../lib/i18n/locales';

/** A language's catalog module: lib/i18n/messages/<locale>/index.ts. */
const CATALOG_MODULE = /[\\/]lib[\\/]i18n[\\/]messages[\\/][^\\/]+[\\/]index\.ts$/;
/** The module that gathers every language's catalog for the worker: lib/i18n/catalogs.ts. */
const ALL_CATALOGS_MODULE = /[\\/]lib[\\/]i18n[\\/]catalogs\.ts$/;

/** What a TypeScript module exports, evaluated at build time (bundled with its imports, in a sandbox). */
function exportsOf(file: string): Record<string, unknown> {
  const bundled = buildSync({
    entryPoints: [file],
    bundle: true,
    format: 'iife',
    globalName: 'moduleExports',
    write: false,
    logLevel: 'silent',
  });
  const sandbox: { moduleExports?: Record<string, unknown> } = {};
  vm.runInNewContext(bundled.outputFiles[0]?.text ?? '', sandbox);
  return sandbox.moduleExports ?? {};
}

/** A JavaScript string literal holding `value` as JSON. */
const jsonLiteral = (value: unknown) => JSON.stringify(JSON.stringify(value));

/** lib/i18n/messages/<locale>/index.ts as `export const <name> = JSON.parse("…")`: the same object. */
function catalogModuleAsJson(file: string): string {
  const exported = Object.entries(exportsOf(file));
  const [name, catalog] = exported[0] ?? [];
  if (exported.length !== 1 || !name || typeof catalog !== 'object') {
    throw new Error(`${path.relative(process.cwd(), file)}: expected one exported catalog object`);
  }
  return `export const ${name} = JSON.parse(${jsonLiteral(catalog)});\n`;
}

/**
 * lib/i18n/catalogs.ts with every language but English kept as JSON text and parsed on first use: the same
 * CATALOGS (same keys in the same order, each value the same catalog), but a worker that only answers a ping
 * or speaks one language parses none or one. English is the fallback every translator holds: imported as is.
 * The JSON comes from evaluating the source module itself, so the values cannot drift from it.
 */
function allCatalogsLazily(file: string): string {
  const source = exportsOf(file).CATALOGS as Record<string, unknown> | undefined;
  if (!source || Object.keys(source).join() !== LOCALES.join()) {
    throw new Error(`${path.relative(process.cwd(), file)}: expected CATALOGS with ${LOCALES.join(', ')}`);
  }
  const lazy = LOCALES.filter((locale) => locale !== DEFAULT_LOCALE);
  const english = JSON.stringify(DEFAULT_LOCALE);
  return `import { en } from './messages/en/index';
const SOURCES = {
${lazy.map((locale) => `  ${JSON.stringify(locale)}: ${jsonLiteral(source[locale])},`).join('\n')}
};
const parsed = new Map();
const parsedOf = (locale) => {
  let catalog = parsed.get(locale);
  if (catalog === undefined) {
    catalog = JSON.parse(SOURCES[locale]);
    parsed.set(locale, catalog);
  }
  return catalog;
};
export const CATALOGS = Object.defineProperties({}, {
${LOCALES.map((locale) =>
  locale === DEFAULT_LOCALE
    ? `  ${english}: { enumerable: true, value: en },`
    : `  ${JSON.stringify(locale)}: { enumerable: true, get: () => parsedOf(${JSON.stringify(locale)}) },`,
).join('\n')}
});
`;
}

/**
 * Build only: the language catalogs as JSON text. V8 parses a JSON string several times faster than the
 * object literal it replaces (the seven catalogs: about 32 ms as literals, 13–18 ms as JSON, Node on the
 * bench machine), and the service worker, which cannot load a chunk later, parses only the languages it
 * uses (lib/i18n/catalogs.ts). The TypeScript modules stay the source: types, tests and scripts read them
 * as they are; this only changes how the built bundle spells them.
 */
export function catalogsAsJson(): Plugin {
  return {
    name: 'buyer-guard:catalogs-as-json',
    enforce: 'pre',
    load(id) {
      if (CATALOG_MODULE.test(id)) return catalogModuleAsJson(id);
      if (ALL_CATALOGS_MODULE.test(id)) return allCatalogsLazily(id);
      return null;
    },
  };
}
