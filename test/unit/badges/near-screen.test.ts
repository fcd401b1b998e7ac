import { describe, expect, it, vi } from 'vitest';
import { NEAR_MARGIN, watchNearScreen } from '../../../lib/badges/near-screen';

type Callback = (entries: { target: Element; isIntersecting: boolean }[]) => void;

/** A window whose IntersectionObserver the test drives: it reports entries as the browser would after layout. */
function windowWithObserver() {
  const made: { callback: Callback; options: IntersectionObserverInit | undefined; observed: Set<Element> }[] = [];
  class FakeObserver {
    observed = new Set<Element>();
    constructor(callback: Callback, options?: IntersectionObserverInit) {
      made.push({ callback, options, observed: this.observed });
    }
    observe(element: Element) {
      this.observed.add(element);
    }
    unobserve(element: Element) {
      this.observed.delete(element);
    }
    disconnect() {
      this.observed.clear();
    }
  }
  return { window: { IntersectionObserver: FakeObserver } as unknown as Window, made };
}

describe('watchNearScreen', () => {
  it('knows nothing of a block until the observer reports it, then near or far; tells only of changes', () => {
    const { window, made } = windowWithObserver();
    const onChange = vi.fn();
    const near = watchNearScreen(window, onChange);
    const a = document.createElement('div');
    const b = document.createElement('div');
    near.observe(a);
    near.observe(b);
    expect(made[0]?.options?.rootMargin).toBe(NEAR_MARGIN);
    expect(near.nearness(a)).toBe('unknown');
    made[0]?.callback([
      { target: a, isIntersecting: true },
      { target: b, isIntersecting: false },
    ]);
    expect([near.nearness(a), near.nearness(b)]).toEqual(['near', 'far']);
    expect(onChange).toHaveBeenCalledTimes(1);
    made[0]?.callback([{ target: a, isIntersecting: true }]);
    expect(onChange).toHaveBeenCalledTimes(1);
    made[0]?.callback([{ target: b, isIntersecting: true }]);
    expect(near.nearness(b)).toBe('near');
    expect(onChange).toHaveBeenCalledTimes(2);
    near.unobserve(b);
    expect(near.nearness(b)).toBe('unknown');
    expect(made[0]?.observed.has(b)).toBe(false);
  });

  it('without IntersectionObserver every block counts as near', () => {
    const near = watchNearScreen({} as Window, vi.fn());
    expect(near.nearness(document.createElement('div'))).toBe('near');
  });
});
