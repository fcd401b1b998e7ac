import { spawnSync } from 'node:child_process';

/** The command-line options every profiling script takes: --runs N, --top N, --no-build, and flags of its own. */
export function profileOptions(defaults: { runs: number; top: number }) {
  const args = process.argv.slice(2);
  const number = (name: string, fallback: number) => {
    const at = args.indexOf(name);
    const value = at >= 0 ? Number(args[at + 1]) : fallback;
    if (!Number.isInteger(value) || value < 1)
      throw new Error(`${name} takes a whole number, e.g. ${name} ${fallback}`);
    return value;
  };
  return {
    runs: number('--runs', defaults.runs),
    top: number('--top', defaults.top),
    has: (flag: string) => args.includes(flag),
  };
}

/**
 * Builds the extension (`npx wxt build`) unless --no-build asks to reuse .output. `unminified` keeps function
 * names readable in CPU profiles (BUYER_GUARD_UNMINIFIED); the benchmark measures the minified build.
 */
export function buildUnless(reuse: boolean, { unminified }: { unminified: boolean }): void {
  if (reuse) return;
  const built = spawnSync('npx', ['wxt', 'build'], {
    stdio: 'ignore',
    env: unminified ? { ...process.env, BUYER_GUARD_UNMINIFIED: '1' } : process.env,
  });
  if (built.status !== 0) throw new Error(`the ${unminified ? 'unminified ' : ''}build failed`);
}
