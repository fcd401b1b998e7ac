/** Where an order's block is as far as the badges care: near the screen, far from it, or not known yet. */
export type Nearness = 'near' | 'far' | 'unknown';

export interface NearScreen {
  observe(element: Element): void;
  unobserve(element: Element): void;
  nearness(element: Element): Nearness;
  disconnect(): void;
}

/**
 * How far around the viewport a block counts as near: one screen above and below, so a badge is placed
 * before the buyer scrolls to it.
 */
export const NEAR_MARGIN = '100% 0px 100% 0px';

/**
 * Which order blocks are near the screen, from an IntersectionObserver (the browser computes that after its
 * own layout: asking costs no layout). `onChange` runs when some block came near or went away.
 * Without IntersectionObserver (older engines) every block counts as near.
 */
export function watchNearScreen(window: Window, onChange: () => void, rootMargin = NEAR_MARGIN): NearScreen {
  const states = new WeakMap<Element, Nearness>();
  const Observer = (window as Window & typeof globalThis).IntersectionObserver;
  if (typeof Observer !== 'function') {
    return { observe() {}, unobserve() {}, nearness: () => 'near', disconnect() {} };
  }
  const observer = new Observer(
    (entries) => {
      let changed = false;
      for (const entry of entries) {
        const next: Nearness = entry.isIntersecting ? 'near' : 'far';
        if (states.get(entry.target) !== next) changed = true;
        states.set(entry.target, next);
      }
      if (changed) onChange();
    },
    { rootMargin },
  );
  return {
    observe: (element) => observer.observe(element),
    unobserve(element) {
      observer.unobserve(element);
      states.delete(element);
    },
    nearness: (element) => states.get(element) ?? 'unknown',
    disconnect: () => observer.disconnect(),
  };
}
