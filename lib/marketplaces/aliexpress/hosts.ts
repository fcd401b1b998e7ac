/**
 * Where Buyer Guard runs on AliExpress. These patterns are the only host access the
 * extension has: the content scripts are declared for them and nothing else.
 *
 * - `*.aliexpress.com` covers www. and the language subdomains (es., fr., pt., de., pl., …),
 *   which serve the same React order pages under the same paths.
 * - `*.aliexpress.us` is the US storefront with the same pages.
 * - `/p/refund-dispute/*` and `/p/reverse-pages/*` are the returns/refunds (dispute) pages: the list (on
 *   m.aliexpress.com, also for desktop) and a case's pages, where the seller's answer and offers show.
 * aliexpress.ru is a separate storefront with its own layout and is not covered.
 */
export const ALIEXPRESS_BUYER_PAGE_MATCHES = [
  'https://*.aliexpress.com/p/order/*',
  'https://*.aliexpress.com/p/tracking/*',
  'https://*.aliexpress.com/p/refund-dispute/*',
  'https://*.aliexpress.com/p/reverse-pages/*',
  'https://*.aliexpress.us/p/order/*',
  'https://*.aliexpress.us/p/tracking/*',
  'https://*.aliexpress.us/p/refund-dispute/*',
  'https://*.aliexpress.us/p/reverse-pages/*',
] as const;

/** Hosts (registrable domains) whose pages may talk to the background as a content script. */
export const ALIEXPRESS_HOST_SUFFIXES = ['aliexpress.com', 'aliexpress.us'] as const;

export function isAliExpressHost(hostname: string): boolean {
  const host = hostname.toLowerCase();
  return ALIEXPRESS_HOST_SUFFIXES.some((suffix) => host === suffix || host.endsWith(`.${suffix}`));
}

/**
 * Where AliExpress serves its product pictures: alicdn.com (ae01.alicdn.com, …) and, for newer
 * uploads, aliexpress-media.com (ae-pic-a1.aliexpress-media.com). Pictures only: never opened or linked.
 */
export const ALIEXPRESS_IMAGE_HOST_SUFFIXES = [
  ...ALIEXPRESS_HOST_SUFFIXES,
  'alicdn.com',
  'aliexpress-media.com',
] as const;

export function isAliExpressImageHost(hostname: string): boolean {
  const host = hostname.toLowerCase();
  return ALIEXPRESS_IMAGE_HOST_SUFFIXES.some((suffix) => host === suffix || host.endsWith(`.${suffix}`));
}
