import { browser } from 'wxt/browser';

/** storage.session key the popup reads on opening: the order to show first (then it removes it). */
export const GUIDE_ORDER_KEY = 'guideOrderId';

export interface GuideOpener {
  /** The tab the request came from: the popup opens in its window, a fallback tab beside it. */
  tab?: { id?: number; windowId?: number; index?: number };
}

/**
 * Shows one order in Buyer Guard's guide (the popup's order view). The toolbar popup when the
 * browser lets the extension open it (Chrome 127+ in a focused window), remembering the order in
 * storage.session for the popup to pick up; otherwise — Firefox without a user gesture in the
 * background, no toolbar, no focused window — popup.html?order=<id> in a new tab next to the page.
 */
export async function openGuide(orderId: string, { tab }: GuideOpener = {}): Promise<'popup' | 'tab'> {
  await browser.storage.session.set({ [GUIDE_ORDER_KEY]: orderId });
  try {
    await browser.action.openPopup(tab?.windowId !== undefined ? { windowId: tab.windowId } : undefined);
    return 'popup';
  } catch {
    // Not opened: the tab carries the order in its URL, and the toolbar popup must not open on it later.
    await browser.storage.session.remove(GUIDE_ORDER_KEY);
    await browser.tabs.create({
      url: browser.runtime.getURL(`/popup.html?order=${encodeURIComponent(orderId)}`),
      ...(tab?.windowId !== undefined && { windowId: tab.windowId }),
      ...(tab?.index !== undefined && { index: tab.index + 1 }),
      ...(tab?.id !== undefined && { openerTabId: tab.id }),
    });
    return 'tab';
  }
}
