import type { Worker } from '@playwright/test';
import { listFixtures, SAMPLE_ORDER_LIST_URL } from '../fixtures/aliexpress/sample-site';
import { expect, test } from './fixtures';

// The guide beside the AliExpress page (entrypoints/sidepanel/), in the built extension: the background
// remembers what each tab's last reading showed, and the panel follows the active tab — My Orders gives
// its orders, most urgent first; an order's page gives that order's guide. The panel page is driven as a
// tab here (headless Chromium draws no side panel), so activating tabs moves it just as it moves the panel.

test.describe.configure({ timeout: 90_000 });

const EARBUDS = '8204417366541234';
const detail = listFixtures().find((fixture) => fixture.name === `order-detail.${EARBUDS}`);
if (!detail) throw new Error('the order detail fixture is missing');

/** The active tab of the last focused window and what the background recorded for it. */
function activeTabReading(serviceWorker: Worker) {
  return serviceWorker.evaluate(async () => {
    const [tab] = await chrome.tabs.query({ active: true, lastFocusedWindow: true });
    if (tab?.id === undefined) return null;
    const key = `tabReading.${tab.id}`;
    return ((await chrome.storage.session.get(key))[key] as { orderIds: string[]; pageKind: string }) ?? null;
  });
}

test('the side panel follows the active tab: My Orders → its orders, an order’s page → its guide', async ({
  context,
  serviceWorker,
  openExtensionPage,
}) => {
  const list = await context.newPage();
  await list.goto(SAMPLE_ORDER_LIST_URL);
  // Through the background: the tab's reading is kept under the tab's own id.
  await expect
    .poll(() => activeTabReading(serviceWorker), { timeout: 15_000 })
    .toMatchObject({ pageKind: 'order-list', orderIds: expect.arrayContaining([EARBUDS]) });

  // The panel opened while it is itself the active tab: no AliExpress page to follow yet.
  const panel = await openExtensionPage('sidepanel.html');
  await expect(panel.getByTestId('side-panel')).toHaveAttribute('data-view', 'no-page');

  // My Orders becomes the active tab: its orders, most urgent first (the page's own countdowns).
  await list.bringToFront();
  await expect(panel.getByTestId('side-panel')).toHaveAttribute('data-view', 'list');
  const items = panel.getByTestId('order-item');
  await expect(items).toHaveCount(7);
  await expect(items.first()).toContainText('Wireless Earbuds');

  // An order chosen from the list: its guide, and back.
  await items.first().click();
  await expect(panel.getByTestId('whats-wrong')).toBeVisible();
  await panel.getByRole('button', { name: '← All orders' }).click();
  await expect(items).toHaveCount(7);

  // The order's own page in another tab: the panel shows that order's guide, with no list to go back to.
  const order = await context.newPage();
  await order.goto(detail.url);
  await order.bringToFront();
  await expect
    .poll(() => activeTabReading(serviceWorker), { timeout: 15_000 })
    .toMatchObject({ pageKind: 'order-detail', orderIds: [EARBUDS] });
  await expect(panel.getByTestId('side-panel')).toHaveAttribute('data-view', 'order');
  await expect(panel.getByRole('heading', { level: 2 })).toContainText('Wireless Earbuds');
  await expect(panel.getByRole('button', { name: '← All orders' })).toHaveCount(0);

  // Back to My Orders, and the list again; a closed tab's record is gone.
  await list.bringToFront();
  await expect(panel.getByTestId('side-panel')).toHaveAttribute('data-view', 'list');
  const orderTabId = await serviceWorker.evaluate(async () => {
    const tabs = await chrome.tabs.query({});
    const ids = await Promise.all(
      tabs.map(async (tab) => {
        const key = `tabReading.${tab.id}`;
        const stored = (await chrome.storage.session.get(key))[key] as { pageKind?: string } | undefined;
        return stored?.pageKind === 'order-detail' ? tab.id : undefined;
      }),
    );
    return ids.find((id) => id !== undefined);
  });
  expect(orderTabId).toBeDefined();
  await order.close();
  await expect
    .poll(() =>
      serviceWorker.evaluate(
        async (id) => (await chrome.storage.session.get(`tabReading.${id}`))[`tabReading.${id}`],
        orderTabId,
      ),
    )
    .toBeUndefined();
});

test('the popup’s "Open beside the page" opens the side panel from the click', async ({
  context,
  serviceWorker,
  openExtensionPage,
}) => {
  const list = await context.newPage();
  await list.goto(SAMPLE_ORDER_LIST_URL);
  const popup = await openExtensionPage('popup.html');
  await popup.getByTestId('open-beside').click();
  // The panel is a context of its own: the browser opened it (the popup then steps aside), or the popup
  // says visibly that it could not.
  await expect
    .poll(async () => {
      const panels = await serviceWorker.evaluate(
        async () =>
          (await chrome.runtime.getContexts({ contextTypes: ['SIDE_PANEL' as chrome.runtime.ContextType] })).length,
      );
      if (panels > 0) return 'opened';
      if (!popup.isClosed() && (await popup.getByRole('alert').count()) > 0) return 'refused';
      return 'waiting';
    })
    .toBe('opened');
  await expect.poll(() => popup.isClosed()).toBe(true);
});
