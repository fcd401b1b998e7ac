import path from 'node:path';
import { SAMPLE_ORDER_LIST_URL } from '../fixtures/aliexpress/sample-site';
import { expect, test } from './fixtures';
import { chooseFromFullList } from './guide-helpers';
import { ROOT } from './launch';

// The README's pictures come from here: `npm run screenshots` writes them to docs/screenshots/;
// a plain test run writes them under test-results/ so the committed ones only change on purpose.
function target(name: string): string {
  return process.env.BUYER_GUARD_SCREENSHOTS ? path.join(ROOT, 'docs/screenshots', name) : test.info().outputPath(name);
}

test('screenshots: the popup list after visiting My Orders, and one order guided', async ({
  context,
  openExtensionPage,
}) => {
  const page = await context.newPage();
  await page.goto(SAMPLE_ORDER_LIST_URL);
  const popup = await openExtensionPage('popup.html');
  await popup.setViewportSize({ width: 400, height: 600 });
  await expect(popup.getByTestId('reading-status')).toHaveText(/: My Orders, 7 orders$/);
  await expect(popup.getByTestId('order-item')).toHaveCount(7);
  await popup.screenshot({ path: target('popup.png') });

  await popup.getByTestId('order-item').filter({ hasText: 'Wireless Earbuds' }).click();
  await chooseFromFullList(popup, 'damaged', 'The charging case arrived cracked.');
  await popup.getByRole('button', { name: 'No, it cannot be used for its purpose' }).click();
  await expect(popup.getByTestId('next-step')).toContainText(/dispute/i);
  // The top of the order view (next step, deadlines) in one picture: let the page grow instead of scrolling.
  await popup.addStyleTag({ content: '.popup { max-height: none } .popup main { overflow: visible }' });
  await popup.setViewportSize({ width: 400, height: 900 });
  await popup.evaluate(() => window.scrollTo(0, 0));
  await popup.screenshot({ path: target('popup-order.png') });
});
