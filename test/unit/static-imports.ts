import path from 'node:path';
import { build, type Metafile } from 'esbuild';

const ROOT = path.resolve(import.meta.dirname, '../..');

/**
 * Every module an entry imports statically (what is loaded and evaluated with it), each with the module that
 * first imported it; dynamic `import()`s are not followed. Paths are relative to the project's root.
 */
export async function staticImports(entry: string): Promise<Map<string, string | null>> {
  const result = await build({
    absWorkingDir: ROOT,
    entryPoints: [entry],
    bundle: true,
    write: false,
    metafile: true,
    format: 'esm',
    splitting: true,
    outdir: 'out',
    jsx: 'automatic',
    loader: { '.css': 'empty' },
    logLevel: 'silent',
  });
  const inputs: Metafile['inputs'] = result.metafile.inputs;
  const importedBy = new Map<string, string | null>([[entry, null]]);
  const queue = [entry];
  for (let module = queue.shift(); module !== undefined; module = queue.shift()) {
    for (const imported of inputs[module]?.imports ?? []) {
      if (imported.kind !== 'import-statement' || importedBy.has(imported.path)) continue;
      importedBy.set(imported.path, module);
      queue.push(imported.path);
    }
  }
  return importedBy;
}

/** How `module` came to be imported: the chain of imports from the entry, for a failure's message. */
export function chainTo(module: string, importedBy: Map<string, string | null>): string {
  const chain: string[] = [];
  for (let at: string | null | undefined = module; at; at = importedBy.get(at)) chain.unshift(at);
  return chain.join(' → ');
}
