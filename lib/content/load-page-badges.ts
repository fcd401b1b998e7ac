import { browser } from 'wxt/browser';
import { BADGES_FILE, BADGES_GLOBAL, type CreatePageBadges } from '../badges/badge-handoff';

let loading: Promise<CreatePageBadges> | undefined;

/**
 * The badge layer's factory, from the extension's own packaged file (lib/badges/badge-handoff.ts), imported the
 * first time it is asked for and then kept. The import fails in practice only when the extension was updated or
 * removed under the page; the next call tries again (a browser may keep answering with the same failure).
 */
export function loadPageBadges(): Promise<CreatePageBadges> {
  loading ??= import(/* @vite-ignore */ browser.runtime.getURL(BADGES_FILE)).then(() => {
    const create = (globalThis as Record<string, unknown>)[BADGES_GLOBAL];
    if (typeof create !== 'function') throw new Error('the badge layer did not load');
    return create as CreatePageBadges;
  });
  loading.catch(() => {
    loading = undefined;
  });
  return loading;
}
