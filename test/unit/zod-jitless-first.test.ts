// @vitest-environment node
import '../../lib/zod-jitless';
import { expect, it } from 'vitest';
import * as zod from 'zod';
import * as mini from 'zod/mini';

// The order every entrypoint has: zod-jitless first, Zod after (zod-jitless.test.ts has the other order).
it('makes Zod jitless when Zod is loaded after it', () => {
  expect(mini.config().jitless).toBe(true);
  expect(zod.config().jitless).toBe(true);
});
