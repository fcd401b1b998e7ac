export interface WatchPageOptions {
  /** Quiet time after the last DOM change before the page counts as settled. */
  debounceMs: number;
  /** Quiet time after which the observer is disconnected until the buyer does something. */
  idleMs: number;
  /** The page settled after changes (or was poked): read it. */
  onSettled: () => void;
  /** The page went idle (observer disconnected): the last chance to give a verdict on it. */
  onIdle?: () => void;
  /** Quiet time before the first read when the watch starts (default `debounceMs`): 0 reads a loaded page at once. */
  firstSettleMs?: number;
  /** Nodes the extension adds itself (the badge layer's host): adding or removing them is not a page change. */
  isOwnNode?: (node: Node) => boolean;
}

export interface PageWatch {
  /** Something outside the DOM happened (a new JSON response arrived): wake up and read soon. */
  poke(): void;
  stop(): void;
}

/** Events that mean the buyer may be about to change the page ("load more", a tab, pagination, a route). */
const WAKE_EVENTS = ['click', 'keydown', 'wheel', 'scroll', 'touchstart', 'popstate', 'hashchange'] as const;

/**
 * Follows a single-page app without costing the page anything while nothing happens: a
 * MutationObserver, debounced, reports settled pages; after `idleMs` of quiet (or when the tab
 * is hidden) it disconnects and waits for a sign of life (input, navigation, visibility, poke)
 * to reconnect. Never throws into the page: callbacks' errors are caught and logged.
 */
export function watchPage(document: Document, window: Window, options: WatchPageOptions): PageWatch {
  let debounceTimer: ReturnType<typeof setTimeout> | undefined;
  let idleTimer: ReturnType<typeof setTimeout> | undefined;
  let connected = false;
  let stopped = false;

  const safely = (callback: (() => void) | undefined) => {
    try {
      callback?.();
    } catch (error) {
      console.debug('[Buyer Guard] page watch', error);
    }
  };
  const isOwn = options.isOwnNode;
  const ownOnly = (record: MutationRecord) =>
    record.type === 'childList' &&
    isOwn !== undefined &&
    [...record.addedNodes, ...record.removedNodes].every((node) => isOwn(node));
  const observer = new MutationObserver((records) => {
    if (!records.every(ownOnly)) settleSoon();
  });

  const goIdle = () => {
    if (!connected) return;
    observer.disconnect();
    connected = false;
    clearTimeout(debounceTimer);
    safely(options.onIdle);
  };
  const settleSoon = (delayMs = options.debounceMs) => {
    clearTimeout(debounceTimer);
    clearTimeout(idleTimer);
    debounceTimer = setTimeout(() => {
      safely(options.onSettled);
      idleTimer = setTimeout(goIdle, options.idleMs);
    }, delayMs);
  };
  const wake = (delayMs?: number) => {
    if (stopped || document.visibilityState === 'hidden') return;
    if (!connected) {
      observer.observe(document.documentElement, { childList: true, subtree: true, characterData: true });
      connected = true;
    }
    settleSoon(delayMs);
  };
  const onVisibility = () => (document.visibilityState === 'hidden' ? goIdle() : wake());
  const onWakeEvent = () => {
    if (!connected) wake();
  };

  for (const type of WAKE_EVENTS) window.addEventListener(type, onWakeEvent, { capture: true, passive: true });
  document.addEventListener('visibilitychange', onVisibility);
  wake(options.firstSettleMs);

  return {
    poke: () => wake(),
    stop() {
      stopped = true;
      observer.disconnect();
      connected = false;
      clearTimeout(debounceTimer);
      clearTimeout(idleTimer);
      for (const type of WAKE_EVENTS) window.removeEventListener(type, onWakeEvent, { capture: true });
      document.removeEventListener('visibilitychange', onVisibility);
    },
  };
}
