import '../../lib/zod-jitless';
import { defineContentScript } from 'wxt/utils/define-content-script';
import { ALIEXPRESS_BUYER_PAGE_MATCHES } from '../../lib/marketplaces/aliexpress/hosts';
import { detectAliExpressPage } from '../../lib/marketplaces/aliexpress/urls';
import { sendMessage } from '../../lib/messaging/send';

export default defineContentScript({
  matches: [...ALIEXPRESS_BUYER_PAGE_MATCHES],
  runAt: 'document_idle',
  async main() {
    const page = detectAliExpressPage(location.href);
    try {
      await sendMessage('pageSeen', { url: location.href, pageKind: page.kind });
    } catch (error) {
      // Never throw into the host page; the background may be updating or restarting.
      console.debug('[Buyer Guard] background unavailable', error);
    }
  },
});
