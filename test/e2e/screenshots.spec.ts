import path from 'node:path';
import { SAMPLE_ORDER_LIST_URL } from '../fixtures/aliexpress/sample-site';
import { expect, test } from './fixtures';
import { ROOT } from './launch';

// The README's pictures come from here: `npm run screenshots` writes them to docs/screenshots/;
// a plain test run writes them under test-results/ so the committed ones only change on purpose.
function target(name: string): string {
  return process.env.BUYER_GUARD_SCREENSHOTS ? path.join(ROOT, 'docs/screenshots', name) : test.info().outputPath(name);
}

test('screenshot: the popup after visiting My Orders', async ({ context, openExtensionPage }) => {
  const page = await context.newPage();
  await page.goto(SAMPLE_ORDER_LIST_URL);
  const popup = await openExtensionPage('popup.html');
  await popup.setViewportSize({ width: 360, height: 200 });
  await expect(popup.getByTestId('page-status')).toContainText('My Orders');
  await expect(popup.getByTestId('reading-status')).toHaveText('Read 7 orders on My Orders.');
  await popup.locator('main').screenshot({ path: target('popup.png') });
});
