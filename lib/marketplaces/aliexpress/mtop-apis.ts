/**
 * The page's own JSON APIs Buyer Guard listens to (never calls: they sit behind request
 * signing and captchas). AliExpress's mtop client delivers them by JSONP (a script whose
 * `callback=mtopjsonpN` runs `mtopjsonpN({...})`) or by XHR/fetch with `type=originaljson`.
 * This module has no dependencies: the MAIN-world observer bundles it.
 */
export const WATCHED_APIS = [
  'mtop.aliexpress.trade.buyer.order.list',
  'mtop.aliexpress.trade.buyer.order.detail',
  'mtop.ae.ld.querydetail',
] as const;
export type WatchedApi = (typeof WATCHED_APIS)[number];

/** The mtop API a request URL calls (`/h5/<api>/1.0/` or `?api=<api>`), if it is one we watch. */
export function watchedApiOf(url: string): WatchedApi | undefined {
  const lower = url.toLowerCase();
  return WATCHED_APIS.find((api) => lower.includes(`/h5/${api}/`) || lower.includes(`api=${api}`));
}

/** window.postMessage envelope from the MAIN-world observer to the content script. */
export const BRIDGE_SOURCE = 'buyer-guard-mtop-observer';
export const BRIDGE_REPLAY_REQUEST = 'buyer-guard-mtop-replay';

/** Bodies larger than this are not relayed (the largest real order list page is far below). */
export const MAX_RELAYED_BODY_CHARS = 2_000_000;
/** How many responses the observer keeps to replay to a content script that starts late. */
export const MAX_BUFFERED_RESPONSES = 24;

export interface RelayedResponse {
  source: typeof BRIDGE_SOURCE;
  url: string;
  text: string;
  observedAt: number;
}
