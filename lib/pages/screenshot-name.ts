import { formatInstant } from '../evidence/format-instant';

/**
 * A screenshot's file name from the page it shows and when: "aliexpress-order-2026-03-20-0930.png".
 * The page part is the host's site name and the first path segment after /p/, so the buyer can tell
 * an order page from a tracking page in a file list.
 */
export function screenshotName(pageUrl: string | undefined, at: number, timeZone: string): string {
  const when = formatInstant(at, timeZone).replace(' ', '-').replace(':', '');
  return `${pagePart(pageUrl)}-${when}.png`;
}

function pagePart(pageUrl: string | undefined): string {
  if (!pageUrl) return 'screenshot';
  try {
    const url = new URL(pageUrl);
    const site = url.hostname.split('.').at(-2) ?? 'page';
    const section = /^\/p\/([a-z-]+)/.exec(url.pathname)?.[1];
    return (
      [site, section]
        .filter(Boolean)
        .join('-')
        .replace(/[^a-z0-9-]/gi, '')
        .toLowerCase() || 'screenshot'
    );
  } catch {
    return 'screenshot';
  }
}
