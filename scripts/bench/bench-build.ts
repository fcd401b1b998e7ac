import { cpSync, rmSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { build } from 'esbuild';

/**
 * A copy of the built extension with one extra page, bench.html, that runs background code
 * in the extension's own origin. The product build is not touched.
 */
export async function benchBuild(root: string): Promise<string> {
  const source = path.join(root, '.output/chrome-mv3');
  const target = path.join(root, '.output/bench-mv3');
  rmSync(target, { recursive: true, force: true });
  cpSync(source, target, { recursive: true });
  await build({
    entryPoints: [path.join(root, 'scripts/bench/in-extension.ts')],
    bundle: true,
    format: 'iife',
    target: 'chrome120',
    outfile: path.join(target, 'bench.js'),
    define: { 'import.meta.env.FIREFOX': 'false', 'import.meta.env.CHROME': 'true' },
    logLevel: 'silent',
  });
  writeFileSync(
    path.join(target, 'bench.html'),
    '<!doctype html><meta charset="utf-8"><title>Buyer Guard bench</title><script src="bench.js"></script>',
  );
  return target;
}
