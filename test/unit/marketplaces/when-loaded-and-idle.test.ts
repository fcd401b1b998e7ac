import { describe, expect, it, vi } from 'vitest';
import { whenLoadedAndIdle } from '../../../lib/marketplaces/when-loaded-and-idle';

/** A window with just what the scheduler touches: its load state, load listeners and idle callbacks. */
function fakeWindow(readyState: DocumentReadyState, withIdle = true) {
  const listeners = new Set<() => void>();
  const idle: { run: () => void; timeout: number | undefined; cancelled: boolean }[] = [];
  const win = {
    document: { readyState },
    addEventListener: (type: string, listener: () => void) => type === 'load' && listeners.add(listener),
    removeEventListener: (type: string, listener: () => void) => type === 'load' && listeners.delete(listener),
    ...(withIdle && {
      requestIdleCallback: (run: () => void, options?: { timeout?: number }) =>
        idle.push({ run, timeout: options?.timeout, cancelled: false }),
      cancelIdleCallback: (handle: number) => {
        const entry = idle[handle - 1];
        if (entry) entry.cancelled = true;
      },
    }),
  };
  return {
    window: win as unknown as Window,
    load: () => {
      win.document.readyState = 'complete';
      for (const listener of [...listeners]) listener();
    },
    idle,
    runIdle: () => {
      for (const entry of idle.splice(0)) if (!entry.cancelled) entry.run();
    },
  };
}

describe('whenLoadedAndIdle', () => {
  it('waits for the load event, then for an idle moment, with the timeout given', () => {
    const page = fakeWindow('interactive');
    const task = vi.fn();
    whenLoadedAndIdle(page.window, task, 2_000);
    page.runIdle();
    expect(task).not.toHaveBeenCalled();
    page.load();
    expect(task).not.toHaveBeenCalled();
    expect(page.idle.map((entry) => entry.timeout)).toEqual([2_000]);
    page.runIdle();
    expect(task).toHaveBeenCalledTimes(1);
  });

  it('asks for an idle moment at once on a page already loaded', () => {
    const page = fakeWindow('complete');
    const task = vi.fn();
    whenLoadedAndIdle(page.window, task, 2_000);
    page.runIdle();
    expect(task).toHaveBeenCalledTimes(1);
  });

  it.each(['interactive', 'complete'] as const)('never runs once cancelled (page %s)', (readyState) => {
    const page = fakeWindow(readyState);
    const task = vi.fn();
    const cancel = whenLoadedAndIdle(page.window, task, 2_000);
    cancel();
    page.load();
    page.runIdle();
    expect(task).not.toHaveBeenCalled();
  });

  it('falls back to the next task after load without idle callbacks', async () => {
    vi.useFakeTimers();
    try {
      const page = fakeWindow('loading', false);
      const task = vi.fn();
      whenLoadedAndIdle(page.window, task, 2_000);
      await vi.advanceTimersByTimeAsync(10);
      expect(task).not.toHaveBeenCalled();
      page.load();
      await vi.advanceTimersByTimeAsync(0);
      expect(task).toHaveBeenCalledTimes(1);
    } finally {
      vi.useRealTimers();
    }
  });
});
