import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { runInSlices } from '../../../lib/marketplaces/run-in-slices';

/** A task of steps that each take a known time on a fake clock. */
function task(stepMs: readonly number[], clock: { t: number }, log: string[]) {
  return (function* () {
    try {
      for (const [index, ms] of stepMs.entries()) {
        clock.t += ms;
        log.push(`step ${index}`);
        if (index < stepMs.length - 1) yield;
      }
      return stepMs.length;
    } finally {
      log.push('closed');
    }
  })();
}

describe('runInSlices', () => {
  it('runs steps back to back until a slice reaches its budget, then gives the page its turn', async () => {
    const clock = { t: 0 };
    const log: string[] = [];
    const result = await runInSlices(task([3, 3, 3, 3, 3], clock, log), {
      budgetMs: 5,
      now: () => clock.t,
      yieldToPage: async () => {
        log.push('page');
      },
    });
    expect(log).toEqual(['step 0', 'step 1', 'page', 'step 2', 'step 3', 'page', 'step 4', 'closed']);
    expect(result).toEqual({ done: true, value: 5, slices: 3, totalMs: 15, longestSliceMs: 6 });
  });

  it('never cuts a step: one step longer than the budget is one slice', async () => {
    const clock = { t: 0 };
    const result = await runInSlices(task([40, 1], clock, []), {
      budgetMs: 8,
      now: () => clock.t,
      yieldToPage: async () => {},
    });
    expect(result).toMatchObject({ done: true, slices: 2, longestSliceMs: 40, totalMs: 41 });
  });

  it('stops a task no longer wanted before its next slice, and closes it', async () => {
    const clock = { t: 0 };
    const log: string[] = [];
    let wanted = true;
    const result = await runInSlices(task([5, 5, 5], clock, log), {
      budgetMs: 1,
      now: () => clock.t,
      yieldToPage: async () => {
        wanted = false;
      },
      stillWanted: () => wanted,
    });
    expect(result.done).toBe(false);
    expect(log).toEqual(['step 0', 'closed']);
  });

  it('runs every slice inside `around`', async () => {
    const clock = { t: 0 };
    let inside = false;
    const seen: boolean[] = [];
    const steps = (function* () {
      seen.push(inside);
      yield;
      seen.push(inside);
      return 'ok';
    })();
    await runInSlices(steps, {
      budgetMs: 0,
      now: () => clock.t,
      yieldToPage: async () => {},
      around: (slice) => {
        inside = true;
        slice();
        inside = false;
      },
    });
    expect(seen).toEqual([true, true]);
  });

  it('gives the page a turn between slices whose steps together stay under the budget plus one step', async () => {
    await fc.assert(
      fc.asyncProperty(
        fc.array(fc.integer({ min: 0, max: 20 }), { minLength: 1, maxLength: 40 }),
        fc.integer({ min: 0, max: 30 }),
        async (stepMs, budgetMs) => {
          const clock = { t: 0 };
          const log: string[] = [];
          const result = await runInSlices(task(stepMs, clock, log), {
            budgetMs,
            now: () => clock.t,
            yieldToPage: async () => {
              log.push('page');
            },
          });
          expect(result).toMatchObject({ done: true, value: stepMs.length });
          // Every step ran once, in order, and the slices add up to all of them.
          expect(log.filter((entry) => entry.startsWith('step'))).toEqual(stepMs.map((_, i) => `step ${i}`));
          expect(result.totalMs).toBe(stepMs.reduce((a, b) => a + b, 0));
          // A slice ends as soon as it reaches the budget: it is at most the budget plus its last step.
          expect(result.longestSliceMs).toBeLessThan(budgetMs + Math.max(...stepMs) + 1);
          expect(log.filter((entry) => entry === 'page')).toHaveLength(result.slices - 1);
        },
      ),
    );
  });
});
