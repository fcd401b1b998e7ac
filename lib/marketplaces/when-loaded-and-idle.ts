/**
 * Runs `task` once the page has fired its load event and the browser has an idle moment (at the
 * latest `timeoutMs` after load): work started here never delays the host page's load or competes
 * with its own start-up. Returns a cancel function; a cancelled task never runs.
 */
export function whenLoadedAndIdle(window: Window, task: () => void, timeoutMs: number): () => void {
  let cancelled = false;
  let idleHandle: number | undefined;
  let timer: ReturnType<typeof setTimeout> | undefined;
  const run = () => {
    if (!cancelled) task();
  };
  const afterLoad = () => {
    if (cancelled) return;
    if (typeof window.requestIdleCallback === 'function') {
      idleHandle = window.requestIdleCallback(run, { timeout: timeoutMs });
    } else {
      // No idle callbacks (older engines, test DOMs): the next task after load.
      timer = setTimeout(run, 0);
    }
  };
  if (window.document.readyState === 'complete') afterLoad();
  else window.addEventListener('load', afterLoad, { once: true });
  return () => {
    cancelled = true;
    window.removeEventListener('load', afterLoad);
    if (idleHandle !== undefined) window.cancelIdleCallback(idleHandle);
    clearTimeout(timer);
  };
}
