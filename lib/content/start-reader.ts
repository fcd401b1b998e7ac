import '../zod-jitless';
import { browser } from 'wxt/browser';
import type { ContentScriptContext } from 'wxt/utils/content-script-context';
import { badgeBlocks } from '../badges/badge-blocks';
import { BADGE_HOST_TAG } from '../badges/badge-handoff';
import { badgesBelongOn } from '../badges/badges-belong-on';
import { type TextCache, withTextCache } from '../marketplaces/aliexpress/dom-text';
import { createObservedResponseInbox } from '../marketplaces/aliexpress/observed-response-inbox';
import { readAliExpressPageInSteps } from '../marketplaces/aliexpress/read-page';
import { createReadingSender } from '../marketplaces/reading-sender';
import { runInSlices, yieldToPage } from '../marketplaces/run-in-slices';
import { measureSince, measureTotal } from '../marketplaces/timing';
import { type PageWatch, watchPage } from '../marketplaces/watch-page';
import { retryLostReplies } from '../messaging/retry-lost-replies';
import { sendFromContentScript } from '../messaging/send-from-content-script';
import type { PageReading } from '../model/reading';
import { downloadBytes } from '../pages/download-bytes';
import { createGapReporter } from '../report/gap-reporter';
import { createReadingNotice, NOTICE_HOST_TAG } from '../report/reading-notice';
import { createBadgeDrawing } from './badge-drawing';
import { loadPageBadges } from './load-page-badges';

/**
 * A reading pauses for the page after about this long (between order cards): well under the 50 ms of a
 * long task, so reading My Orders never holds up the buyer's clicks or scrolling.
 */
const READING_SLICE_MS = 8;

/** Buyer Guard's own elements on the page: their changes are not the page changing. */
const OWN_HOSTS = new Set([BADGE_HOST_TAG, NOTICE_HOST_TAG]);

/**
 * Reads the order page, hands each reading to the background and draws the badges of its reply; follows the
 * page as it changes. Started by the loader (entrypoints/aliexpress.content) once the page has loaded and the
 * browser is idle, so nothing here runs, or is even evaluated, while the page loads.
 */
