import { isAliExpressHost } from '../marketplaces/aliexpress/hosts';
import type { SenderKind } from './protocol';

/** The parts of `runtime.MessageSender` the policy looks at (kept small so tests can build one). */
export interface SenderInfo {
  id?: string;
  url?: string;
  frameId?: number;
  tab?: { id?: number; url?: string; windowId?: number; index?: number };
}

export interface ExtensionIdentity {
  id: string;
  /** `browser.runtime.getURL('/')`, e.g. `chrome-extension://<id>/`. */
  baseUrl: string;
}

/**
 * Classifies a sender, or returns null when it is neither our own page nor our content
 * script on a marketplace host. Web pages cannot reach `runtime.onMessage` at all (no
 * `externally_connectable`), but a content script on the wrong host, a sub-frame, or a
 * message relayed from the page still must not write anything.
 */
export function classifySender(sender: SenderInfo, self: ExtensionIdentity): SenderKind | null {
  if (sender.id !== self.id || !sender.url) return null;
  if (sender.url.startsWith(self.baseUrl)) return 'extension-page';
  if (!sender.tab || sender.frameId !== 0) return null;
  let url: URL;
  try {
    url = new URL(sender.url);
  } catch {
    return null;
  }
  return url.protocol === 'https:' && isAliExpressHost(url.hostname) ? 'content-script' : null;
}
