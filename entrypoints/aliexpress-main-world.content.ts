import { defineContentScript } from 'wxt/utils/define-content-script';
import { ALIEXPRESS_BUYER_PAGE_MATCHES } from '../lib/marketplaces/aliexpress/hosts';
import { installMtopObserver } from '../lib/marketplaces/aliexpress/mtop-observer';

// Runs in the page's own JavaScript world, before the page's scripts, to see the JSON the page
// receives from its order APIs. It only observes and relays to the content script; no extension API here.
export default defineContentScript({
  matches: [...ALIEXPRESS_BUYER_PAGE_MATCHES],
  world: 'MAIN',
  runAt: 'document_start',
  main() {
    try {
      installMtopObserver(window);
    } catch {
      // Never break the page.
    }
  },
});
