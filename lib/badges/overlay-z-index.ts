const MAX_Z_INDEX = 2_147_483_647;

/**
 * The badge layer's z-index for blocks whose ancestors have these computed z-indexes (outermost
 * first): one above the outermost stacking level that holds the blocks, so the badges paint over
 * the orders but under whatever the page raises higher (a sticky header, a modal).
 */
export function overlayZIndex(ancestorZIndexes: readonly string[]): number {
  const outermost = ancestorZIndexes.map((value) => Number.parseInt(value, 10)).find((value) => Number.isFinite(value));
  return Math.min(MAX_Z_INDEX, Math.max(0, outermost ?? 0) + 1);
}

/** The computed z-index of each ancestor of `element`, outermost first. */
export function ancestorZIndexes(element: Element): string[] {
  const view = element.ownerDocument.defaultView;
  const values: string[] = [];
  for (let node = element.parentElement; node && view; node = node.parentElement) {
    values.unshift(view.getComputedStyle(node).zIndex);
  }
  return values;
}
