import { describe, expect, it } from 'vitest';
import { extensionScriptMs } from '../../../scripts/bench/extension-script-time';

const EXT = 'chrome-extension://abcdefghijklmnop/content-scripts/aliexpress.js';

/**
 * A profile: (root) → page.js → layout builtin, and (root) → aliexpress.js → getBoundingClientRect (a native
 * with no URL, called by the extension), sampled every 100 µs.
 */
const profile = {
  nodes: [
    { id: 1, callFrame: { url: '' }, children: [2, 4, 6] },
    { id: 2, callFrame: { url: 'https://www.aliexpress.com/page.js' }, children: [3] },
    { id: 3, callFrame: { url: '' } },
    { id: 4, callFrame: { url: EXT }, children: [5] },
    { id: 5, callFrame: { url: '' } },
    { id: 6, callFrame: { url: '' } },
  ],
  samples: [2, 3, 4, 5, 5, 6, 4],
  timeDeltas: [0, 100, 100, 100, 100, 100, 100],
};

describe('extensionScriptMs', () => {
  it('counts the samples whose stack holds an extension frame, the native code it called included', () => {
    // Samples 3 (aliexpress.js), 4 and 5 (its native callee) take 100 µs each; the last sample has no next.
    expect(extensionScriptMs(profile)).toBeCloseTo(0.3, 6);
  });

  it('counts nothing of a profile without extension frames', () => {
    expect(extensionScriptMs({ ...profile, samples: [2, 3, 6] })).toBe(0);
    expect(extensionScriptMs({ nodes: [] })).toBe(0);
  });
});
