import type { Marketplace } from '../model/order';
import type { PageKind, PageReading } from '../model/reading';

/**
 * What every marketplace adapter offers. The rest of the product (content scripts, background,
 * UI) talks to a marketplace only through this: it never sees the marketplace's HTML or JSON.
 */
export interface MarketplaceAdapter<Observed = unknown> {
  marketplace: Marketplace;
  /** The buyer page kind of a URL, or undefined when the adapter does not read that page. */
  pageKindOf(url: string): PageKind | undefined;
  /** Reads a page. Pure; never throws; `now` is the reading time (epoch ms) countdowns count from. */
  readPage(document: Document, url: string, now: number, observed?: readonly Observed[]): PageReading;
  /** Where each order's block sits on a list or detail page, for inline badges. */
  findOrderElements(document: Document): Array<{ orderId: string; element: Element }>;
  /**
   * The page's own JSON responses, as the MAIN-world observer relays them: which request
   * URLs to relay, and how to turn a relayed text into an observed response (null: ignore it).
   */
  isWatchedResponseUrl(url: string): boolean;
  parseObservedResponse(url: string, text: string, observedAt: number): Observed | null;
}
