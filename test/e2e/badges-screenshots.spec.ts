import path from 'node:path';
import { SAMPLE_ORDER_LIST_URL } from '../fixtures/aliexpress/sample-site';
import { expect, test } from './fixtures';
import { ROOT } from './launch';

// The README's picture of the badges (as test/e2e/screenshots.spec.ts does for the popup): written to
// docs/screenshots/ by `npm run screenshots`, under test-results/ by a plain test run.
function target(name: string): string {
  return process.env.BUYER_GUARD_SCREENSHOTS ? path.join(ROOT, 'docs/screenshots', name) : test.info().outputPath(name);
}

test('screenshot: badges on My Orders, one panel open', async ({ context }) => {
  const page = await context.newPage();
  await page.setViewportSize({ width: 1140, height: 600 });
  await page.goto(SAMPLE_ORDER_LIST_URL);
  const badge = page.locator('buyer-guard-badges .slot[data-order-id="8204417366541234"] button.badge');
  await expect(page.locator('buyer-guard-badges .slot')).toHaveCount(7);
  await badge.click();
  await expect(page.getByRole('dialog', { name: 'Wait for the parcel' })).toBeVisible();
  await page.screenshot({ path: target('badges.png') });
});
