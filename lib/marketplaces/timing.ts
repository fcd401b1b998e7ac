/**
 * Records how long a step of the content script took as a performance measure (`buyer-guard:…`),
 * visible in the browser's performance tools and read by the benchmark (scripts/bench). Only the
 * latest measure of each name is kept, so a long single-page session does not pile them up.
 */
export function measureSince(name: `buyer-guard:${string}`, start: number): void {
  try {
    performance.clearMeasures(name);
    performance.measure(name, { start, end: performance.now() });
  } catch {
    // Timing is a diagnostic: never let it break reading or badging.
  }
}

/**
 * Records the running total of a step that happens in several parts (the badges' geometry passes after
 * each frame) as one measure `totalMs` long that ends now.
 */
export function measureTotal(name: `buyer-guard:${string}`, totalMs: number): void {
  try {
    performance.clearMeasures(name);
    performance.measure(name, { end: performance.now(), duration: totalMs });
  } catch {
    // Timing is a diagnostic: never let it break reading or badging.
  }
}
