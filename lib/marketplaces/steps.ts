/**
 * Work in steps: each `yield` is a point where it may pause and let the page run; the generator's return
 * value is the result. The content script runs steps in slices (run-in-slices.ts); everything else runs
 * them to their end at once (`runToEnd`), which is the same pure computation.
 */
export type Steps<T> = Generator<void, T, void>;

/** The result of work in steps, computed at once. */
export function runToEnd<T>(steps: Steps<T>): T {
  for (;;) {
    const step = steps.next();
    if (step.done) return step.value;
  }
}
