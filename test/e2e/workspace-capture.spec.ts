import type { Page } from '@playwright/test';
import { expect, test } from './fixtures';
import {
  chromeTabIds,
  clickToolbarIcon,
  EXTENSION_DEBUGGING,
  MEASURED,
  openSampleOrders,
  openTabWithId,
  paintPage,
  pendingScreenshotLook,
  seedOrder,
  storedEvidence,
  workspaceUrl,
} from './workspace-helpers';

// The one-click screenshot: the buyer clicks the Buyer Guard icon on the AliExpress tab (simulated
// with CDP Extensions.triggerAction, which grants activeTab exactly as the click does), the popup
// opens the workspace with that tab's id, and the background captures that tab.

test.use({ chromiumArgs: [EXTENSION_DEBUGGING] });
// Pictures are painted, encoded and measured in the page: slow on two busy cores.
test.describe.configure({ timeout: 90_000 });

const GREEN = 'rgb(0, 200, 83)';

async function openWorkspace(page: Page, url: string): Promise<void> {
  await page.goto(url);
  await seedOrder(page);
  await expect(page.getByRole('heading', { name: /^Order \d+$/ })).toBeVisible();
}

test('the toolbar click lets the workspace capture that AliExpress tab, then the workspace is in front again', async ({
  context,
  extensionId,
  serviceWorker,
}) => {
  const shop = await openSampleOrders(context);
  await paintPage(shop, GREEN);
  const tabId = await clickToolbarIcon(context, extensionId, serviceWorker, shop);
  const page = await context.newPage();
  await openWorkspace(page, workspaceUrl(extensionId, tabId));
  await expect(page.getByRole('button', { name: 'Choose a tab to capture…' })).toHaveCount(0);

  await page.getByRole('button', { name: 'Capture the AliExpress tab' }).click();
  await expect(page.getByRole('status').filter({ hasText: 'Screenshot added below' })).toBeVisible(MEASURED);
  const look = await pendingScreenshotLook(page);
  expect({ width: look.width, height: look.height }).toEqual(shop.viewportSize());
  const [red = 255, green = 0] = look.centre;
  expect(green, `centre ${look.centre}`).toBeGreaterThan(150);
  expect(red).toBeLessThan(80);

  const current = await page.evaluate(() => chrome.tabs.getCurrent());
  expect(current?.active, 'the workspace is in front again').toBe(true);
  const tabs = await chromeTabIds(serviceWorker);
  expect(tabs.find((tab) => tab.id === tabId)).toMatchObject({ url: shop.url(), title: 'My Orders - AliExpress' });

  await page.locator('li.card.pending').getByRole('button', { name: 'Save' }).click();
  await expect
    .poll(async () => (await storedEvidence(page)).map((row) => [row.kind, row.type, row.warnings]))
    .toEqual([['screenshot', 'image/png', []]]);
});

test('a refused capture says why and offers the tab picker', async ({ context, extensionId, serviceWorker }) => {
  const page = await context.newPage();
  const capture = async (tabId: number) => {
    await openWorkspace(page, workspaceUrl(extensionId, tabId));
    await page.getByRole('button', { name: 'Capture the AliExpress tab' }).click();
    const alert = page.getByRole('alert');
    await expect(alert).toBeVisible();
    await expect(page.getByRole('button', { name: 'Choose a tab to capture…' })).toBeVisible();
    await expect(page.locator('li.card.pending')).toHaveCount(0);
    return alert;
  };

  // No toolbar click on the tab: no grant, its URL is hidden, nothing is captured.
  const { tabId: ungranted } = await openTabWithId(serviceWorker, () => openSampleOrders(context));
  await expect(await capture(ungranted)).toContainText('Buyer Guard may not capture that tab');

  // Granted, then the tab went to another site: the grant ended with the navigation.
  const other = 'https://shop.example.test/';
  await context.route(other, (route) => route.fulfill({ contentType: 'text/html', body: '<title>Elsewhere</title>' }));
  const moved = await openSampleOrders(context);
  const movedId = await clickToolbarIcon(context, extensionId, serviceWorker, moved);
  await moved.goto(other);
  await expect(await capture(movedId)).toContainText('Buyer Guard may not capture that tab');

  // Granted on a page that is not AliExpress (the icon works everywhere): refused by its URL.
  const elsewhereId = await clickToolbarIcon(context, extensionId, serviceWorker, moved);
  await expect(await capture(elsewhereId)).toContainText('does not show an AliExpress page');

  // Granted, then closed.
  const closing = await openSampleOrders(context);
  const closedId = await clickToolbarIcon(context, extensionId, serviceWorker, closing);
  await closing.close();
  await expect(await capture(closedId)).toContainText('The AliExpress tab is closed');

  expect(await storedEvidence(page)).toEqual([]);
});
