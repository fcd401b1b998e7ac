import '../../lib/zod-jitless';
import { defineContentScript } from 'wxt/utils/define-content-script';
import themeCss from '../../components/theme.css?inline';
import { createBadgeLayer } from '../../lib/badges/badge-layer';
import badgesCss from '../../lib/badges/badges.css?inline';
import { badgesBelongOn } from '../../lib/badges/badges-belong-on';
import { shadowCss } from '../../lib/badges/shadow-css';
import { findOrderElements } from '../../lib/marketplaces/aliexpress/find-order-elements';
import { ALIEXPRESS_BUYER_PAGE_MATCHES } from '../../lib/marketplaces/aliexpress/hosts';
import type { ObservedApiResponse } from '../../lib/marketplaces/aliexpress/observed-response';
import { createObservedResponseInbox } from '../../lib/marketplaces/aliexpress/observed-response-inbox';
import { readAliExpressPage } from '../../lib/marketplaces/aliexpress/read-page';
import { createReadingSender } from '../../lib/marketplaces/reading-sender';
import { watchPage } from '../../lib/marketplaces/watch-page';
import { sendMessage, sendMessageWithRetry } from '../../lib/messaging/send';
import type { PageReading } from '../../lib/model/reading';

export default defineContentScript({
  matches: [...ALIEXPRESS_BUYER_PAGE_MATCHES],
  runAt: 'document_idle',
  main(ctx) {
    let okUrl = '';
    // Badges are drawn from the background's reply to each reading, and redrawn whenever the page settles.
    const badges = createBadgeLayer(window, {
      css: shadowCss(themeCss, badgesCss),
      findBlocks: () => findOrderElements(document),
      wantsBadges: badgesBelongOn,
      openGuide: async (orderId) => {
        await sendMessage('openGuide', { orderId });
      },
    });
    ctx.onInvalidated(() => badges.destroy());
    // An updated or removed extension leaves this script orphaned: notice it even on a quiet page.
    const aliveCheck = setInterval(() => ctx.isInvalid, 10_000);
    ctx.onInvalidated(() => clearInterval(aliveCheck));

    // A reading whose reply was lost (the worker stopped while handling it) is sent again after a
    // pause; readings go one at a time so an older one never lands after a newer one.
    const sender = createReadingSender({
      deliver: (reading, signal) => sendMessageWithRetry('pageReading', reading, { signal }),
      onReply: (reading, reply) => {
        if (reading.ok && ctx.isValid) badges.show(reply.badges);
      },
      onGiveUp: (_reading, error) => console.debug('[Buyer Guard] background unavailable', error),
    });
    ctx.onInvalidated(() => sender.stop());
    const send = (reading: PageReading) => {
      if (reading.ok) okUrl = reading.url;
      sender.send(reading);
    };

    // `final`: the page went quiet. Only then does an unreadable page get reported, so an SPA
    // still rendering its first orders is not reported as "layout not recognised".
    const read = (final: boolean, observed: readonly ObservedApiResponse[]) => {
      if (ctx.isInvalid) return;
      badges.refresh();
      try {
        const started = performance.now();
        const reading = readAliExpressPage(document, location.href, Date.now(), observed);
        console.debug(
          `[Buyer Guard] read ${reading.ok ? reading.orders.length : 0} orders in ${(performance.now() - started).toFixed(1)} ms`,
        );
        if (reading.ok || (final && okUrl !== reading.url)) send(reading);
      } catch (error) {
        console.debug('[Buyer Guard] reading failed', error);
      }
    };

    try {
      const inbox = createObservedResponseInbox(window, () => watch.poke());
      const watch = watchPage(document, window, {
        debounceMs: 300,
        idleMs: 5_000,
        onSettled: () => read(false, inbox.responses()),
        onIdle: () => read(true, inbox.responses()),
      });
      ctx.onInvalidated(() => {
        watch.stop();
        inbox.stop();
      });
    } catch (error) {
      console.debug('[Buyer Guard] could not watch the page', error);
    }
  },
});
