import { readFile } from 'node:fs/promises';
import path from 'node:path';
import type { BrowserContext, Page } from '@playwright/test';
import { SAMPLE_ORDER_LIST_URL } from '../fixtures/aliexpress/sample-site';
import { badgeProbe } from './badge-probe';
import { expect, test } from './fixtures';
import { chooseFromFullList, openAllFolds } from './guide-helpers';
import { lastReading, recordOutsideRequests } from './hardening-helpers';
import { ROOT } from './launch';

// Privacy: one whole session — reading AliExpress pages, the badges, the popup and an order, the evidence
// workspace with a file and its pack, the options and every export — makes no request outside the routed
// fixture pages and the extension itself. The fixtures fail a test on any stray request; here the
// extension's pages and its service worker are also watched on their own (CDP's Network domain on the
// worker's target, and the worker's resource timing), so a request they made is named even if routed.

test.describe.configure({ timeout: 120_000 });

const ORDER_ID = '8204417366541234';
const DETAIL_URL = `https://www.aliexpress.com/p/order/detail.html?orderId=${ORDER_ID}`;
const TRACKING_URL = `https://www.aliexpress.com/p/tracking/index.html?_addShare=no&_login=yes&tradeOrderId=${ORDER_ID}`;
const INSIDE = /^(chrome-extension:\/\/|blob:|data:)/;

interface WorkerNetwork {
  requests: string[];
  /** Whether the watched worker is still the extension's worker (a restart would end the watch). */
  stillWatching(): Promise<boolean>;
}

/** Every request the extension's service worker makes, through CDP's Network domain on its target. */
async function watchWorkerNetwork(context: BrowserContext, extensionId: string): Promise<WorkerNetwork> {
  const browser = context.browser();
  if (!browser) throw new Error('no browser for a CDP session');
  const cdp = await browser.newBrowserCDPSession();
  const targets = async () =>
    ((await cdp.send('Target.getTargets')) as { targetInfos: { targetId: string; type: string; url: string }[] })
      .targetInfos;
  const worker = (await targets()).find(
    (target) => target.type === 'service_worker' && target.url.startsWith(`chrome-extension://${extensionId}/`),
  );
  if (!worker) throw new Error('the extension has no service worker target');
  const requests: string[] = [];
  cdp.on(
    'Target.receivedMessageFromTarget' as never,
    ((event: { message: string }) => {
      const message = JSON.parse(event.message) as {
        method?: string;
        params?: { request?: { url: string }; url?: string };
      };
      if (message.method === 'Network.requestWillBeSent' && message.params?.request)
        requests.push(message.params.request.url);
      if (message.method === 'Network.webSocketCreated' && message.params?.url) requests.push(message.params.url);
    }) as never,
  );
  // The flat protocol is Playwright's own; a nested session leaves it alone. An attached inspector keeps the worker running.
  const { sessionId } = (await cdp.send('Target.attachToTarget', { targetId: worker.targetId, flatten: false })) as {
    sessionId: string;
  };
  await cdp.send(
    'Target.sendMessageToTarget' as never,
    {
      sessionId,
      message: JSON.stringify({ id: 1, method: 'Network.enable' }),
    } as never,
  );
  return {
    requests,
    stillWatching: async () => (await targets()).some((target) => target.targetId === worker.targetId),
  };
}

async function downloadFrom(page: Page, button: string): Promise<Buffer> {
  const downloading = page.waitForEvent('download');
  await page.getByRole('button', { name: button }).click();
  return readFile((await (await downloading).path()) as string);
}

test('a whole session makes no request outside the fixtures and the extension, the service worker none at all', async ({
  context,
  serviceWorker,
  extensionId,
  strayRequests,
}) => {
  const network = await watchWorkerNetwork(context, extensionId);
  // The watch sees the worker's requests: one to its own manifest shows up.
  await serviceWorker.evaluate(() => fetch(chrome.runtime.getURL('manifest.json')).then((response) => response.ok));
  await expect.poll(() => network.requests).toContain(`chrome-extension://${extensionId}/manifest.json`);

  const outside: string[][] = [];
  /** An extension page, its requests watched from before it loads. */
  const open = async (file: string) => {
    const page = await context.newPage();
    outside.push(recordOutsideRequests(page));
    await page.goto(`chrome-extension://${extensionId}/${file}`);
    return page;
  };

  // AliExpress: My Orders, an order's details and its tracking; a badge's panel.
  const shop = await context.newPage();
  for (const url of [DETAIL_URL, TRACKING_URL, SAMPLE_ORDER_LIST_URL]) {
    await shop.goto(url);
    await expect.poll(() => lastReading(serviceWorker), { timeout: 15_000 }).toMatchObject({ url, ok: true });
  }
  const probe = await badgeProbe(shop);
  await expect.poll(async () => (await probe.slotIds()).includes(ORDER_ID)).toBe(true);
  await probe.clickBadge(ORDER_ID);
  await expect.poll(async () => (await probe.panel(ORDER_ID))?.visible).toBe(true);

  // The popup, an order, its problem and texts.
  const popup = await open('popup.html');
  await popup.getByTestId('order-item').filter({ hasText: 'Wireless Earbuds' }).click();
  await chooseFromFullList(popup, 'damaged');
  await openAllFolds(popup);
  await expect(popup.getByTestId('composer-text')).not.toHaveValue('');
  for (const tab of await popup.getByRole('tab').all()) await tab.click();

  // The evidence workspace: a photo saved, the pack downloaded.
  const workspace = await open(`evidence.html?order=${ORDER_ID}`);
  await workspace.locator('input[type=file]').setInputFiles({
    name: 'box.png',
    mimeType: 'image/png',
    buffer: await readFile(path.join(ROOT, 'public/icon/128.png')),
  });
  await workspace.locator('li.card.pending').getByRole('button', { name: /^Save/ }).click();
  await expect(workspace.locator('li.card.stored')).toHaveCount(1, { timeout: 15_000 });
  expect((await downloadFrom(workspace, 'Download evidence pack')).length).toBeGreaterThan(0);

  // The options: a setting changed, every export.
  const options = await open('options.html');
  await options.getByLabel('1 day before').click();
  for (const button of [
    'Export a backup (JSON)',
    'Export a backup with evidence (ZIP)',
    'Export orders as a spreadsheet (CSV)',
  ]) {
    expect((await downloadFrom(options, button)).length, button).toBeGreaterThan(0);
  }

  // Whatever the worker does after the last click (reminders, badge text) has a moment to happen.
  await options.waitForTimeout(1_000);
  expect(await network.stillWatching(), 'the worker was restarted: its requests were no longer watched').toBe(true);
  const workerRequests = network.requests.filter((url) => !INSIDE.test(url));
  const workerTimings = await serviceWorker.evaluate(() =>
    performance.getEntriesByType('resource').map((entry) => entry.name),
  );
  expect(workerRequests, 'requests of the service worker').toEqual([]);
  expect(
    workerTimings.filter((url) => !INSIDE.test(url)),
    'resource timing of the service worker',
  ).toEqual([]);
  expect(outside.flat(), 'requests of the extension pages').toEqual([]);
  expect(strayRequests, 'requests that left the routed fixtures').toEqual([]);
});
