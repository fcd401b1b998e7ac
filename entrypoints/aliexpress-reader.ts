import { defineUnlistedScript } from 'wxt/utils/define-unlisted-script';
import { READER_GLOBAL } from '../lib/content/reader-handoff';
import { startReader } from '../lib/content/start-reader';

// The reader half of the order pages' content script, imported by the loader (entrypoints/aliexpress.content)
// after the page's load event; it only hands its start function over (lib/content/reader-handoff.ts).
export default defineUnlistedScript(() => {
  (globalThis as Record<string, unknown>)[READER_GLOBAL] = startReader;
});
