import { type Translator, translatorFor } from '../i18n/translator';
import { isMarketplaceUrl } from './is-marketplace-url';

/**
 * Screenshot of one AliExpress tab with `tabs.captureVisibleTab`, which captures whatever tab is
 * active in a window. Access comes from `activeTab` only: the buyer clicked the toolbar icon on
 * that tab, and the grant ends when the tab navigates away or closes. Without the grant the tab's
 * URL is hidden from us, which is how a missing grant shows before anything is captured.
 */

export interface CapturableTab {
  windowId: number;
  active: boolean;
  /** Only visible while the extension has access to the tab (activeTab grant). */
  url?: string;
  title?: string;
}

/** The browser calls the capture needs; lib/background/browser-tab-capture.ts wires them to `browser.*`. */
export interface TabCaptureApi {
  /** The tab, or undefined (or a rejection) when it no longer exists. */
  getTab(tabId: number): Promise<CapturableTab | undefined>;
  activateTab(tabId: number): Promise<void>;
  focusWindow(windowId: number): Promise<void>;
  /** A PNG data URL of the window's active tab. */
  captureVisibleTab(windowId: number): Promise<string>;
  /** Lets a just activated tab paint before it is captured. */
  settle(): Promise<void>;
}

export type TabCaptureRefusal = 'tab-gone' | 'no-access' | 'not-marketplace' | 'capture-failed';

export type TabCapture =
  | { ok: true; dataUrl: string; url: string; title: string }
  | { ok: false; reason: TabCaptureRefusal; message: string };

/** A refusal in the buyer's words; `detail` is the browser's own message, kept as it came. */
function refusal(words: Pick<Translator, 't'>) {
  return (reason: TabCaptureRefusal, detail?: string): TabCapture => {
    const message = words.t(`page.capture.${reason}`);
    return { ok: false, reason, message: detail ? words.t('page.capture.withDetail', { message, detail }) : message };
  };
}

async function tabOrUndefined(api: TabCaptureApi, tabId: number): Promise<CapturableTab | undefined> {
  try {
    return await api.getTab(tabId);
  } catch {
    return undefined;
  }
}

/**
 * Brings the AliExpress tab to the front, captures it as PNG, then gives the front back to
 * `returnToTabId` (the workspace that asked), so the buyer stays where they were. `words`: English unless
 * the caller gives the buyer's translator (the background does).
 */
export async function captureMarketplaceTab(
  api: TabCaptureApi,
  tabId: number,
  returnToTabId?: number,
  words: Pick<Translator, 't'> = translatorFor('en'),
): Promise<TabCapture> {
  const refuse = refusal(words);
  const tab = await tabOrUndefined(api, tabId);
  if (!tab) return refuse('tab-gone');
  if (!tab.url) return refuse('no-access');
  if (!isMarketplaceUrl(tab.url)) return refuse('not-marketplace');
  const url = tab.url;
  const back = returnToTabId === undefined ? undefined : await tabOrUndefined(api, returnToTabId);
  const switched = !tab.active || (back !== undefined && back.windowId !== tab.windowId);
  try {
    if (switched) {
      await api.activateTab(tabId);
      await api.focusWindow(tab.windowId);
      await api.settle();
    }
    const dataUrl = await api.captureVisibleTab(tab.windowId);
    if (!dataUrl.startsWith('data:image/png;base64,')) return refuse('capture-failed', 'not a PNG image'); // i18n-exempt: a technical detail in brackets, as the browser's own
    return { ok: true, dataUrl, url, title: tab.title ?? '' };
  } catch (error) {
    const detail = error instanceof Error ? error.message : String(error);
    // Chrome says "Either the '<all_urls>' or 'activeTab' permission is required." once the grant is gone.
    return /permission|activeTab/i.test(detail) ? refuse('no-access') : refuse('capture-failed', detail);
  } finally {
    if (switched && back && returnToTabId !== undefined) {
      await api.activateTab(returnToTabId).catch(() => undefined);
      await api.focusWindow(back.windowId).catch(() => undefined);
    }
  }
}
