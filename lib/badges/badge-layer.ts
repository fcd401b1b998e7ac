import type { OrderElement } from '../marketplaces/aliexpress/find-order-elements';
import { BADGE_HOST_TAG } from './badge-handoff';
import { type BadgeView, createBadgeView, fillPanel, writeBadge, writePanelStatus } from './badge-view';
import { contentBoxes } from './content-boxes';
import { afterNextFrame, createFrameBatch, type FrameScheduler } from './frame-batch';
import { type NearScreen, watchNearScreen } from './near-screen';
import type { OrderBadge, PageWords } from './order-badge';
import { ancestorZIndexes, overlayZIndex } from './overlay-z-index';
import { type Box, cornerPlacement, PLACEMENT, type Placement, placeBadge } from './place-badge';
import { panelBelow, placePanel } from './place-panel';

export interface BadgeLayerOptions {
  /** The shadow root's stylesheet. */
  css: string;
  /** Each order's block on the page now (findOrderElements). */
  findBlocks: () => readonly OrderElement[];
  /** Whether badges belong on this URL (My Orders, an order's detail page). */
  wantsBadges: (url: string) => boolean;
  /** Asks the background to show the order in Buyer Guard's guide; rejects when it could not. */
  openGuide: (orderId: string) => Promise<void>;
  /** Layout reads, replaceable in tests (happy-dom has no layout). */
  boxOf?: (element: Element) => Box;
  contentOf?: (block: Element, bottom: number) => Box[];
  /**
   * When geometry is read and the badges moved: right after the next frame in the product (frame-batch.ts);
   * tests run the frames themselves.
   */
  frames?: FrameScheduler;
  /** Which blocks are near the screen (near-screen.ts); tests say so themselves. */
  nearScreen?: (onChange: () => void) => NearScreen;
  /** Told how long each geometry pass took (its reads and writes), for the benchmark's measures. */
  onPlaced?: (startedAt: number) => void;
  /**
   * Whether an event is the buyer's own (a click, a key): `event.isTrusted` in the product. Unit tests,
   * whose DOM can only make script events, pass their own.
   */
  isTrusted?: (event: Event) => boolean;
  /**
   * Makes the layer's shadow root: closed in the product, so no page script can reach into it (unit tests
   * keep a handle on it; the end-to-end tests read it through the DevTools protocol).
   */
  attachShadow?: (host: HTMLElement) => ShadowRoot;
}

export interface BadgeLayer {
  /** The background's answer to a reading: remember each order's badge and the shared words, then draw. */
  show(badges: readonly OrderBadge[], words: PageWords): void;
  /** The page changed: badge the blocks there now, drop badges whose block or route is gone. */
  refresh(): void;
  /** Removes everything: host, listeners, observers. The layer does nothing afterwards. */
  destroy(): void;
}

/** Badges remembered across SPA re-renders (an order's block may come back); the oldest are forgotten. */
const MAX_REMEMBERED = 1000;
const ID_PREFIX = 'bg-';
/**
 * The host is an empty box at the document's origin, outside the page's own tree (a child of
 * <html>): it cannot shift, restyle or match the page's selectors; everything inside is absolutely
 * positioned over the orders. Inline !important beats any page rule that could reach the host.
 */
const HOST_STYLE =
  'all:initial!important;display:block!important;position:absolute!important;top:0!important;left:0!important;' +
  'width:0!important;height:0!important;margin:0!important;padding:0!important;border:0!important;' +
  'overflow:visible!important;';

const rectBox = (element: Element): Box => {
  const { left, top, width, height } = element.getBoundingClientRect();
  return { left, top, width, height };
};

/** Where each badge goes, as measured in one pass: a spot, "hide" (its block has no box) or "wait" (not known yet). */
type Spot = Placement | 'hide' | 'wait';

interface BadgeEntry {
  view: BadgeView;
  block: Element;
  placed?: { key: string; spot: Spot };
}

interface LayoutReading {
  entries: BadgeEntry[];
  origin: Box;
  zIndex: number;
  spots: Spot[];
  /** When the reads began (performance.now()). */
  started: number;
}

