import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { readAliExpressPage } from '../../../../lib/marketplaces/aliexpress/read-page';
import { pageReadingSchema } from '../../../../lib/model/reading';
import { loadObservedResponses } from '../../../fixtures/aliexpress/observed-responses';
import { FIXTURE_NOW, listFixtures } from '../../../fixtures/aliexpress/sample-site';

function parse(file: string): Document {
  return new DOMParser().parseFromString(readFileSync(file, 'utf8'), 'text/html');
}

const fixtures = listFixtures();

describe('AliExpress fixture pages', () => {
  it('has at least 12 pages, of every kind', () => {
    expect(fixtures.length).toBeGreaterThanOrEqual(12);
    for (const kind of ['order-list.', 'order-detail.', 'tracking.', 'dispute.']) {
      expect(fixtures.filter((fixture) => fixture.name.startsWith(kind)).length).toBeGreaterThanOrEqual(3);
    }
  });

  it('has pages with the JSON the page loads, in at least three languages, for every kind', () => {
    for (const kind of ['order-list.', 'order-detail.', 'tracking.', 'dispute.']) {
      const withJson = fixtures.filter((fixture) => fixture.name.startsWith(kind) && fixture.api);
      const languages = new Set(withJson.map((fixture) => JSON.parse(readFileSync(fixture.expected, 'utf8')).language));
      expect(withJson.length, kind).toBeGreaterThanOrEqual(2);
      expect(languages.size, kind).toBeGreaterThanOrEqual(2);
    }
    const all = fixtures.filter((fixture) => fixture.api);
    expect(
      new Set(all.map((fixture) => JSON.parse(readFileSync(fixture.expected, 'utf8')).language)).size,
    ).toBeGreaterThanOrEqual(3);
  });

  it.each(fixtures.map((fixture) => [fixture.name, fixture] as const))('%s reads as expected', (_name, fixture) => {
    const observed = fixture.api ? loadObservedResponses(fixture.api, FIXTURE_NOW) : [];
    const reading = readAliExpressPage(parse(fixture.html), fixture.url, FIXTURE_NOW, observed);
    const expected = JSON.parse(readFileSync(fixture.expected, 'utf8'));
    expect(pageReadingSchema().parse(reading)).toEqual(reading);
    expect(reading).toEqual(expected);
  });
});
