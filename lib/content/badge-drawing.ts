import type { CreatePageBadges, PageBadgesOptions } from '../badges/badge-handoff';
import type { BadgeLayer } from '../badges/badge-layer';
import type { OrderBadge, PageWords } from '../badges/order-badge';

export interface BadgeDrawingOptions {
  window: Window;
  /** The layer's factory from its own file (load-page-badges.ts): asked for with the first badges to draw. */
  load: () => Promise<CreatePageBadges>;
  /** What the layer is made with. */
  layerOptions: PageBadgesOptions;
  /** Whether badges belong on a page (lib/badges/badges-belong-on.ts). */
  belongsOn: (url: string) => boolean;
  /** The page's address now. */
  currentUrl: () => string;
  /** False once the extension went away under the page: nothing more is made or drawn. */
  isValid: () => boolean;
  /** The clock (performance.now in the page). */
  now: () => number;
  /** The layer's file loaded (the time the import started), for the benchmark's buyer-guard:badges-loaded. */
  onLoaded?: (startedAt: number) => void;
  /** A reply drawn: the layer made if it was not, and its badges written (buyer-guard:badges). */
  onDrawn?: (startedAt: number, readStarted: number) => void;
  onError?: (error: unknown) => void;
}

export interface BadgeDrawing {
  /** Draws a reply's badges for the reading of `readingUrl`, after every reply before it has been drawn. */
  draw(badges: readonly OrderBadge[], words: PageWords, readingUrl: string, readStarted: number): Promise<void>;
  /** The layer, once made. */
  layer(): BadgeLayer | undefined;
}

/**
 * Draws the background's replies with the badge layer, which is a file of its own (lib/badges/badge-handoff.ts):
 * imported with the first reply that has badges for a page badges belong on, so a page with nothing to badge never
 * loads or evaluates it. Replies are drawn one after the other, so a later reply never overtakes one still waiting
 * for the file. A failed import is told (onError) and tried again with the next reply that has badges.
 */
export function createBadgeDrawing(options: BadgeDrawingOptions): BadgeDrawing {
  let layer: BadgeLayer | undefined;
  let drawing: Promise<void> = Promise.resolve();

  const drawOne = async (
    badges: readonly OrderBadge[],
    words: PageWords,
    readingUrl: string,
    readStarted: number,
  ): Promise<void> => {
    if (!options.isValid()) return;
    // No layer yet, and nothing to draw or no page badges belong on (a case page): the layer is not needed. The
    // reading's page counts as well as the page now: the buyer may have moved on before the reply came, and the
    // layer shows the badges again on the way back. Once made, the layer takes every reply (one with no badges
    // clears them) and itself hides badges on a route they do not belong on.
    const wanted =
      layer !== undefined ||
      (badges.length > 0 && (options.belongsOn(readingUrl) || options.belongsOn(options.currentUrl())));
    let create: CreatePageBadges | undefined;
    if (wanted && !layer) {
      const loadStarted = options.now();
      create = await options.load();
      options.onLoaded?.(loadStarted);
      if (!options.isValid()) return;
    }
    const drawStarted = options.now();
    if (create) layer = create(options.window, options.layerOptions);
    layer?.show(badges, words);
    options.onDrawn?.(drawStarted, readStarted);
  };

  return {
    draw(badges, words, readingUrl, readStarted) {
      drawing = drawing
        .then(() => drawOne(badges, words, readingUrl, readStarted))
        .catch((error: unknown) => options.onError?.(error));
      return drawing;
    },
    layer: () => layer,
  };
}
