import { browser } from 'wxt/browser';

/** The extension page a new buyer sees first (entrypoints/welcome/). */
export const WELCOME_PAGE = '/welcome.html';

/**
 * Opens the welcome page once, when Buyer Guard is installed: not on an update, a browser start or a
 * reload of the extension (runtime.onInstalled's `reason`).
 */
export async function welcomeOnInstall(details: { reason: string }): Promise<void> {
  if (details.reason !== 'install') return;
  await browser.tabs.create({ url: browser.runtime.getURL(WELCOME_PAGE) });
}
