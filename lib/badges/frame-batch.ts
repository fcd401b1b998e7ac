/**
 * One geometry pass of the badge layer: `read` measures (boxes the browser has already laid out),
 * `write` moves the layer's own nodes from what was measured. Reads never see a write of the same frame.
 */
export interface GeometryPass<T> {
  read(): T;
  write(measured: T): void;
}

/** Runs `task` once, later; returns a cancel function. */
export type FrameScheduler = (task: () => void) => () => void;

export interface FrameBatch {
  /** Queues a pass for the next frame; a pass queued again under the same key replaces the earlier one. */
  request<T>(key: string, pass: GeometryPass<T>): void;
  /** Drops every queued pass (the layer is going away). */
  cancel(): void;
}

/**
 * Right after the next frame: a `requestAnimationFrame` callback, then the task after it. Inside the
 * animation frame callback the page's own changes of that task are not laid out yet (a read there
 * would force the layout early); once the frame has been rendered the boxes are computed and reading
 * them costs nothing.
 */
export function afterNextFrame(window: Window): FrameScheduler {
  return (task) => {
    let timer: ReturnType<typeof setTimeout> | undefined;
    const frame = window.requestAnimationFrame(() => {
      timer = setTimeout(task, 0);
    });
    return () => {
      window.cancelAnimationFrame(frame);
      clearTimeout(timer);
    };
  };
}

/**
 * Batches geometry passes: in one run every queued pass reads, then every pass writes, so the page
 * is laid out at most once for all of them (no read after a write, no layout thrashing).
 */
export function createFrameBatch(schedule: FrameScheduler): FrameBatch {
  const queued = new Map<string, GeometryPass<unknown>>();
  let cancelRun: (() => void) | undefined;

  const run = () => {
    cancelRun = undefined;
    const passes = [...queued.values()];
    queued.clear();
    const measured = passes.map((pass) => pass.read());
    passes.forEach((pass, i) => {
      pass.write(measured[i]);
    });
  };

  return {
    request(key, pass) {
      queued.set(key, pass as GeometryPass<unknown>);
      cancelRun ??= schedule(run);
    },
    cancel() {
      queued.clear();
      cancelRun?.();
      cancelRun = undefined;
    },
  };
}
