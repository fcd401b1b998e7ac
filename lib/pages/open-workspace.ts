import { browser } from 'wxt/browser';
import { isMarketplaceUrl } from '../background/is-marketplace-url';
import { workspacePath } from './workspace-url';

/**
 * For the popup: the AliExpress tab the buyer clicked the toolbar icon on. The click grants
 * activeTab, so its URL is visible; any other tab (or no grant) gives undefined and the workspace
 * offers the share dialog instead of the one-click capture.
 */
export async function clickedMarketplaceTabId(): Promise<number | undefined> {
  const [tab] = await browser.tabs.query({ active: true, currentWindow: true });
  return tab?.id !== undefined && tab.url && isMarketplaceUrl(tab.url) ? tab.id : undefined;
}

/** Opens the evidence workspace for an order in a new tab; `captureTabId` is the tab it may screenshot. */
export async function openWorkspace(orderId: string, captureTabId?: number): Promise<void> {
  await browser.tabs.create({ url: browser.runtime.getURL(workspacePath(orderId, captureTabId)) });
}
