import { describe, expect, it } from 'vitest';
import { isAliExpressHost } from '../../../lib/marketplaces/aliexpress/hosts';
import type { Order } from '../../../lib/model/order';
import { stepPage } from '../../../lib/pages/step-page';
import { ADVICE_BRANCHES, type AdviceBranch } from '../../../lib/rules/advice';

const ID = '8240000000000011';
const DETAIL = `https://www.aliexpress.com/p/order/detail.html?orderId=${ID}`;
const DISPUTE = `https://www.aliexpress.com/p/reverse-pages/detail.html?reverseOrderLineId=6230000000000112&tradeOrderId=${ID}`;
const TRACKING = `https://www.aliexpress.com/p/tracking/index.html?tradeOrderId=${ID}`;
const PRODUCT = 'https://www.aliexpress.com/item/1005001.html';

const order: Order = {
  marketplace: 'aliexpress',
  orderId: ID,
  detailUrl: `https://es.aliexpress.com/p/order/detail.html?orderId=${ID}`,
  dispute: { status: 'opened', url: DISPUTE },
  items: [{ title: 'Earbuds', productUrl: PRODUCT }],
};
const ES_DETAIL = `https://es.aliexpress.com/p/order/detail.html?orderId=${ID}`;

/** The exact page per step: where the buyer takes it on AliExpress. */
const TABLE: [AdviceBranch, string, string | undefined][] = [
  ['open-dispute', 'open-dispute', ES_DETAIL],
  ['open-dispute-urgent', 'open-dispute', ES_DETAIL],
  ['protection-ending-open-dispute', 'open-dispute', ES_DETAIL],
  ['extension-not-granted', 'open-dispute', ES_DETAIL],
  ['reopen-dispute', 'open-dispute', ES_DETAIL],
  ['wait-dispute-opens', 'open-dispute', ES_DETAIL],
  ['extend-protection', 'extend-protection', ES_DETAIL],
  ['extend-protection-late', 'extend-protection', ES_DETAIL],
  ['before-dispute-contact-seller', 'contact-seller', ES_DETAIL],
  ['contact-seller-first', 'contact-seller', ES_DETAIL],
  ['wait-seller-reply', 'contact-seller', ES_DETAIL],
  ['tracking-silent', 'contact-seller', ES_DETAIL],
  ['offer-resend', 'dispute', DISPUTE],
  ['offer-low', 'dispute', DISPUTE],
  ['escalate-now', 'dispute', DISPUTE],
  ['ship-return', 'dispute', DISPUTE],
  ['opened-add-evidence', 'dispute', DISPUTE],
  ['decision-appeal', 'dispute', DISPUTE],
  ['in-transit-wait', 'tracking', TRACKING],
  ['not-received-in-transit', 'tracking', TRACKING],
  ['negotiation-in-transit', 'tracking', TRACKING],
  ['completed-feedback', 'feedback', ES_DETAIL],
  ['delivered-inspect', 'order', ES_DETAIL],
  ['report-misconduct', 'report-item', PRODUCT],
  ['collect-evidence', 'workspace', undefined],
];

/** Steps taken with customer service, the bank or PayPal: there is no AliExpress page to open. */
const NO_PAGE: AdviceBranch[] = [
  'account-question',
  'refund-overdue',
  'payment-problem',
  'provider-dispute-lapsed',
  'provider-escalate-claim',
  'provider-decides',
  'lost-chargeback',
  'window-closed-chargeback',
  'order-closed',
];

describe('stepPage: the one primary button opens the page where the step is taken', () => {
  it.each(TABLE)('%s → %s', (branch, kind, url) => {
    const page = stepPage(order, { branch });
    expect(page?.kind).toBe(kind);
    expect(page?.url).toBe(url);
  });

  it.each(NO_PAGE)('%s → no AliExpress page', (branch) => {
    expect(stepPage(order, { branch })).toBeUndefined();
  });

  it.each([...ADVICE_BRANCHES])('%s: any URL is https on an AliExpress host, without credentials', (branch) => {
    const url = stepPage(order, { branch })?.url;
    if (url === undefined) return;
    const parsed = new URL(url);
    expect(parsed.protocol).toBe('https:');
    expect(isAliExpressHost(parsed.hostname)).toBe(true);
    expect(parsed.username + parsed.password + parsed.port).toBe('');
  });

  it('a link a page or a backup gave that fails the check is never opened: the standard page is', () => {
    const hostile: Order = {
      ...order,
      detailUrl: 'javascript:alert(1)',
      dispute: { status: 'opened', url: 'https://evil.example/p/reverse-pages/detail.html' },
      trackingUrl: 'http://www.aliexpress.com/p/tracking/index.html?tradeOrderId=1',
      items: [{ title: 'x', productUrl: 'https://aliexpress.com.evil.example/item/1.html' }],
    };
    expect(stepPage(hostile, { branch: 'open-dispute' })?.url).toBe(DETAIL);
    expect(stepPage(hostile, { branch: 'offer-resend' })).toEqual({ kind: 'dispute', url: DETAIL, viaOrderPage: true });
    expect(stepPage(hostile, { branch: 'in-transit-wait' })?.url).toBe(TRACKING);
    expect(stepPage(hostile, { branch: 'report-misconduct' })).toBeUndefined();
  });

  it('without a dispute page read, the order page leads to the case (and says so)', () => {
    const { dispute: _dispute, ...withoutDispute } = order;
    expect(stepPage(withoutDispute, { branch: 'escalated-wait' })).toEqual({
      kind: 'dispute',
      url: ES_DETAIL,
      viaOrderPage: true,
    });
  });
});