export function startReader(ctx: ContentScriptContext): void {
  let okUrl = '';
  let watch: PageWatch | undefined;
  // Badges are drawn from the background's reply to each reading, and redrawn whenever the page settles.
  // The layer's code is a file of its own, imported with the first reply that has badges to draw, and the layer
  // (its observers and listeners) made then (./badge-drawing.ts): nothing of it is loaded, evaluated or run on a
  // page before that.
  /** The badges' geometry passes so far on this page, together (the benchmark's buyer-guard:badges-placed). */
  let placingMs = 0;
  const badges = createBadgeDrawing({
    window,
    load: loadPageBadges,
    layerOptions: {
      findBlocks: () => badgeBlocks(document, location.href),
      wantsBadges: badgesBelongOn,
      openGuide: async (orderId) => {
        await sendFromContentScript('openGuide', { orderId });
      },
      onPlaced: (started) => {
        placingMs += performance.now() - started;
        measureTotal('buyer-guard:badges-placed', placingMs);
      },
    },
    belongsOn: badgesBelongOn,
    currentUrl: () => location.href,
    isValid: () => !ctx.isInvalid,
    now: () => performance.now(),
    onLoaded: (started) => measureSince('buyer-guard:badges-loaded', started),
    onDrawn: (started, readStarted) => {
      measureSince('buyer-guard:badges', started);
      measureSince('buyer-guard:read-to-badges', readStarted);
    },
    onError: (error) => console.debug('[Buyer Guard] could not draw the badges', error),
  });
  ctx.onInvalidated(() => badges.layer()?.destroy());
  // A page not read (or not all of it) is said so on the page, with a redacted report to save.
  const notice = createReadingNotice(window);
  ctx.onInvalidated(() => notice.hide());
  const gaps = createGapReporter({
    document,
    notice,
    keep: (url, report) => sendFromContentScript('pageReport', { url, report }),
    save: (report, name) => downloadBytes(new Blob([report], { type: 'application/json' }), name),
    extensionVersion: browser.runtime.getManifest().version,
    browser: navigator.userAgent,
    now: Date.now,
  });
  // An updated or removed extension leaves this script orphaned: notice it even on a quiet page.
  const aliveCheck = setInterval(() => ctx.isInvalid, 10_000);
  ctx.onInvalidated(() => clearInterval(aliveCheck));

  // A reading whose reply was lost (the worker stopped while handling it) is sent again after a
  // pause; readings go one at a time so an older one never lands after a newer one.
  const sender = createReadingSender({
    deliver: (reading, signal) => retryLostReplies(() => sendFromContentScript('pageReading', reading), { signal }),
    onReply: (reading, reply, readStarted: number) => {
      if (ctx.isInvalid) return;
      // The background words everything in the buyer's language; this script only draws.
      notice.setWords(reply.words.notice);
      if (!reading.ok) return;
      // Values the background's schema cut out are fields not read, like the reader's own gaps.
      if (reply.unreadable?.length && reading.url === location.href)
        gaps.consider({
          ...reading,
          diagnostics: { ...reading.diagnostics, missing: [...reading.diagnostics.missing, ...reply.unreadable] },
        });
      void badges.draw(reply.badges, reply.words, reading.url, readStarted);
    },
    onGiveUp: (_reading, error) => console.debug('[Buyer Guard] background unavailable', error),
    retryAfterMs: (reply) => reply.refused?.retryAfterMs,
    onRetryDue: () => watch?.poke(),
  });
  ctx.onInvalidated(() => sender.stop());
  const send = (reading: PageReading, readStarted: number) => {
    if (reading.ok) okUrl = reading.url;
    sender.send(reading, readStarted);
  };

  // `final`: the page went quiet. Only then does an unreadable page get reported, so an SPA
  // still rendering its first orders is not reported as "layout not recognised". A page
  // already read well at this URL has nothing left to report.
  // A reading runs in slices (the page runs between order cards); one asked for while another is under way
  // runs after it, with the responses seen by then.
  let underWay: Promise<void> | undefined;
  let queued: { final: boolean } | undefined;
  const read = (final: boolean) => {
    if (underWay) {
      queued = { final: final || (queued?.final ?? false) };
      return;
    }
    underWay = readOnce(final)
      .catch((error) => console.debug('[Buyer Guard] reading failed', error))
      .finally(() => {
        underWay = undefined;
        const next = queued;
        queued = undefined;
        if (next && !ctx.isInvalid) read(next.final);
      });
  };
  const readOnce = async (final: boolean) => {
    if (ctx.isInvalid) return;
    if (final && okUrl === location.href) {
      gaps.settle();
      return;
    }
    badges.layer()?.refresh();
    const url = location.href;
    const started = performance.now();
    const steps = readAliExpressPageInSteps(document, url, Date.now(), responses?.responses() ?? []);
    const cache: TextCache = new Map();
    const sliced = await runInSlices(steps, {
      budgetMs: READING_SLICE_MS,
      yieldToPage,
      now: () => performance.now(),
      around: (slice) => withTextCache(slice, cache),
      // A page that navigated (or an extension that went away) mid-reading is read again from the start.
      stillWanted: () => !ctx.isInvalid && location.href === url,
    });
    if (!sliced.done) {
      if (!ctx.isInvalid) read(final);
      return;
    }
    measureTotal('buyer-guard:read', sliced.totalMs);
    measureTotal('buyer-guard:read-longest-slice', sliced.longestSliceMs);
    const reading = sliced.value;
    gaps.consider(reading);
    if (reading.ok || (final && okUrl !== reading.url)) send(reading, started);
    if (final) gaps.settle();
  };

  let responses: ReturnType<typeof createObservedResponseInbox> | undefined;
  try {
    // The page's JSON responses were kept from document_start by the loader's end of the bridge, as text; the inbox
    // parses them now that the first reading is due. Nothing is lost by starting late: the first reading
    // reads the whole page as it is by then.
    responses = createObservedResponseInbox(window, () => watch?.poke());
    watch = watchPage(document, window, {
      debounceMs: 300,
      firstSettleMs: 0,
      idleMs: 5_000,
      isOwnNode: (node) => OWN_HOSTS.has(node.nodeName.toLowerCase()),
      onSettled: () => read(false),
      onIdle: () => read(true),
    });
    ctx.onInvalidated(() => {
      watch?.stop();
      responses?.stop();
    });
  } catch (error) {
    console.debug('[Buyer Guard] could not watch the page', error);
  }
}