/**
 * The inline badges on AliExpress order pages: one per order block the background answered for,
 * in one shadow root laid over the page. Plain DOM, no framework: the content script stays small.
 *
 * The layer never forces the page to lay out: it reads geometry only right after a frame, when the
 * browser has laid the page out already, reads everything before it writes anything (frame-batch.ts),
 * and measures the page's content only for blocks near the screen (near-screen.ts). A badge not placed
 * yet is invisible (the `unplaced` class) rather than shown at a guessed spot.
 */
export function createBadgeLayer(window: Window, options: BadgeLayerOptions): BadgeLayer {
  const { document } = window;
  const boxOf = options.boxOf ?? rectBox;
  const contentOf = options.contentOf ?? contentBoxes;
  const isTrusted = options.isTrusted ?? ((event: Event) => event.isTrusted);
  const attachShadow = options.attachShadow ?? ((element: HTMLElement) => element.attachShadow({ mode: 'closed' }));
  const frames = createFrameBatch(options.frames ?? afterNextFrame(window));
  /** A handler that acts only on the buyer's own input: a page script's click or key does nothing. */
  const trusted =
    <E extends Event>(handler: (event: E) => void) =>
    (event: E) => {
      if (isTrusted(event)) handler(event);
    };

  const remembered = new Map<string, OrderBadge>();
  /** The panels' shared words, from the latest answer (the buyer's language may have changed). */
  let words: PageWords | undefined;
  /** Each badge with its block, and what its last placement was measured from (skipped while unchanged). */
  const views = new Map<string, BadgeEntry>();
  let host: HTMLElement | undefined;
  let root: ShadowRoot | undefined;
  let open: BadgeView | undefined;
  let forceLayout = false;
  let destroyed = false;

  const resizes = new ResizeObserver(() => scheduleLayout());
  const near = (options.nearScreen ?? ((onChange) => watchNearScreen(window, onChange)))(() => scheduleLayout());
  const onResize = () => scheduleLayout(true);
  // Window scrolling moves the layer with the page by itself; only scrolling inside a box needs a redraw.
  const onScroll = (event: Event) => {
    if (event.target !== document && views.size) scheduleLayout(true);
  };
  window.addEventListener('resize', onResize, { passive: true });
  document.addEventListener('scroll', onScroll, { capture: true, passive: true });
  resizes.observe(document.documentElement);

  function ensureHost(): ShadowRoot {
    if (host && root) {
      if (!host.isConnected) document.documentElement.append(host);
      return root;
    }
    host = document.createElement(BADGE_HOST_TAG);
    host.style.cssText = HOST_STYLE;
    // Closed: a page script gets null from host.shadowRoot and cannot open panels or read the advice.
    root = attachShadow(host);
    const style = document.createElement('style');
    style.textContent = `:host{all:initial}\n${options.css}`;
    root.append(style);
    // The page must not act on keys and clicks meant for the badges (shortcuts, "click outside" closers).
    for (const type of ['keydown', 'keyup', 'click', 'pointerdown', 'mousedown']) {
      root.addEventListener(type, (event) => event.stopPropagation());
    }
    document.documentElement.append(host);
    return root;
  }

  function removeHost() {
    host?.remove();
    host = undefined;
    root = undefined;
  }

  function remember(badge: OrderBadge) {
    remembered.delete(badge.orderId);
    remembered.set(badge.orderId, badge);
    if (remembered.size > MAX_REMEMBERED) {
      const oldest = remembered.keys().next().value;
      if (oldest !== undefined) remembered.delete(oldest);
    }
  }

  function watchBlock(block: Element) {
    resizes.observe(block);
    near.observe(block);
  }

  function unwatchBlock(block: Element) {
    resizes.unobserve(block);
    near.unobserve(block);
  }

  /** Writes only: the badges' nodes and words. Where they go is measured after the next frame. */
  function refresh() {
    if (destroyed) return;
    const wanted = options.wantsBadges(window.location.href)
      ? options.findBlocks().filter(({ orderId }) => remembered.has(orderId))
      : [];
    const keep = new Set(wanted.map(({ orderId }) => orderId));
    for (const [orderId, { view, block }] of views) {
      if (!keep.has(orderId)) {
        if (open === view) close(false);
        view.slot.remove();
        views.delete(orderId);
        unwatchBlock(block);
      }
    }
    if (!wanted.length) {
      removeHost();
      return;
    }
    const shadow = ensureHost();
    let previous: Element | null = shadow.querySelector('style');
    for (const { orderId, element: block } of wanted) {
      const badge = remembered.get(orderId);
      if (!badge) continue;
      let entry = views.get(orderId);
      if (!entry) {
        entry = { view: createView(orderId), block };
        // Invisible until measured: never shown at the layer's origin or at a guess.
        entry.view.slot.classList.add('unplaced');
        views.set(orderId, entry);
        watchBlock(block);
      } else if (entry.block !== block) {
        unwatchBlock(entry.block);
        watchBlock(block);
        entry.block = block;
      }
      writeBadge(entry.view, badge);
      // Refilled only when the answer changed: the page may settle every second (its countdowns tick),
      // and rebuilding the panel would take the focus from under the buyer's keyboard.
      if (open === entry.view && entry.view.filled !== JSON.stringify(badge)) refill(entry.view, badge);
      // Page order = Tab order. Only move what is out of place: moving a node would drop its focus.
      if (previous?.nextSibling !== entry.view.slot) previous?.after(entry.view.slot);
      previous = entry.view.slot;
    }
    scheduleLayout();
  }

  function createView(orderId: string): BadgeView {
    const view = createBadgeView(document, orderId, ID_PREFIX);
    view.button.addEventListener(
      'click',
      trusted(() => (open === view ? close(true) : openPanel(view))),
    );
    view.slot.addEventListener(
      'keydown',
      trusted((event: KeyboardEvent) => {
        if (event.key === 'Escape' && open === view) {
          event.preventDefault();
          close(true);
        }
      }),
    );
    view.slot.addEventListener('focusout', (event) => {
      const next = event.relatedTarget;
      if (open === view && next instanceof Node && !view.slot.contains(next)) close(false);
    });
    return view;
  }

  function refill(view: BadgeView, badge: OrderBadge) {
    if (!words) return;
    const { guideFailed } = words;
    view.filled = JSON.stringify(badge);
    fillPanel(view, badge, words, ID_PREFIX, {
      onClose: trusted(() => close(true)),
      onOpenGuide: trusted(() => {
        writePanelStatus(view, '');
        options.openGuide(view.orderId).then(
          () => {
            if (open === view) close(false);
          },
          () => writePanelStatus(view, guideFailed),
        );
      }),
    });
  }

  /**
   * Opens a badge's panel: filled and laid out at once, but invisible and tucked up and left of its badge
   * (badges.css `.panel.measuring`), where it cannot widen or lengthen the page; after the next frame its
   * size and what the page spans are read, then it is moved where it fits, shown and focused.
   */
  function openPanel(view: BadgeView) {
    const badge = remembered.get(view.orderId);
    if (!badge) return;
    if (open) close(false);
    open = view;
    refill(view, badge);
    const { panel } = view;
    panel.style.left = '';
    panel.style.top = '';
    panel.classList.add('measuring');
    panel.hidden = false;
    // Above every other badge: the next order's badge must not cover the open panel (badges.css).
    view.slot.classList.add('open');
    view.button.setAttribute('aria-expanded', 'true');
    document.addEventListener('pointerdown', onOutsidePointer, true);
    frames.request('panel', {
      read: () => ({
        button: boxOf(view.button),
        slot: boxOf(view.slot),
        panel: boxOf(panel),
        page: {
          width: document.documentElement.clientWidth,
          height: document.documentElement.scrollHeight,
          scrollY: window.scrollY,
        },
      }),
      write: (boxes) => {
        if (open !== view) return;
        const offset = placePanel(boxes.button, panelBelow(boxes.slot, boxes.panel), boxes.page);
        if (offset.left) panel.style.left = `${offset.left}px`;
        if (offset.top !== undefined) panel.style.top = `${offset.top}px`;
        panel.classList.remove('measuring');
        panel.focus();
      },
    });
  }

  // Seen from the document, a closed root hides where inside it an event happened: a press anywhere in
  // the layer is not "outside" (a press on another badge opens that one instead).
  function onOutsidePointer(event: Event) {
    if (open && host && !event.composedPath().includes(host)) close(false);
  }

  function close(returnFocus: boolean) {
    const view = open;
    if (!view) return;
    open = undefined;
    document.removeEventListener('pointerdown', onOutsidePointer, true);
    view.panel.hidden = true;
    view.panel.classList.remove('measuring');
    view.slot.classList.remove('open');
    view.panel.replaceChildren();
    view.filled = '';
    view.button.setAttribute('aria-expanded', 'false');
    if (returnFocus) view.button.focus();
  }

  function scheduleLayout(force = false) {
    if (destroyed || !views.size) return;
    forceLayout ||= force;
    frames.request('layout', { read: readLayout, write: writeLayout });
  }

  /**
   * Reads every box the placement needs, the page's already-computed layout: each block's box, and for the
   * blocks near the screen whose box, nearness or badge changed the page's content in their top and the
   * badge's size. Far blocks get their corner, unmeasured; blocks whose nearness is not known yet wait.
   * Undefined when nothing moved.
   */
  function readLayout(): LayoutReading | undefined {
    const force = forceLayout;
    forceLayout = false;
    if (!host || !views.size) return undefined;
    const started = performance.now();
    const entries = [...views.values()];
    const origin = boxOf(host);
    let moved = false;
    const spots = entries.map((entry): Spot => {
      const box = boxOf(entry.block);
      const where = near.nearness(entry.block);
      // In page coordinates: scrolling the window alone changes nothing here.
      const key = JSON.stringify([
        box.left - origin.left,
        box.top - origin.top,
        box.width,
        box.height,
        where,
        entry.view.shown,
      ]);
      if (!force && entry.placed?.key === key) return entry.placed.spot;
      moved = true;
      let spot: Spot;
      if (box.width === 0 || box.height === 0) spot = 'hide';
      else if (where === 'unknown') spot = 'wait';
      else {
        const size = boxOf(entry.view.button);
        spot =
          where === 'near'
            ? placeBadge(box, contentOf(entry.block, box.top + PLACEMENT.scanDepth), size)
            : cornerPlacement(box, size);
      }
      entry.placed = { key, spot };
      return spot;
    });
    if (!moved) return undefined;
    const first = entries[0];
    const zIndex = first ? overlayZIndex(ancestorZIndexes(first.block)) : 1;
    return { entries, origin, zIndex, spots, started };
  }

  /** Writes every badge's position from one reading; reads nothing. */
  function writeLayout(reading: LayoutReading | undefined) {
    if (!reading || !host || destroyed) return;
    const { entries, origin, zIndex, spots, started } = reading;
    host.style.setProperty('z-index', String(zIndex), 'important');
    entries.forEach(({ view }, i) => {
      const spot = spots[i];
      if (spot === 'wait' || !view.slot.isConnected) return;
      if (spot === 'hide' || !spot) {
        view.slot.classList.add('unplaced');
        return;
      }
      const transform = `translate(${spot.left - origin.left}px, ${spot.top - origin.top}px)`;
      if (view.slot.style.transform !== transform) view.slot.style.transform = transform;
      view.slot.classList.remove('unplaced');
    });
    options.onPlaced?.(started);
  }

  return {
    show(badges, shared) {
      words = shared;
      for (const badge of badges) remember(badge);
      refresh();
    },
    refresh,
    destroy() {
      if (destroyed) return;
      close(false);
      destroyed = true;
      frames.cancel();
      resizes.disconnect();
      near.disconnect();
      window.removeEventListener('resize', onResize);
      document.removeEventListener('scroll', onScroll, { capture: true });
      views.clear();
      remembered.clear();
      removeHost();
    },
  };
}
