import { browser } from 'wxt/browser';
import { dispatchMessage, type Handlers } from './dispatch';

/**
 * Registers the background's single message listener. Must be called synchronously at
 * the top level of the service worker so a message that wakes it is not missed.
 * Replies through `sendResponse` (returning `true`) because Chrome's callback contract
 * is the one every supported browser honours.
 */
export function listenForMessages(handlers: Handlers): void {
  const self = { id: browser.runtime.id, baseUrl: browser.runtime.getURL('/') };
  browser.runtime.onMessage.addListener((raw, sender, sendResponse) => {
    void dispatchMessage(raw, sender, self, handlers).then(sendResponse);
    return true;
  });
}
