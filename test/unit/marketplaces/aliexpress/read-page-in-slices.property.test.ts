import { readFileSync } from 'node:fs';
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { type TextCache, withTextCache } from '../../../../lib/marketplaces/aliexpress/dom-text';
import { readAliExpressPage, readAliExpressPageInSteps } from '../../../../lib/marketplaces/aliexpress/read-page';
import { runInSlices } from '../../../../lib/marketplaces/run-in-slices';
import { loadObservedResponses } from '../../../fixtures/aliexpress/observed-responses';
import { FIXTURE_NOW, listFixtures } from '../../../fixtures/aliexpress/sample-site';

const fixtures = listFixtures().map((fixture) => ({
  ...fixture,
  document: new DOMParser().parseFromString(readFileSync(fixture.html, 'utf8'), 'text/html'),
  observed: fixture.api ? loadObservedResponses(fixture.api, FIXTURE_NOW) : [],
}));

/**
 * The content script reads in slices, giving the page its turn between order cards (start-reader.ts). Wherever
 * the slices fall, the reading must be the plain pure reading of the same page.
 */
describe('a reading in slices', () => {
  it('is the same reading as one read at once, wherever the slices fall', async () => {
    await fc.assert(
      fc.asyncProperty(fc.constantFrom(...fixtures), fc.integer({ min: 0, max: 40 }), async (fixture, budgetMs) => {
        // A fake clock that ticks on every look: a budget of 0 or 1 pauses after every card.
        let clock = 0;
        const cache: TextCache = new Map();
        const sliced = await runInSlices(
          readAliExpressPageInSteps(fixture.document, fixture.url, FIXTURE_NOW, fixture.observed),
          {
            budgetMs,
            now: () => clock++,
            yieldToPage: async () => {},
            around: (run) => withTextCache(run, cache),
          },
        );
        expect(sliced.done).toBe(true);
        const atOnce = readAliExpressPage(fixture.document, fixture.url, FIXTURE_NOW, fixture.observed);
        expect(sliced.done && sliced.value).toEqual(atOnce);
      }),
      { numRuns: 60 },
    );
  });

  it('pauses between the cards of My Orders', async () => {
    const list = fixtures.find((fixture) => fixture.name === 'order-list.en');
    expect(list).toBeDefined();
    if (!list) return;
    let clock = 0;
    const sliced = await runInSlices(readAliExpressPageInSteps(list.document, list.url, FIXTURE_NOW, list.observed), {
      budgetMs: 0,
      now: () => clock++,
      yieldToPage: async () => {},
    });
    const orders = sliced.done && sliced.value.ok ? sliced.value.orders.length : 0;
    expect(orders).toBeGreaterThan(1);
    // One slice per card read from the page, the last one also merging the JSON and finishing the reading.
    expect(sliced.slices).toBeGreaterThanOrEqual(orders);
  });
});
