import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { watchPage } from '../../../lib/marketplaces/watch-page';

describe('watchPage', () => {
  let stop: (() => void) | undefined;
  beforeEach(() => {
    vi.useFakeTimers();
    document.body.innerHTML = '<div id="list"></div>';
  });
  afterEach(() => {
    stop?.();
    vi.useRealTimers();
  });

  async function appendOrder() {
    document.getElementById('list')?.append(document.createElement('div'));
    await Promise.resolve(); // let the MutationObserver deliver
  }

  function start() {
    const onSettled = vi.fn();
    const onIdle = vi.fn();
    const watch = watchPage(document, window, { debounceMs: 300, idleMs: 5_000, onSettled, onIdle });
    stop = watch.stop;
    return { watch, onSettled, onIdle };
  }

  it('reads once after the page settles, not on every change', async () => {
    const { onSettled } = start();
    await vi.advanceTimersByTimeAsync(300);
    expect(onSettled).toHaveBeenCalledTimes(1);
    for (let i = 0; i < 5; i++) {
      await appendOrder();
      await vi.advanceTimersByTimeAsync(100);
    }
    expect(onSettled).toHaveBeenCalledTimes(1);
    await vi.advanceTimersByTimeAsync(300);
    expect(onSettled).toHaveBeenCalledTimes(2);
  });

  it('disconnects when idle and ignores changes until the buyer acts', async () => {
    const { onSettled, onIdle } = start();
    await vi.advanceTimersByTimeAsync(300 + 5_000);
    expect(onIdle).toHaveBeenCalledTimes(1);
    await appendOrder();
    await vi.advanceTimersByTimeAsync(1_000);
    expect(onSettled).toHaveBeenCalledTimes(1);

    // "Load more": a click wakes the watch, the appended orders are read.
    window.dispatchEvent(new Event('click'));
    await appendOrder();
    await vi.advanceTimersByTimeAsync(300);
    expect(onSettled).toHaveBeenCalledTimes(2);
  });

  it('wakes up when poked (a new JSON response arrived)', async () => {
    const { watch, onSettled } = start();
    await vi.advanceTimersByTimeAsync(300 + 5_000);
    watch.poke();
    await vi.advanceTimersByTimeAsync(300);
    expect(onSettled).toHaveBeenCalledTimes(2);
  });

  it('reads a loaded page at once when the first settle is 0, then debounces as usual', async () => {
    const onSettled = vi.fn();
    const watch = watchPage(document, window, { debounceMs: 300, firstSettleMs: 0, idleMs: 5_000, onSettled });
    stop = watch.stop;
    await vi.advanceTimersByTimeAsync(0);
    expect(onSettled).toHaveBeenCalledTimes(1);
    await appendOrder();
    await vi.advanceTimersByTimeAsync(299);
    expect(onSettled).toHaveBeenCalledTimes(1);
    await vi.advanceTimersByTimeAsync(1);
    expect(onSettled).toHaveBeenCalledTimes(2);
  });

  it.each([
    ['the extension’s own node added', () => [document.createElement('buyer-guard-badges')], 1],
    [
      'its own node and a page node added together',
      () => [document.createElement('buyer-guard-badges'), document.createElement('div')],
      2,
    ],
    ['a page node added', () => [document.createElement('div')], 2],
  ])('%s: %#', async (_, nodes, reads) => {
    const onSettled = vi.fn();
    const watch = watchPage(document, window, {
      debounceMs: 300,
      idleMs: 5_000,
      onSettled,
      isOwnNode: (node) => node.nodeName.toLowerCase() === 'buyer-guard-badges',
    });
    stop = watch.stop;
    await vi.advanceTimersByTimeAsync(300);
    const added = nodes();
    document.documentElement.append(...added);
    await Promise.resolve();
    await vi.advanceTimersByTimeAsync(300);
    for (const node of added) node.remove();
    expect(onSettled).toHaveBeenCalledTimes(reads);
  });

  it('never lets a failing reader reach the page', async () => {
    const watch = watchPage(document, window, {
      debounceMs: 10,
      idleMs: 100,
      onSettled: () => {
        throw new Error('reader bug');
      },
    });
    stop = watch.stop;
    await expect(vi.advanceTimersByTimeAsync(200)).resolves.not.toThrow();
  });

  it('stops for good', async () => {
    const { watch, onSettled } = start();
    watch.stop();
    await appendOrder();
    window.dispatchEvent(new Event('click'));
    await vi.advanceTimersByTimeAsync(10_000);
    expect(onSettled).not.toHaveBeenCalled();
  });
});
