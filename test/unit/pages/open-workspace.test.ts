import { describe, expect, it } from 'vitest';
import { fakeBrowser } from 'wxt/testing/fake-browser';
import { clickedMarketplaceTabId, openWorkspace } from '../../../lib/pages/open-workspace';

async function activeTab(url: string | undefined) {
  const window = await fakeBrowser.windows.create({ focused: true });
  return fakeBrowser.tabs.create({ windowId: window?.id, url, active: true });
}

describe('opening the workspace from the popup', () => {
  it('passes the clicked tab along when it shows AliExpress (its URL is visible through activeTab)', async () => {
    const tab = await activeTab('https://www.aliexpress.com/p/order/detail.html?orderId=8198765432105678');
    expect(await clickedMarketplaceTabId()).toBe(tab.id);
  });

  it.each([
    ['another site', 'https://example.com/'],
    ['no grant (URL hidden)', undefined],
  ])('passes no tab for %s', async (_name, url) => {
    await activeTab(url);
    expect(await clickedMarketplaceTabId()).toBeUndefined();
  });

  it('opens evidence.html for the order, with the tab to capture', async () => {
    await activeTab(undefined);
    await openWorkspace('8198765432105678', 42);
    const opened = (await fakeBrowser.tabs.query({})).map((tab) => tab.url);
    expect(opened).toContain(fakeBrowser.runtime.getURL('/evidence.html?order=8198765432105678&tab=42'));
  });
});
