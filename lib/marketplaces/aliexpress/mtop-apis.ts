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
  // The returns/refunds pages: the list of cases, and one case (some clients lower-case the names).
  'mtop.aliexpress.buyer.reverse.queryReverseOrderPageListForBuyer',
  'mtop.aliexpress.buyer.reverse.reverseOrderLineRenderForBuyer',
] as const;
export type WatchedApi = (typeof WATCHED_APIS)[number];

/**
 * The mtop API a request URL calls (`/h5/<api>/1.0/` or `?api=<api>`), if it is one we watch and the
 * URL is AliExpress's mtop gateway itself over https: a page script fetching `data:`, another host, or
 * any other AliExpress host (whose pages it may control) with the API's name in the path does not make
 * an order response.
 */
export function watchedApiOf(url: string): WatchedApi | undefined {
  if (!isGatewayUrl(url)) return undefined;
  const lower = url.toLowerCase();
  return WATCHED_APIS.find((api) => {
    const name = api.toLowerCase();
    return lower.includes(`/h5/${name}/`) || lower.includes(`api=${name}`);
  });
}

/**
 * The hosts of AliExpress's mtop gateway, exactly: acs.aliexpress.com serves the order APIs for
 * www. and every language host, acs.aliexpress.us for the US storefront.
 */
export const MTOP_GATEWAY_HOSTS = ['acs.aliexpress.com', 'acs.aliexpress.us'] as const;

function isGatewayUrl(url: string): boolean {
  let parsed: URL;
  try {
    parsed = new URL(url);
  } catch {
    return false;
  }
  return (
    parsed.protocol === 'https:' &&
    !parsed.username &&
    !parsed.password &&
    !parsed.port &&
    (MTOP_GATEWAY_HOSTS as readonly string[]).includes(parsed.hostname)
  );
}

/** The event type of an observed response on the private bridge (./bridge-channel.ts). */
export const OBSERVED_RESPONSE_EVENT = 'buyer-guard-observed-response';

/** Bodies larger than this are not relayed (the largest real order list page is far below). */
export const MAX_RELAYED_BODY_CHARS = 2_000_000;
/** How many responses the content script keeps for its next reading. */
export const MAX_BUFFERED_RESPONSES = 24;

export interface RelayedResponse {
  url: string;
  text: string;
  observedAt: number;
}

/**
 * One response as one string (`observedAt`, newline, URL, newline, body): built by concatenation,
 * with no JSON.stringify or toJSON a page could have replaced. A URL's href never holds a newline.
 */
export function encodeRelayedResponse(response: RelayedResponse): string {
  return `${response.observedAt}\n${response.url}\n${response.text}`;
}

export function decodeRelayedResponse(encoded: string): RelayedResponse | null {
  const first = encoded.indexOf('\n');
  const second = first < 0 ? -1 : encoded.indexOf('\n', first + 1);
  if (second < 0) return null;
  const observedAt = Number(encoded.slice(0, first));
  if (!Number.isFinite(observedAt)) return null;
  return { observedAt, url: encoded.slice(first + 1, second), text: encoded.slice(second + 1) };
}
