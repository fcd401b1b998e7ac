/**
 * The evidence workspace's address: `evidence.html?order=<orderId>[&tab=<tabId>]`. `tab` is the
 * AliExpress tab the buyer clicked the toolbar icon on (the popup passes it along), the one the
 * workspace may screenshot.
 */
export const WORKSPACE_PAGE = 'evidence.html';

const ORDER_ID = /^\d{6,24}$/;
const TAB_ID = /^\d{1,15}$/;

/** Path for `browser.runtime.getURL` / `browser.tabs.create`: `/evidence.html?order=…&tab=…`. */
export function workspacePath(orderId: string, tabId?: number): `/${typeof WORKSPACE_PAGE}?${string}` {
  const params = new URLSearchParams({ order: orderId });
  if (tabId !== undefined) params.set('tab', String(tabId));
  return `/${WORKSPACE_PAGE}?${params}`;
}

export type WorkspaceParams = { ok: true; orderId: string; tabId?: number } | { ok: false; reason: 'no-order' };

/** Reads the workspace's query string; a bad `tab` is dropped (capture then offers the picker), a bad order is an error. */
export function readWorkspaceParams(search: string): WorkspaceParams {
  const params = new URLSearchParams(search);
  const orderId = params.get('order')?.trim() ?? '';
  if (!ORDER_ID.test(orderId)) {
    // The page words it in the buyer's language (workspace.needsOrder).
    return { ok: false, reason: 'no-order' };
  }
  const tab = params.get('tab') ?? '';
  return TAB_ID.test(tab) ? { ok: true, orderId, tabId: Number(tab) } : { ok: true, orderId };
}
