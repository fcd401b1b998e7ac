import '../lib/zod-jitless';
import { browser } from 'wxt/browser';
import { defineBackground } from 'wxt/utils/define-background';
import { readLastPage, recordLastPage } from '../lib/background/last-page';
import { readLastReading, recordLastReading } from '../lib/background/last-reading';
import { listenForMessages } from '../lib/messaging/listen';

export default defineBackground({
  type: 'module',
  main() {
    listenForMessages({
      ping: () => ({ version: browser.runtime.getManifest().version, receivedAt: Date.now() }),
      // Minimal until ingest lands: remember the page and a summary of what was read there.
      pageReading: async (reading) => {
        await recordLastPage({ url: reading.url, pageKind: reading.pageKind ?? 'unknown', seenAt: Date.now() });
        await recordLastReading(reading);
        return { recorded: true };
      },
      getStatus: async () => ({ lastPage: await readLastPage(), lastReading: await readLastReading() }),
    });
  },
});
