// @vitest-environment node
import { readFile } from 'node:fs/promises';
import { describe, expect, it } from 'vitest';
import * as zod from 'zod';
import * as mini from 'zod/mini';

// lib/zod-jitless.ts sets Zod's shared global config without importing Zod: the flag must reach Zod
// whichever of the two a bundle evaluates first, in both of Zod's APIs. Here Zod is loaded first (the
// imports above); zod-jitless-first.test.ts loads it after.

describe('zod-jitless, with Zod loaded before it', () => {
  it('makes the Zod already loaded jitless', async () => {
    expect(mini.config().jitless).toBeUndefined();
    await import('../../lib/zod-jitless');
    expect(mini.config().jitless).toBe(true);
    expect(zod.config().jitless).toBe(true);
  });

  it('imports nothing, so loading it loads no Zod', async () => {
    const source = await readFile(new URL('../../lib/zod-jitless.ts', import.meta.url), 'utf8');
    expect(source).not.toMatch(/^\s*import\b/m);
  });
});
