import { readFile } from 'node:fs/promises';
import { unzipSync } from 'fflate';
import { SAMPLE_ORDER_LIST_URL } from '../fixtures/aliexpress/sample-site';
import { badgeProbe } from './badge-probe';
import { expect, test } from './fixtures';
import { chooseFromFullList, openFold } from './guide-helpers';
import { clickToolbarIcon, dropPictures, EXTENSION_DEBUGGING, MEASURED, paintPicture } from './workspace-helpers';

// The flow a buyer follows, end to end in the built extension: the badge on My Orders → the guide on
// that order → say what went wrong → the advisor's step → evidence in the workspace (a screenshot of
// the AliExpress tab, a photo, one file refused for size, one warned for darkness) → the dispute text
// copied → the evidence pack.

test.use({ chromiumArgs: [EXTENSION_DEBUGGING] });
test.describe.configure({ timeout: 120_000 });

const ORDER = '8204417366541234';
const MB = 1024 * 1024;

test('from the badge on My Orders to a copied dispute text and the evidence pack', async ({
  context,
  extensionId,
  serviceWorker,
}) => {
  await context.grantPermissions(['clipboard-read', 'clipboard-write']);
  const shop = await context.newPage();
  await shop.goto(SAMPLE_ORDER_LIST_URL);

  // The badge and its panel on the marketplace page (a closed shadow root: read through the debugger).
  const probe = await badgeProbe(shop);
  await expect.poll(async () => (await probe.badge(ORDER))?.text).toMatch(/^Buyer protection ends: /);
  await probe.clickBadge(ORDER);
  await expect.poll(async () => (await probe.panel(ORDER))?.visible).toBe(true);
  await probe.clickPanelButton(ORDER, 'Open the guide');
  await expect
    .poll(() =>
      serviceWorker.evaluate(async () => {
        const pages = await chrome.runtime.getContexts({ contextTypes: ['POPUP' as chrome.runtime.ContextType] });
        const tabs = await chrome.tabs.query({});
        return pages.length > 0 || tabs.some((tab) => tab.url?.includes('popup.html?order='));
      }),
    )
    .toBe(true);

  // The guide on that order (the same page the toolbar popup shows, opened as a tab to drive it).
  const guide = await context.newPage();
  await guide.goto(`chrome-extension://${extensionId}/popup.html?order=${ORDER}`);
  await expect(guide.getByRole('heading', { name: /Wireless Earbuds/ })).toBeVisible();
  await chooseFromFullList(guide, 'damaged', 'The charging case arrived cracked.');
  const step = guide.getByTestId('next-step');
  await expect(step).toContainText(/dispute/i);
  await expect(guide.getByTestId('evidence-progress')).toContainText('0 of 3 required items covered');

  // Evidence in the workspace, with the AliExpress tab to capture (the toolbar click grants it).
  await shop.bringToFront();
  const tabId = await clickToolbarIcon(context, extensionId, serviceWorker, shop);
  const workspace = await context.newPage();
  await workspace.goto(`chrome-extension://${extensionId}/evidence.html?order=${ORDER}&tab=${tabId}`);
  await workspace.getByRole('button', { name: 'Capture the AliExpress tab' }).click();
  const shot = workspace.locator('li.card.pending').filter({ hasText: 'Screenshot' });
  await shot.getByLabel('Caption').fill('My Orders showing the earbuds order');
  await shot.getByLabel('Screenshot of the order details page').check();
  await shot.getByRole('button', { name: /^Save/ }).click();
  await expect(shot).toHaveCount(0);

  await workspace
    .locator('input[type=file]')
    .setInputFiles(await paintPicture(workspace, { name: 'case.jpg', paint: 'scene' }));
  const photo = workspace.locator('li.card.pending').filter({ hasText: 'case.jpg' });
  await expect(photo).toContainText('Quality looks fine', MEASURED);
  await photo.getByLabel('Caption').fill('Cracked charging case');
  await photo.getByLabel('Photos of the damage from several angles').check();
  await photo.getByRole('button', { name: /^Save/ }).click();
  await expect(photo).toHaveCount(0);

  await dropPictures(workspace, [
    { name: 'unboxing.mp4', paint: 'bytes', size: 6 * MB, type: 'video/mp4' },
    { name: 'dark.jpg', paint: 'scene', darken: 0.85 },
  ]);
  const refused = workspace.locator('li.card.pending').filter({ hasText: 'unboxing.mp4' });
  await expect(refused.getByTestId('verdict')).toHaveText('Not accepted: 6 MB is over the 5 MB limit by 1 MB.');
  const dark = workspace.locator('li.card.pending').filter({ hasText: 'dark.jpg' });
  await expect(dark.locator('[data-warning="too-dark"]')).toBeVisible(MEASURED);

  // Back in the guide: the checklist counts the files, the dispute text lists them, and it is copied.
  await expect(guide.getByTestId('evidence-progress')).toContainText('2 of 3 required items covered');
  await openFold(guide, /^All texts/);
  await guide.getByRole('tab', { name: 'Dispute description' }).click();
  const text = guide.getByTestId('composer-text');
  await expect(text).toContainText('Cracked charging case');
  await expect(text).toContainText('The charging case arrived cracked.');
  await guide.locator('.composer').getByRole('button', { name: 'Copy' }).click();
  const copied = await guide.evaluate(() => navigator.clipboard.readText());
  expect(copied).toContain(ORDER);
  expect(copied).toContain('Cracked charging case');

  // The evidence pack: the two saved files and a summary naming the order.
  const downloading = workspace.waitForEvent('download');
  await workspace.getByRole('button', { name: 'Download evidence pack' }).click();
  const zip = unzipSync(new Uint8Array(await readFile((await (await downloading).path()) as string)));
  const files = Object.keys(zip).filter((name) => name.startsWith('files/'));
  expect(files).toEqual([expect.stringMatching(/^files\/01-aliexpress-order-.*\.png$/), 'files/02-case.jpg']);
  const summary = new TextDecoder().decode(zip['summary.html']);
  expect(summary).toContain(ORDER);
  expect(summary).toContain('Dispute description');
});
