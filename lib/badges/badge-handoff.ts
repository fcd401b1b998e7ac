import type { BadgeLayer, BadgeLayerOptions } from './badge-layer';

/**
 * The badge layer (its placing, views and stylesheet) is a file of its own, imported by the reader only when the
 * background first answers with badges to draw (lib/content/start-reader.ts): a page with nothing to badge never
 * loads or evaluates it. Like the reader (lib/content/reader-handoff.ts) it is web-accessible, for AliExpress
 * origins only and in Chrome at a per-session URL, and hands its factory over on a global of the content script's
 * isolated world, which the page's own scripts cannot see or set.
 */
export const BADGES_FILE = '/aliexpress-badges.js';
export const BADGES_GLOBAL = '__buyerGuardBadges';

/** The layer's host element: the reader tells its own changes to the page from the page's by this name. */
export const BADGE_HOST_TAG = 'buyer-guard-badges';

/** What the reader gives the layer: where the orders are and how to reach the background. */
export type PageBadgesOptions = Pick<BadgeLayerOptions, 'findBlocks' | 'wantsBadges' | 'openGuide' | 'onPlaced'>;

/** Makes the page's badge layer, with its stylesheet (entrypoints/aliexpress-badges.ts). */
export type CreatePageBadges = (window: Window, options: PageBadgesOptions) => BadgeLayer;
