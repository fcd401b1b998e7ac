import { defineUnlistedScript } from 'wxt/utils/define-unlisted-script';
import { startEarlyRead } from '../lib/pages/early-read';

// The popup's and the side panel's first script (their HTML loads it before their modules): it reads the popup's
// first rows and the language setting (what the side panel needs of it) while the browser loads the larger scripts
// (lib/pages/early-read.ts). A script of its own, not part of the pages' bundles, so it waits for none of them: no
// Dexie, React or Zod here. The parser waits for it (2.7 KB from the extension's files): started `async`, its read
// began later in the traces (docs/PERFORMANCE.md, "Stop 20").
// A page that lists every order says so on this script's tag (`data-every-row`: the popup).
export default defineUnlistedScript(() => {
  startEarlyRead(indexedDB, { everyRow: document.currentScript?.hasAttribute('data-every-row') ?? false });
});
