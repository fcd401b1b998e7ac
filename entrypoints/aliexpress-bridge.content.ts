import { defineContentScript } from 'wxt/utils/define-content-script';
import { ALIEXPRESS_BUYER_PAGE_MATCHES } from '../lib/marketplaces/aliexpress/hosts';
import { openRelayedResponseStore } from '../lib/marketplaces/aliexpress/relayed-response-store';

// The content script's end of the private bridge to the MAIN-world observer: it must meet the
// observer at document_start, before any page script runs (lib/marketplaces/aliexpress/bridge-channel.ts).
// It only keeps what is relayed; the content script (aliexpress.content, document_idle) reads it.
export default defineContentScript({
  matches: [...ALIEXPRESS_BUYER_PAGE_MATCHES],
  runAt: 'document_start',
  main() {
    try {
      openRelayedResponseStore(window);
    } catch {
      // Never break the page; the readers then use the DOM alone.
    }
  },
});
