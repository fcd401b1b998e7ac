/** A rectangle in viewport pixels (what getBoundingClientRect gives). */
export interface Box {
  left: number;
  top: number;
  width: number;
  height: number;
}

export interface Size {
  width: number;
  height: number;
}

export interface Placement {
  left: number;
  top: number;
  /** False when no free spot was found and the badge covers the block's top-right corner instead. */
  free: boolean;
}

export const PLACEMENT = {
  /** Distance from the block's edges. */
  inset: 8,
  /** Space kept between the badge and the page's own content, sideways and vertically. */
  gapX: 12,
  gapY: 2,
  /** Only the top of a block is searched: the badge belongs near the order's header. */
  scanDepth: 160,
} as const;

/**
 * Where an order's badge goes: the first free spot, in reading order, inside the top of the
 * order's block — typically right after the status line, in the header's empty middle. Free means
 * it covers none of the page's content (text, images, controls), so the badge never hides
 * anything. Candidate rows are centred on the block's lines of content, so the badge lines up with
 * the text beside it. When nothing is free it sits in the block's top-right corner.
 * Pure: boxes in, a position out.
 */
export function placeBadge(block: Box, content: readonly Box[], badge: Size, options = PLACEMENT): Placement {
  const minLeft = block.left + options.inset;
  const maxRight = block.left + block.width - options.inset;
  const minTop = block.top + options.inset;
  const maxBottom = Math.min(block.top + block.height - options.inset, block.top + options.scanDepth);
  const centred = content
    .map((box) => Math.max(minTop, box.top + box.height / 2 - badge.height / 2))
    .sort((a, b) => a - b);
  // Lined up with a row of content first; the block's plain top when no row has room.
  const candidates = [...new Set([...centred, minTop])].filter((top) => top + badge.height <= maxBottom);

  for (const top of candidates) {
    const bottom = top + badge.height;
    const blocked = content
      .filter((box) => box.top < bottom + options.gapY && box.top + box.height > top - options.gapY)
      .map((box) => [box.left - options.gapX, box.left + box.width + options.gapX] as const)
      .sort((a, b) => a[0] - b[0]);
    let left = minLeft;
    for (const [start, end] of blocked) {
      if (start - left >= badge.width) break;
      left = Math.max(left, end);
    }
    if (left + badge.width <= maxRight) return { left, top, free: true };
  }
  return cornerPlacement(block, badge, options);
}

/**
 * The block's top-right corner: where a badge goes when no free spot was found, and where an order's
 * badge waits, unmeasured, while its block is far from the screen (badge-layer.ts measures the page's
 * content only near the screen). Pure.
 */
export function cornerPlacement(block: Box, badge: Size, options = PLACEMENT): Placement {
  const minLeft = block.left + options.inset;
  const maxRight = block.left + block.width - options.inset;
  return { left: Math.max(minLeft, maxRight - badge.width), top: block.top + options.inset, free: false };
}
