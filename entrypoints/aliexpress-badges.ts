import { defineUnlistedScript } from 'wxt/utils/define-unlisted-script';
import { BADGES_GLOBAL, type CreatePageBadges } from '../lib/badges/badge-handoff';
import { createPageBadges } from '../lib/badges/page-badges';

// The badge layer of the order pages, imported by the reader (lib/content/start-reader.ts) only once the
// background has answered with badges to draw; it only hands its factory over (lib/badges/badge-handoff.ts).
export default defineUnlistedScript(() => {
  (globalThis as Record<string, unknown>)[BADGES_GLOBAL] = createPageBadges satisfies CreatePageBadges;
});
