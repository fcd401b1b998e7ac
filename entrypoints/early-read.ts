import { defineUnlistedScript } from 'wxt/utils/define-unlisted-script';
import { startEarlyRead } from '../lib/pages/early-read';

// The list pages' first script (popup.html and sidepanel.html load it before their modules): it reads the first
// screen's rows and the language setting while the browser is still loading the larger scripts
// (lib/pages/early-read.ts). A script of its own, not part of the pages' bundles, so nothing waits for it to load
// and it waits for nothing: no Dexie, React or Zod here.
export default defineUnlistedScript(() => {
  startEarlyRead();
});
