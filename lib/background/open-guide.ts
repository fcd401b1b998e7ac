import { browser } from 'wxt/browser';

/** storage.session key the popup reads on opening: the order to show first (then it removes it). */
export const GUIDE_ORDER_KEY = 'guideOrderId';
/** storage.session key of the tab the guide last opened in (survives the worker stopping). */
const GUIDE_TAB_KEY = 'guideTabId';

export interface GuideOpener {
  /** The tab the request came from: the popup opens in its window, a fallback tab beside it. */
  tab?: { id?: number; windowId?: number; index?: number };
}

/** One opening at a time: four requests at once must not each find no guide tab and open one. */
let queue: Promise<unknown> = Promise.resolve();

/**
 * Shows one order in Buyer Guard's guide (the popup's order view). The toolbar popup when the
 * browser lets the extension open it (Chrome 127+ in a focused window), remembering the order in
 * storage.session for the popup to pick up; otherwise — Firefox without a user gesture in the
 * background, no toolbar, no focused window — popup.html?order=<id> in a tab next to the page.
 * There is only ever one such tab: a later request (another order, or the same one asked for again
 * and again) moves that tab to the order and brings it forward, and only a tab the buyer closed is
 * opened anew. Decided here, in the background, whatever a page does to the badges.
 */
export function openGuide(orderId: string, opener: GuideOpener = {}): Promise<'popup' | 'tab'> {
  const run = queue.then(() => openOnce(orderId, opener));
  queue = run.catch(() => undefined);
  return run;
}

async function openOnce(orderId: string, { tab }: GuideOpener): Promise<'popup' | 'tab'> {
  await browser.storage.session.set({ [GUIDE_ORDER_KEY]: orderId });
  try {
    await browser.action.openPopup(tab?.windowId !== undefined ? { windowId: tab.windowId } : undefined);
    return 'popup';
  } catch {
    // Not opened: the tab carries the order in its URL, and the toolbar popup must not open on it later.
    await browser.storage.session.remove(GUIDE_ORDER_KEY);
  }
  const url = browser.runtime.getURL(`/popup.html?order=${encodeURIComponent(orderId)}`);
  const existing = await guideTab();
  if (existing?.id !== undefined) {
    await browser.tabs.update(existing.id, { url, active: true });
    if (existing.windowId !== undefined) await browser.windows.update(existing.windowId, { focused: true });
    return 'tab';
  }
  const created = await browser.tabs.create({
    url,
    ...(tab?.windowId !== undefined && { windowId: tab.windowId }),
    ...(tab?.index !== undefined && { index: tab.index + 1 }),
    ...(tab?.id !== undefined && { openerTabId: tab.id }),
  });
  if (created.id !== undefined) await browser.storage.session.set({ [GUIDE_TAB_KEY]: created.id });
  return 'tab';
}

/** The guide's tab, while the buyer has not closed it nor gone elsewhere in it. */
async function guideTab(): Promise<{ id?: number; windowId?: number } | undefined> {
  const id = (await browser.storage.session.get(GUIDE_TAB_KEY))[GUIDE_TAB_KEY];
  if (typeof id !== 'number') return undefined;
  try {
    const tab = await browser.tabs.get(id);
    // The URL is known for the extension's own pages; another one means the tab is the buyer's again.
    if (tab.url === undefined || tab.url.startsWith(browser.runtime.getURL('/popup.html'))) return tab;
  } catch {
    // Closed.
  }
  await browser.storage.session.remove(GUIDE_TAB_KEY);
  return undefined;
}
