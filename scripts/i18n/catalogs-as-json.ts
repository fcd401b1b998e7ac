import path from 'node:path';
import vm from 'node:vm';
import { buildSync } from 'esbuild';
import type { Plugin } from 'vite';

/** A language's catalog module: lib/i18n/messages/<locale>/index.ts. */
const CATALOG_MODULE = /[\\/]lib[\\/]i18n[\\/]messages[\\/][^\\/]+[\\/]index\.ts$/;

/**
 * Build only: each language's catalog module becomes `export const <name> = JSON.parse("…")`, the same
 * object. V8 parses a JSON string several times faster than the object literal it replaces (measured on
 * the seven catalogs: about 32 ms as literals, 13–18 ms as JSON), and the service worker evaluates all seven
 * on every cold start (it cannot load one later). The TypeScript modules stay the source: types, tests
 * and scripts read them as they are; this only changes how the built bundle spells them.
 */
export function catalogsAsJson(): Plugin {
  return {
    name: 'buyer-guard:catalogs-as-json',
    enforce: 'pre',
    load(id) {
      if (!CATALOG_MODULE.test(id)) return null;
      const bundled = buildSync({
        entryPoints: [id],
        bundle: true,
        format: 'iife',
        globalName: 'catalogModule',
        write: false,
        logLevel: 'silent',
      });
      const sandbox: { catalogModule?: Record<string, unknown> } = {};
      vm.runInNewContext(bundled.outputFiles[0]?.text ?? '', sandbox);
      const exported = Object.entries(sandbox.catalogModule ?? {});
      const [name, catalog] = exported[0] ?? [];
      if (exported.length !== 1 || !name || typeof catalog !== 'object') {
        throw new Error(`${path.relative(process.cwd(), id)}: expected one exported catalog object`);
      }
      return `export const ${name} = JSON.parse(${JSON.stringify(JSON.stringify(catalog))});\n`;
    },
  };
}
