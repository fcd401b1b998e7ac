import '../lib/zod-jitless';
import { browser } from 'wxt/browser';
import { defineBackground } from 'wxt/utils/define-background';
import { readLastPage, recordLastPage } from '../lib/background/last-page';
import { listenForMessages } from '../lib/messaging/listen';

export default defineBackground({
  type: 'module',
  main() {
    listenForMessages({
      ping: () => ({ version: browser.runtime.getManifest().version, receivedAt: Date.now() }),
      pageSeen: async ({ url, pageKind }) => {
        await recordLastPage({ url, pageKind, seenAt: Date.now() });
        return { recorded: true };
      },
      getStatus: async () => ({ lastPage: await readLastPage() }),
    });
  },
});
