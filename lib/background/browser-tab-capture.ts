import { browser } from 'wxt/browser';
import type { TabCaptureApi } from './capture-tab';

/** A just activated tab needs a frame or two before its picture is the new page, not the old one. */
const SETTLE_MS = 150;

/** The capture's browser calls, for the real extension. */
export function browserTabCapture(): TabCaptureApi {
  return {
    async getTab(tabId) {
      const tab = await browser.tabs.get(tabId);
      if (!tab) return undefined;
      return { windowId: tab.windowId, active: tab.active, url: tab.url, title: tab.title };
    },
    async activateTab(tabId) {
      await browser.tabs.update(tabId, { active: true });
    },
    async focusWindow(windowId) {
      await browser.windows.update(windowId, { focused: true });
    },
    captureVisibleTab: (windowId) => browser.tabs.captureVisibleTab(windowId, { format: 'png' }),
    settle: () => new Promise((resolve) => setTimeout(resolve, SETTLE_MS)),
  };
}
