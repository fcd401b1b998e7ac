import type { Box } from './place-badge';

/** What the page spans (document size, in page px) and how far the window is scrolled. */
export interface PageExtent {
  width: number;
  height: number;
  scrollY: number;
}

export interface PanelOffset {
  /** Shift to the left (px, ≤ 0) from the badge's left edge. */
  left: number;
  /** Top relative to the badge's slot when flipped above it; undefined keeps it below (the CSS default). */
  top: number | undefined;
}

const GAP = 6;
const MARGIN = 8;

/**
 * Where the open panel goes, from its box as first laid out (below the badge, left edges aligned):
 * shifted left when it would run past the page's right side, and flipped above the badge when it
 * would run past the page's end — so it never widens or lengthens the page (no new scrollbar, no
 * shift). Viewport boxes in; pure.
 */
export function placePanel(badge: Box, panel: Box, page: PageExtent): PanelOffset {
  const overRight = panel.left + panel.width - (page.width - MARGIN);
  const roomLeft = Math.max(0, panel.left - MARGIN);
  const left = overRight > 0 ? -Math.min(overRight, roomLeft) : 0;
  const bottomInPage = panel.top + panel.height + page.scrollY;
  const topIfAbove = badge.top + page.scrollY - GAP - panel.height;
  const flip = bottomInPage > page.height - MARGIN && topIfAbove >= MARGIN;
  return { left, top: flip ? -(panel.height + GAP) : undefined };
}
