import { act } from 'react';
import { createRoot, type Root } from 'react-dom/client';
import { afterEach, beforeEach } from 'vitest';

// React warns unless it knows the test wraps its updates in act().
(globalThis as { IS_REACT_ACT_ENVIRONMENT?: boolean }).IS_REACT_ACT_ENVIRONMENT = true;

export interface TestRoot {
  /** The element the test's React tree is drawn in: a fresh one for each test. */
  readonly container: HTMLElement;
  /** The React root drawing into it (render inside act()). */
  readonly root: Root;
  /** Unmounts the tree and starts a new root in the same container (a component mounted again later). */
  remount(): void;
}

/** A React root in a fresh container for each test of the calling file, unmounted and removed after it. */
export function reactRootPerTest(): TestRoot {
  let container: HTMLElement | undefined;
  let root: Root | undefined;
  beforeEach(() => {
    container = document.createElement('div');
    document.body.append(container);
    root = createRoot(container);
  });
  afterEach(() => {
    act(() => root?.unmount());
    container?.remove();
  });
  const present = <T>(value: T | undefined): T => {
    if (value === undefined) throw new Error('reactRootPerTest: used outside a test');
    return value;
  };
  return {
    get container() {
      return present(container);
    },
    get root() {
      return present(root);
    },
    remount() {
      act(() => present(root).unmount());
      root = createRoot(present(container));
    },
  };
}
