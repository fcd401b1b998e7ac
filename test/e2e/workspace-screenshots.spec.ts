import path from 'node:path';
import { sendFromPage } from './extension-page';
import { expect, test } from './fixtures';
import { ROOT } from './launch';
import {
  clickToolbarIcon,
  dropPictures,
  EXTENSION_DEBUGGING,
  MEASURED,
  ORDER_ID,
  openSampleOrders,
  seedOrder,
  storedEvidence,
  workspaceUrl,
} from './workspace-helpers';

// The README's picture of the workspace (`npm run screenshots` writes it to docs/screenshots/; a
// plain run writes it under test-results/, so the committed one only changes on purpose).
function target(name: string): string {
  return process.env.BUYER_GUARD_SCREENSHOTS ? path.join(ROOT, 'docs/screenshots', name) : test.info().outputPath(name);
}

test.use({ chromiumArgs: [EXTENSION_DEBUGGING] });
// Pictures are painted, encoded and measured in the page: slow on two busy cores.
test.describe.configure({ timeout: 90_000 });

test('screenshot: the evidence workspace with a captured page, a photo and a dark one warned', async ({
  context,
  extensionId,
  serviceWorker,
}) => {
  const shop = await openSampleOrders(context);
  const tabId = await clickToolbarIcon(context, extensionId, serviceWorker, shop);
  const page = await context.newPage();
  await page.setViewportSize({ width: 1280, height: 1100 });
  await page.goto(workspaceUrl(extensionId, tabId));
  await seedOrder(page);
  await sendFromPage(page, 'setProblem', {
    orderId: ORDER_ID,
    problem: { reason: 'damaged', details: 'The caliper arrived with a bent jaw.' },
  });

  await page.getByRole('button', { name: 'Capture the AliExpress tab' }).click();
  const shot = page.locator('li.card.pending');
  await shot.getByLabel('Caption').fill('My Orders: the caliper order, delivered');
  await shot.getByLabel('Screenshot of the order details page').check();
  await shot.getByRole('button', { name: 'Save' }).click();
  // Saved before the photo comes: otherwise two cards are pending at once (a fresh-clone CI run saw it).
  await expect.poll(async () => (await storedEvidence(page)).length).toBe(1);
  await dropPictures(page, [{ name: 'caliper-jaw.jpg', paint: 'scene' }]);
  const photo = page.locator('li.card.pending[data-name="caliper-jaw.jpg"]');
  await expect(photo).toContainText('Quality looks fine', MEASURED);
  await photo.getByLabel('Caption').fill('Bent jaw, close-up in daylight');
  await photo.getByLabel('Photos of the damage from several angles').check();
  await photo.getByRole('button', { name: 'Save' }).click();
  await expect.poll(async () => (await storedEvidence(page)).length).toBe(2);
  await dropPictures(page, [{ name: 'IMG_2044.jpg', paint: 'scene', darken: 0.85 }]);
  await expect(page.locator('[data-warning="too-dark"]')).toBeVisible(MEASURED);
  await page
    .getByRole('status')
    .filter({ hasText: 'Screenshot added' })
    .evaluate((node) => {
      node.textContent = '';
    });
  await page.evaluate(() => window.scrollTo(0, 0));
  await page.screenshot({ path: target('workspace.png') });
});
