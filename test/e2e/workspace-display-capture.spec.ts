import { expect, test } from './fixtures';
import {
  MEASURED,
  openSampleOrders,
  openTabWithId,
  paintPage,
  pendingScreenshotLook,
  SAMPLE_PAGE_TITLE,
  seedOrder,
  storedEvidence,
  workspaceUrl,
} from './workspace-helpers';

// The fallback screenshot through the browser's share picker (getDisplayMedia). Chromium picks the
// tab by its title instead of showing the dialog: a test-only flag, never in the product.

test.use({ chromiumArgs: [`--auto-select-tab-capture-source-by-title=${SAMPLE_PAGE_TITLE}`] });
// Pictures are painted, encoded and measured in the page: slow on two busy cores.
test.describe.configure({ timeout: 90_000 });

const BLUE = 'rgb(20, 60, 220)';

/** Records what the page asks getDisplayMedia for and the streams it gets, to check they are stopped. */
function spyOnDisplayMedia() {
  const spy = window as unknown as { displayRequests: unknown[]; displayStreams: MediaStream[] };
  spy.displayRequests = [];
  spy.displayStreams = [];
  const original = navigator.mediaDevices.getDisplayMedia.bind(navigator.mediaDevices);
  navigator.mediaDevices.getDisplayMedia = async (options) => {
    spy.displayRequests.push(options);
    const stream = await original(options);
    spy.displayStreams.push(stream);
    return stream;
  };
}

test('after a refusal the buyer picks the tab in the share dialog: one frame is kept and the sharing stops', async ({
  context,
  extensionId,
  serviceWorker,
}) => {
  const { page: shop, tabId } = await openTabWithId(serviceWorker, () => openSampleOrders(context));
  await paintPage(shop, BLUE);
  const page = await context.newPage();
  await page.addInitScript(spyOnDisplayMedia);
  await page.goto(workspaceUrl(extensionId, tabId));
  await seedOrder(page);

  // No toolbar click on that tab: the direct capture is refused, the picker is offered.
  await page.getByRole('button', { name: 'Capture the AliExpress tab' }).click();
  await expect(page.getByRole('alert')).toContainText('may not capture that tab');
  await page.getByRole('button', { name: 'Choose a tab to capture…' }).click();

  const look = await pendingScreenshotLook(page);
  expect(look.width).toBeGreaterThan(300);
  const [red = 255, green = 255, blue = 0] = look.centre;
  expect(blue, `centre ${look.centre}`).toBeGreaterThan(150);
  expect(red + green).toBeLessThan(200);
  const sharing = await page.evaluate(() => {
    const spy = window as unknown as { displayRequests: unknown[]; displayStreams: MediaStream[] };
    return {
      requests: spy.displayRequests,
      live: spy.displayStreams.flatMap((stream) => stream.getTracks()).filter((track) => track.readyState === 'live')
        .length,
    };
  });
  expect(sharing.requests).toEqual([
    { video: { displaySurface: 'browser' }, audio: false, preferCurrentTab: false, selfBrowserSurface: 'exclude' },
  ]);
  expect(sharing.live, 'tracks still live after the frame was taken').toBe(0);

  const card = page.locator('li.card.pending');
  await expect(card.getByRole('heading')).toHaveText(/^screenshot-\d{4}-\d\d-\d\d-\d{4}\.png$/);
  await card.getByRole('button', { name: 'Save' }).click();
  await expect
    .poll(async () => (await storedEvidence(page)).map((row) => [row.kind, row.type]))
    .toEqual([['screenshot', 'image/png']]);
});

test('without an AliExpress tab to capture, the workspace offers the share dialog straight away', async ({
  context,
  extensionId,
}) => {
  await openSampleOrders(context);
  const page = await context.newPage();
  await page.goto(workspaceUrl(extensionId));
  await seedOrder(page);
  await expect(page.getByRole('button', { name: 'Capture the AliExpress tab' })).toHaveCount(0);
  await expect(page.getByText('open this workspace from the Buyer Guard icon')).toBeVisible();
  await page.getByRole('button', { name: 'Choose a tab to capture…' }).click();
  await expect(page.locator('li.card.pending')).toContainText('Screenshot', MEASURED);
});
