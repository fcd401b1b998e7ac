import { browser } from 'wxt/browser';
import { defineContentScript } from 'wxt/utils/define-content-script';
import { READER_FILE, READER_GLOBAL, type StartReader } from '../../lib/content/reader-handoff';
import { ALIEXPRESS_BUYER_PAGE_MATCHES } from '../../lib/marketplaces/aliexpress/hosts';
import { openRelayedResponseStore } from '../../lib/marketplaces/aliexpress/relayed-response-store';
import { whenLoadedAndIdle } from '../../lib/marketplaces/when-loaded-and-idle';

/** At the latest this long after the page's load event, the reader starts even if the page never goes idle. */
const FIRST_READ_TIMEOUT_MS = 2_000;

// The loader: all that the browser evaluates in the content script's world on an order page while it loads.
// At document_start, before any page script, it opens its end of the private bridge to the MAIN-world observer
// (lib/marketplaces/aliexpress/bridge-channel.ts) and keeps what is relayed, as text. The reader (readers,
// phrase tables, badges; lib/content/start-reader.ts) is imported once the page has loaded and the browser is
// idle, so it never delays the page's own loading (lib/content/reader-handoff.ts says how). One script for
// both: each content script the browser injects costs the page's load time of its own (docs/PERFORMANCE.md).
export default defineContentScript({
  matches: [...ALIEXPRESS_BUYER_PAGE_MATCHES],
  runAt: 'document_start',
  main(ctx) {
    try {
      openRelayedResponseStore(window);
    } catch {
      // Never break the page; the readers then use the DOM alone.
    }
    const cancel = whenLoadedAndIdle(
      window,
      () => {
        import(/* @vite-ignore */ browser.runtime.getURL(READER_FILE))
          .then(() => {
            const start = (globalThis as Record<string, unknown>)[READER_GLOBAL] as StartReader | undefined;
            if (!ctx.isInvalid) start?.(ctx);
          })
          .catch((error: unknown) => console.debug('[Buyer Guard] could not load the reader', error));
      },
      FIRST_READ_TIMEOUT_MS,
    );
    ctx.onInvalidated(cancel);
  },
});
