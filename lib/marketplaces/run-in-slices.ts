import type { Steps } from './steps';

/** How a stepped task is cut into slices. */
export interface SliceOptions {
  /** Steps run back to back until a slice has taken this long; then the page gets the main thread. */
  budgetMs: number;
  /** Gives the main thread back to the page until it is the task's turn again. */
  yieldToPage: () => Promise<void>;
  /** The clock (performance.now in the page). */
  now: () => number;
  /** Runs each slice (e.g. inside the reading's text cache). */
  around?: (slice: () => void) => void;
  /** Asked before each slice after the first: false stops the task (its result is then not wanted). */
  stillWanted?: () => boolean;
}

export type SlicedResult<T> =
  | { done: true; value: T; slices: number; totalMs: number; longestSliceMs: number }
  | { done: false; slices: number; totalMs: number; longestSliceMs: number };

/**
 * Runs a generator's steps in slices of about `budgetMs`, giving the page the main thread between them,
 * so a long reading never becomes one long task that delays the buyer's clicks and scrolling. A step is
 * never cut: one step longer than the budget is one slice. Reports the slices' total and longest time.
 */
export async function runInSlices<T>(steps: Steps<T>, options: SliceOptions): Promise<SlicedResult<T>> {
  const around = options.around ?? ((slice: () => void) => slice());
  let slices = 0;
  let totalMs = 0;
  let longestSliceMs = 0;
  for (;;) {
    if (slices > 0 && options.stillWanted && !options.stillWanted()) {
      steps.return(undefined as T);
      return { done: false, slices, totalMs, longestSliceMs };
    }
    let step: IteratorResult<void, T> | undefined;
    const started = options.now();
    around(() => {
      do step = steps.next();
      while (!step.done && options.now() - started < options.budgetMs);
    });
    const took = options.now() - started;
    slices += 1;
    totalMs += took;
    longestSliceMs = Math.max(longestSliceMs, took);
    if (step?.done) return { done: true, value: step.value, slices, totalMs, longestSliceMs };
    await options.yieldToPage();
  }
}

/**
 * The page's turn: `scheduler.yield()` where the browser has it (the task resumes ahead of other timers),
 * else a zero-delay timer.
 */
export function yieldToPage(): Promise<void> {
  const scheduler = (globalThis as { scheduler?: { yield?: () => Promise<void> } }).scheduler;
  if (typeof scheduler?.yield === 'function') return scheduler.yield();
  return new Promise((resolve) => setTimeout(resolve, 0));
}
