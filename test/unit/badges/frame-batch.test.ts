import { describe, expect, it, vi } from 'vitest';
import { afterNextFrame, createFrameBatch } from '../../../lib/badges/frame-batch';

function queuedFrames() {
  const queue: (() => void)[] = [];
  return {
    schedule: (task: () => void) => {
      queue.push(task);
      return () => queue.splice(queue.indexOf(task), 1);
    },
    queue,
    run: () => queue.shift()?.(),
  };
}

describe('frame batch', () => {
  it('runs every queued pass’s read before any pass’s write, in one frame', () => {
    const frames = queuedFrames();
    const batch = createFrameBatch(frames.schedule);
    const order: string[] = [];
    for (const name of ['a', 'b', 'c']) {
      batch.request(name, {
        read: () => {
          order.push(`read ${name}`);
          return name.toUpperCase();
        },
        write: (measured) => order.push(`write ${measured}`),
      });
    }
    expect(frames.queue).toHaveLength(1);
    expect(order).toEqual([]);
    frames.run();
    expect(order).toEqual(['read a', 'read b', 'read c', 'write A', 'write B', 'write C']);
  });

  it('a pass asked for again under the same key replaces the earlier one', () => {
    const frames = queuedFrames();
    const batch = createFrameBatch(frames.schedule);
    const first = vi.fn();
    const second = vi.fn();
    batch.request('layout', { read: () => 1, write: first });
    batch.request('layout', { read: () => 2, write: second });
    frames.run();
    expect(first).not.toHaveBeenCalled();
    expect(second).toHaveBeenCalledWith(2);
  });

  it('a pass asked for while writing runs in the next frame, not this one', () => {
    const frames = queuedFrames();
    const batch = createFrameBatch(frames.schedule);
    const order: string[] = [];
    batch.request('panel', {
      read: () => order.push('read 1'),
      write: () => {
        order.push('write 1');
        batch.request('panel', { read: () => order.push('read 2'), write: () => order.push('write 2') });
      },
    });
    frames.run();
    expect(order).toEqual(['read 1', 'write 1']);
    expect(frames.queue).toHaveLength(1);
    frames.run();
    expect(order).toEqual(['read 1', 'write 1', 'read 2', 'write 2']);
  });

  it('cancel drops what was queued', () => {
    const frames = queuedFrames();
    const batch = createFrameBatch(frames.schedule);
    const write = vi.fn();
    batch.request('layout', { read: () => 0, write });
    batch.cancel();
    expect(frames.queue).toHaveLength(0);
    expect(write).not.toHaveBeenCalled();
  });
});

describe('afterNextFrame', () => {
  it('runs the task in a task after the animation frame, not inside it', async () => {
    const order: string[] = [];
    let frameCallback: FrameRequestCallback | undefined;
    const fakeWindow = {
      requestAnimationFrame: (callback: FrameRequestCallback) => {
        frameCallback = callback;
        return 1;
      },
      cancelAnimationFrame: vi.fn(),
    } as unknown as Window;
    afterNextFrame(fakeWindow)(() => order.push('task'));
    expect(order).toEqual([]);
    frameCallback?.(0);
    order.push('frame callback returned');
    await new Promise((resolve) => setTimeout(resolve, 5));
    expect(order).toEqual(['frame callback returned', 'task']);
  });

  it('cancelled before the frame, the task never runs', async () => {
    const task = vi.fn();
    const cancel = afterNextFrame(window)(task);
    cancel();
    await new Promise((resolve) => setTimeout(resolve, 50));
    expect(task).not.toHaveBeenCalled();
  });
});
