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
import { readingKey } from '../../lib/marketplaces/reading-key';
import { watchPage } from '../../lib/marketplaces/watch-page';
import { sendMessage } from '../../lib/messaging/send';
import type { PageReading } from '../../lib/model/reading';

export default defineContentScript({
  matches: [...ALIEXPRESS_BUYER_PAGE_MATCHES],
  runAt: 'document_idle',
  main(ctx) {
    let lastSentKey = '';
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

    const send = (reading: PageReading) => {
      const key = readingKey(reading);
      if (key === lastSentKey) return;
      lastSentKey = key;
      if (reading.ok) okUrl = reading.url;
      sendMessage('pageReading', reading).then(
        (reply) => {
          if (reading.ok && ctx.isValid) badges.show(reply.badges);
        },
        (error: unknown) => {
          // The background may be updating or restarting; the next change resends.
          lastSentKey = '';
          console.debug('[Buyer Guard] background unavailable', error);
        },
      );
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
