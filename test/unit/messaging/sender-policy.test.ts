import { describe, expect, it } from 'vitest';
import { classifySender, type SenderInfo } from '../../../lib/messaging/sender-policy';

const self = { id: 'ext-id', baseUrl: 'chrome-extension://ext-id/' };
const tab = { id: 7, url: 'https://www.aliexpress.com/p/order/index.html' };

describe('classifySender', () => {
  const cases: [string, SenderInfo, ReturnType<typeof classifySender>][] = [
    ['own popup', { id: 'ext-id', url: 'chrome-extension://ext-id/popup.html' }, 'extension-page'],
    [
      'own options tab',
      { id: 'ext-id', url: 'chrome-extension://ext-id/options.html', tab, frameId: 0 },
      'extension-page',
    ],
    ['content script on www.aliexpress.com', { id: 'ext-id', url: tab.url, tab, frameId: 0 }, 'content-script'],
    [
      'content script on es.aliexpress.com',
      { id: 'ext-id', url: 'https://es.aliexpress.com/p/order/index.html', tab, frameId: 0 },
      'content-script',
    ],
    [
      'content script on aliexpress.us',
      { id: 'ext-id', url: 'https://www.aliexpress.us/p/order/index.html', tab, frameId: 0 },
      'content-script',
    ],
    ['another extension', { id: 'other', url: 'chrome-extension://other/popup.html' }, null],
    ['no id', { url: 'chrome-extension://ext-id/popup.html' }, null],
    ['a look-alike host', { id: 'ext-id', url: 'https://aliexpress.com.evil.example/p/order/', tab, frameId: 0 }, null],
    ['a host ending in the name', { id: 'ext-id', url: 'https://notaliexpress.com/p/order/', tab, frameId: 0 }, null],
    ['plain http', { id: 'ext-id', url: 'http://www.aliexpress.com/p/order/index.html', tab, frameId: 0 }, null],
    ['a sub-frame', { id: 'ext-id', url: tab.url, tab, frameId: 3 }, null],
    ['a content script without a tab', { id: 'ext-id', url: tab.url, frameId: 0 }, null],
    ['an unparsable url', { id: 'ext-id', url: 'https://', tab, frameId: 0 }, null],
    ['no url', { id: 'ext-id', tab, frameId: 0 }, null],
    [
      'content script on the bare domain, upper case',
      { id: 'ext-id', url: 'https://ALIEXPRESS.COM/p/order/index.html', tab, frameId: 0 },
      'content-script',
    ],
    [
      'credentials before a foreign host',
      { id: 'ext-id', url: 'https://www.aliexpress.com@evil.example/p/order/', tab, frameId: 0 },
      null,
    ],
    [
      'a host with a trailing dot',
      { id: 'ext-id', url: 'https://www.aliexpress.com./p/order/', tab, frameId: 0 },
      null,
    ],
    ['a punycode look-alike', { id: 'ext-id', url: 'https://xn--aliexpres-x0a.com/p/order/', tab, frameId: 0 }, null],
    [
      'the name in the path',
      { id: 'ext-id', url: 'https://evil.example/www.aliexpress.com/p/order/', tab, frameId: 0 },
      null,
    ],
    [
      'a blob: page made by AliExpress',
      { id: 'ext-id', url: 'blob:https://www.aliexpress.com/3f2a', tab, frameId: 0 },
      null,
    ],
    ['a data: page', { id: 'ext-id', url: 'data:text/html,<p>aliexpress.com</p>', tab, frameId: 0 }, null],
    ['about:blank in the top frame', { id: 'ext-id', url: 'about:blank', tab, frameId: 0 }, null],
    ['a look-alike extension origin', { id: 'ext-id', url: 'chrome-extension://ext-id.evil/popup.html' }, null],
    ['our page address from another extension', { id: 'other', url: 'chrome-extension://ext-id/popup.html' }, null],
  ];
  it.each(cases)('%s', (_name, sender, expected) => {
    expect(classifySender(sender, self)).toBe(expected);
  });
});
