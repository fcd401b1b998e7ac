import { describe, expect, it } from 'vitest';
import { watchedApiOf } from '../../../../lib/marketplaces/aliexpress/mtop-apis';
import { embeddedApiResponses, parseObservedResponse } from '../../../../lib/marketplaces/aliexpress/observed-response';

const URL_JSONP =
  'https://acs.aliexpress.com/h5/mtop.aliexpress.trade.buyer.order.list/1.0/?api=mtop.aliexpress.trade.buyer.order.list&type=jsonp&callback=mtopjsonp3';
const BODY = { api: 'mtop.aliexpress.trade.buyer.order.list', ret: ['SUCCESS::调用成功'], data: { orderList: [] } };

describe('parseObservedResponse', () => {
  it('unwraps JSONP and JSON alike', () => {
    for (const text of [
      `mtopjsonp3(${JSON.stringify(BODY)})`,
      ` mtopjsonp3( ${JSON.stringify(BODY)} );`,
      JSON.stringify(BODY),
    ]) {
      expect(parseObservedResponse(URL_JSONP, text, 5)).toEqual({
        api: BODY.api,
        url: URL_JSONP,
        body: BODY,
        observedAt: 5,
      });
    }
  });

  it.each([
    ['a failed call', JSON.stringify({ ...BODY, ret: ['FAIL_SYS_SESSION_EXPIRED::Session expired'] })],
    ['not JSON', 'mtopjsonp3({'],
    ['no data object', JSON.stringify({ api: BODY.api, ret: ['SUCCESS'], data: 'x' })],
    ['an array', '[1,2]'],
  ])('ignores %s', (_name, text) => {
    expect(parseObservedResponse(URL_JSONP, text, 5)).toBeNull();
  });

  it('ignores APIs it does not watch', () => {
    const other = 'https://acs.aliexpress.com/h5/mtop.aliexpress.cart.count/1.0/';
    expect(parseObservedResponse(other, JSON.stringify({ ...BODY, api: 'mtop.aliexpress.cart.count' }), 5)).toBeNull();
  });

  it('names the watched APIs from request URLs', () => {
    expect(watchedApiOf(URL_JSONP)).toBe('mtop.aliexpress.trade.buyer.order.list');
    expect(watchedApiOf('https://acs.aliexpress.com/h5/mtop.ae.ld.querydetail/1.0/?x=1')).toBe(
      'mtop.ae.ld.querydetail',
    );
    expect(watchedApiOf('https://www.aliexpress.com/p/order/index.html')).toBeUndefined();
    expect(watchedApiOf('https://acs.aliexpress.us/h5/mtop.ae.ld.querydetail/1.0/')).toBe('mtop.ae.ld.querydetail');
  });

  it.each([
    ['another host', 'https://evil.example/h5/mtop.ae.ld.querydetail/1.0/'],
    ['a look-alike host', 'https://acs.aliexpress.com.evil.example/h5/mtop.ae.ld.querydetail/1.0/'],
    ['plain http', 'http://acs.aliexpress.com/h5/mtop.ae.ld.querydetail/1.0/'],
    ['a data: URL', 'data:application/json,{}#/h5/mtop.ae.ld.querydetail/'],
    ['credentials in the URL', 'https://x@acs.aliexpress.com/h5/mtop.ae.ld.querydetail/1.0/'],
    ['not a URL', '/h5/mtop.ae.ld.querydetail/1.0/'],
  ])('watches no request to %s', (_name, url) => {
    expect(watchedApiOf(url)).toBeUndefined();
  });
});

describe('embeddedApiResponses', () => {
  const read = (head: string) =>
    embeddedApiResponses(
      new DOMParser().parseFromString(`<html><head>${head}</head><body></body></html>`, 'text/html'),
      'https://www.aliexpress.com/p/order/index.html',
      7,
    );
  const response = { api: BODY.api, url: 'https://www.aliexpress.com/p/order/index.html', body: BODY, observedAt: 7 };

  it.each([
    ['the JSONP script the mtop client ran', `<script>mtopjsonp3(${JSON.stringify(BODY)})</script>`],
    ['the order data a saved page assigns', `<script>window.__ORDER_DETAIL_DATA__ = ${JSON.stringify(BODY)};</script>`],
    [
      'the same after a comment line, in a JavaScript-typed script',
      `<script type="text/javascript">\n  // kept in the saved page\n  window.__ORDER_LIST_DATA__ = ${JSON.stringify(BODY)};\n</script>`,
    ],
  ])('reads the page’s own state: %s', (_name, head) => {
    expect(read(head)).toEqual([response]);
  });

  it.each([
    ['a JSON block', `<script type="application/json">${JSON.stringify(BODY)}</script>`],
    ['a template script', `<script type="text/template">${JSON.stringify(BODY)}</script>`],
    ['another global', `<script>window.__DATA__ = ${JSON.stringify(BODY)};</script>`],
    ['a variable', `<script>var planted = ${JSON.stringify(BODY)};</script>`],
    ['a JSONP call among other code', `<script>doSomething();mtopjsonp3(${JSON.stringify(BODY)})</script>`],
    ['another callback name', `<script>evil(${JSON.stringify(BODY)})</script>`],
    ['other objects', '<script>var x = {"a": 1};</script><script src="https://x.alicdn.com/a.js"></script>'],
  ])('takes nothing from %s', (_name, head) => {
    expect(read(head)).toEqual([]);
  });
});
