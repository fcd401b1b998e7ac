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

test('screenshot: the side panel beside My Orders, one order guided', async ({ context, openExtensionPage }) => {
  const shop = await context.newPage();
  await shop.goto(SAMPLE_ORDER_LIST_URL);
  const panel = await openExtensionPage('sidepanel.html');
  await panel.setViewportSize({ width: 380, height: 760 });
  // The panel follows the active tab: My Orders in front gives its orders, most urgent first.
  await shop.bringToFront();
  await expect(panel.getByTestId('side-panel')).toHaveAttribute('data-view', 'list');
  await panel.getByTestId('order-item').filter({ hasText: 'Wireless Earbuds' }).click();
  await panel.locator('.whats-wrong [data-choice="not-received"]').click();
  await expect(panel.getByTestId('next-step')).toBeVisible();
  await panel.evaluate(() => window.scrollTo(0, 0));
  await panel.screenshot({ path: target('side-panel.png') });
});

test.describe('in Spanish', () => {
  test.use({ chromiumArgs: ['--lang=es'] });

  test('screenshot: the guide in Spanish, the text for AliExpress in English with its Spanish beside it', async ({
    context,
    openExtensionPage,
  }) => {
    const shop = await context.newPage();
    await shop.goto(SAMPLE_ORDER_LIST_URL);
    const popup = await openExtensionPage('popup.html');
    await popup.setViewportSize({ width: 400, height: 600 });
    await expect(popup.locator('html')).toHaveAttribute('lang', 'es', { timeout: 15_000 });
    await popup.getByTestId('order-item').filter({ hasText: 'Wireless Earbuds' }).click();
    await popup.locator('.whats-wrong [data-choice="not-received"]').click();
    await expect(popup.getByTestId('next-step')).toBeVisible();
    await popup.addStyleTag({ content: '.popup { max-height: none } .popup main { overflow: visible }' });
    await popup.setViewportSize({ width: 400, height: 900 });
    await popup.evaluate(() => window.scrollTo(0, 0));
    await popup.screenshot({ path: target('popup-order-es.png') });
  });
});
