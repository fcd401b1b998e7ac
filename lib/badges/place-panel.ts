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

/** Between the badge's slot and its panel: badges.css puts the panel at `top: calc(100% + 6px)`. */
export const PANEL_GAP = 6;
const GAP = PANEL_GAP;
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

/**
 * The panel's box where CSS puts it by default (below the badge's slot, left edges aligned), from the slot's
 * box and the panel's size: the panel is measured elsewhere (badge-layer.ts), where it cannot widen or
 * lengthen the page even for a frame.
 */
export function panelBelow(slot: Box, panel: { width: number; height: number }): Box {
  return { left: slot.left, top: slot.top + slot.height + PANEL_GAP, width: panel.width, height: panel.height };
}
