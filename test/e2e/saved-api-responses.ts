import { readFileSync } from 'node:fs';
import type { BrowserContext } from '@playwright/test';
import { listFixtures } from '../fixtures/aliexpress/sample-site';

/** One response of AliExpress's mtop API as a fixture keeps it (`*.api.json`). */
export interface SavedResponse<Body = unknown> {
  url: string;
  body: Body;
}

/** The saved API responses of every fixture page. */
export function fixtureApiResponses(): SavedResponse[] {
  return listFixtures().flatMap((fixture) =>
    fixture.api ? (JSON.parse(readFileSync(fixture.api, 'utf8')) as SavedResponse[]) : [],
  );
}

/** The request the saved response answers: the same URL (query included), else the first of the same API path. */
function savedFor(saved: readonly SavedResponse[], url: URL): SavedResponse | undefined {
  return (
    saved.find((candidate) => new URL(candidate.url).href === url.href) ??
    saved.find((candidate) => new URL(candidate.url).pathname === url.pathname)
  );
}

/**
 * Serves saved responses at acs.aliexpress.com: the one saved for that request (several fixture pages
 * call the same API for different orders), JSONP when the request names a callback (as the page's mtop
 * client asks), JSON otherwise; 404 for any API not saved.
 */
export async function serveSavedApiResponses(
  context: BrowserContext,
  saved: readonly SavedResponse[] = fixtureApiResponses(),
): Promise<void> {
  await context.route(/^https:\/\/acs\.aliexpress\.com\/h5\//, (route) => {
    const url = new URL(route.request().url());
    const response = savedFor(saved, url);
    if (!response) return route.fulfill({ status: 404, body: '' });
    const callback = url.searchParams.get('callback');
    return callback
      ? route.fulfill({ contentType: 'application/javascript', body: `${callback}(${JSON.stringify(response.body)})` })
      : route.fulfill({ contentType: 'application/json', body: JSON.stringify(response.body) });
  });
}
