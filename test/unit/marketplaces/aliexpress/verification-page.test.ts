import { readFileSync } from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { readAliExpressPage } from '../../../../lib/marketplaces/aliexpress/read-page';
import { showsVerification } from '../../../../lib/marketplaces/aliexpress/verification-page';

const NOW = 1_795_165_200_000;
const FIXTURES = path.resolve(import.meta.dirname, '../../../fixtures/aliexpress');
const LIST = 'https://www.aliexpress.com/p/order/index.html';
const parse = (html: string) => new DOMParser().parseFromString(html, 'text/html');
const fixture = (name: string) => readFileSync(path.join(FIXTURES, name), 'utf8');

describe('AliExpress robot check', () => {
  it.each([
    ['the slider in place of My Orders', fixture('order-list.captcha.html')],
    ['a numbered slider', '<div id="nc_1_wrapper"><span>Please slide to verify</span></div>'],
    ['the baxia dialog', '<div class="baxia-dialog"><div id="baxia-dialog-content"></div></div>'],
    ['the punish puzzle frame', '<iframe src="https://www.aliexpress.com/_____tmd_____/punish?x5secdata=x"></iframe>'],
  ])('is recognised: %s', (_name, html) => {
    const document = parse(html);
    expect(showsVerification(document)).toBe(true);
    expect(readAliExpressPage(document, LIST, NOW)).toMatchObject({
      ok: false,
      pageKind: 'order-list',
      reason: 'verification-required',
    });
  });

  it('is also named on a detail or tracking page that shows only the check', () => {
    const document = parse(fixture('order-list.captcha.html'));
    for (const url of [
      'https://www.aliexpress.com/p/order/detail.html?orderId=8204417366541234',
      'https://www.aliexpress.com/p/tracking/index.html?tradeOrderId=8204417366541234',
    ]) {
      expect(readAliExpressPage(document, url, NOW)).toMatchObject({ ok: false, reason: 'verification-required' });
    }
  });

  it('does not hide the orders of a page the dialog pops up over', () => {
    const page = fixture('order-list.en.html').replace(
      '</body>',
      '<div class="baxia-dialog"><div id="baxia-dialog-content"></div></div></body>',
    );
    const reading = readAliExpressPage(parse(page), LIST, NOW);
    expect(reading.ok).toBe(true);
    expect(reading.ok && reading.orders.length).toBe(7);
  });

  it('leaves an unknown layout without a check as not recognised', () => {
    const document = parse('<html><body><div class="new-layout">Orders</div></body></html>');
    expect(showsVerification(document)).toBe(false);
    expect(readAliExpressPage(document, LIST, NOW)).toMatchObject({ reason: 'layout-not-recognised' });
  });
});
