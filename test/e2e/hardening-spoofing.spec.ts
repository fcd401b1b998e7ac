import { readFileSync } from 'node:fs';
import path from 'node:path';
import type { BrowserContext, Page } from '@playwright/test';
import { backupWith } from './backup-data';
import { countRows, sendFromPage, uploadFromPage } from './extension-page';
import { expect, test } from './fixtures';
import { lastReading, storedOrders } from './hardening-helpers';
import { ROOT } from './launch';
import { type SavedResponse as Saved, serveSavedApiResponses } from './saved-api-responses';

// Spoofing: the page's own scripts imitating Buyer Guard (its protocol envelopes, the observer's bridge,
// the observer's sources), content scripts on look-alike hosts, malformed messages from an extension page.
// Nothing is written that the page does not show; nothing is written at all for a message that is not valid.

test.describe.configure({ timeout: 90_000 });

const MTOP_DIR = path.join(ROOT, 'test/fixtures/aliexpress');
const LIST_URL = 'https://www.aliexpress.com/p/order/index.html';
const API = 'mtop.aliexpress.trade.buyer.order.list';
const SHOWN = ['8000222333270000', '8000555444700000', '8000777888990000'];
const INVENTED = '8999000000000001';
/** Every store of schema v3 (an order's deadlines and reminders are in its row). */
const TABLES = ['orders', 'history', 'cases', 'evidence', 'journal', 'settings', 'uploads'];

type SavedResponse = Saved<{ data: { data: Record<string, { fields: Record<string, unknown> }> } }>;

/** The page's real order-list JSON, and a forged copy: one shown order at $0.01 and an order the page never shows. */
function listResponses(): { real: SavedResponse; forged: SavedResponse['body'] } {
  const [real] = JSON.parse(
    readFileSync(path.join(MTOP_DIR, 'order-list.mtop.en.api.json'), 'utf8'),
  ) as SavedResponse[];
  if (!real) throw new Error('order-list.mtop.en.api.json has no response');
  const forged = structuredClone(real.body);
  const shown = forged.data.data[`pc_om_list_order_${SHOWN[0]}`];
  if (!shown) throw new Error(`the saved response has no order ${SHOWN[0]}`);
  shown.fields.totalPriceText = '$0.01';
  shown.fields.formatPriceInfo = '$0.01|0|01';
  forged.data.data[`pc_om_list_order_${INVENTED}`] = {
    fields: { ...shown.fields, orderId: INVENTED, orderDateText: 'Nov 1, 2026', totalPriceText: '$999.00' },
  };
  return { real, forged };
}

/**
 * A page script, first in <head> (so after Buyer Guard's document_start scripts, as any page script is),
 * that tries every way in: now, when the DOM is ready, and after the first reading.
 */
function forgingScript(forged: unknown): string {
  const text = JSON.stringify(forged);
  const url = `https://acs.aliexpress.com/h5/${API}/1.0/?api=${API}&type=originaljson`;
  return `<script>
(function () {
  var text = ${JSON.stringify(text)};
  var url = ${JSON.stringify(url)};
  var forged = JSON.parse(text);
  var envelopes = [
    ['clearAllData', { confirm: 'delete everything' }],
    ['deleteOrder', { orderId: '${SHOWN[1]}' }],
    ['importBackup', { uploadId: '00000000-0000-4000-8000-000000000000', mode: 'replace' }],
    ['setProblem', { orderId: '${SHOWN[0]}', problem: { reason: 'damaged' } }],
    ['pageReading', { ok: true, pageKind: 'order-list', url: location.href, readAt: Date.now(), orders: [{ marketplace: 'aliexpress', orderId: '${INVENTED}' }], diagnostics: { missing: [], disagreements: [], sources: ['dom'] } }]
  ];
  function attempt() {
    window.postMessage({ source: 'buyer-guard-mtop-observer', url: url, text: text, observedAt: Date.now() }, '*');
    envelopes.forEach(function (e) { window.postMessage({ protocol: 'buyer-guard/1', type: e[0], payload: e[1] }, '*'); });
    var encoded = Date.now() + '\\n' + url + '\\n' + text;
    [window, document, document.documentElement].forEach(function (target) {
      if (target) target.dispatchEvent(new CustomEvent('buyer-guard-observed-response', { detail: encoded, bubbles: true }));
    });
    var node = document.createElement('span');
    node.addEventListener('buyer-guard-bridge-answer', function () { window.__bridgeAnswered = true; });
    document.dispatchEvent(new MouseEvent('buyer-guard-bridge-hello', { relatedTarget: node }));
    node.dispatchEvent(new CustomEvent('buyer-guard-observed-response', { detail: encoded }));
    fetch('data:application/json,' + encodeURIComponent(text) + '#/h5/${API}/1.0/').catch(function () {});
    if (typeof window.mtopjsonp1 === 'function') window.mtopjsonp1(forged);
    window.__attempts = (window.__attempts || 0) + 1;
  }
  window.__pageHasRuntime = typeof chrome !== 'undefined' && !!chrome.runtime && typeof chrome.runtime.sendMessage === 'function';
  attempt();
  document.addEventListener('DOMContentLoaded', attempt);
  setTimeout(attempt, 1500);
})();
</script>`;
}

test('page scripts imitating the extension and its observer change nothing; the real observer still reads the JSON', async ({
  context,
  serviceWorker,
  openExtensionPage,
}) => {
  const { real, forged } = listResponses();
  await serveSavedApiResponses(context, [real]);
  const html = readFileSync(path.join(MTOP_DIR, 'order-list.mtop.en.html'), 'utf8').replace(
    '<head>',
    `<head>\n${forgingScript(forged)}`,
  );
  await context.route(LIST_URL, (route) => route.fulfill({ contentType: 'text/html; charset=utf-8', body: html }));
  const page = await context.newPage();
  await page.goto(LIST_URL);

  // The real JSONP response went through the bridge: the reading has both sources, and only the shown orders.
  await expect
    .poll(() => lastReading(serviceWorker), { timeout: 15_000 })
    .toMatchObject({ ok: true, orderIds: SHOWN, sources: ['dom', 'json'] });
  await expect.poll(() => page.evaluate(() => (window as { __attempts?: number }).__attempts)).toBe(3);
  // Past the last attempt and the content script's debounce.
  await page.waitForTimeout(1_000);

  const options = await openExtensionPage('options.html');
  const orders = await storedOrders(options);
  expect(orders.map((order) => order.orderId).sort()).toEqual([...SHOWN].sort());
  expect(orders.find((order) => order.orderId === SHOWN[0])?.total).toEqual({ amount: 25.66, currency: 'USD' });
  expect(await countRows(options, 'cases')).toBe(0);
  expect(await lastReading(serviceWorker)).toMatchObject({ orderIds: SHOWN, sources: ['dom', 'json'] });
  expect(
    await page.evaluate(() => ({
      answered: (window as { __bridgeAnswered?: boolean }).__bridgeAnswered ?? false,
      runtime: (window as { __pageHasRuntime?: boolean }).__pageHasRuntime,
    })),
  ).toEqual({ answered: false, runtime: false });
});

/** Execution contexts (worlds) Chromium creates in a page, seen through CDP from before it loads. */
async function worldsOf(context: BrowserContext, page: Page): Promise<Array<{ name: string; origin: string }>> {
  const worlds: Array<{ name: string; origin: string }> = [];
  const cdp = await context.newCDPSession(page);
  cdp.on('Runtime.executionContextCreated', ({ context: created }) =>
    worlds.push({ name: created.name, origin: created.origin }),
  );
  await cdp.send('Runtime.enable');
  return worlds;
}

test('no content script runs on look-alike hosts, and nothing is read there', async ({
  context,
  serviceWorker,
  extensionId,
  openExtensionPage,
}) => {
  const sample = readFileSync(path.join(MTOP_DIR, 'order-list.en.html'));
  const lookAlikes = [
    'https://aliexpress.com.evil.example/p/order/index.html',
    'https://evil.example/aliexpress.com/p/order/index.html',
    'https://www.aliexpress.com.evil.example/p/tracking/index.html?tradeOrderId=8204417366541234',
    'https://xn--aliexpres-x0a.com/p/order/index.html',
  ];
  for (const url of lookAlikes) {
    await context.route(url, (route) => route.fulfill({ contentType: 'text/html; charset=utf-8', body: sample }));
  }
  const ours = (world: { name: string; origin: string }) =>
    world.name === 'Buyer Guard' || world.origin.includes(extensionId);

  for (const url of lookAlikes) {
    const page = await context.newPage();
    const worlds = await worldsOf(context, page);
    await page.goto(url);
    await expect(page.getByText('Order ID: 8204417366541234')).toBeVisible();
    // Longer than the content script's debounce and the badges' first drawing.
    await page.waitForTimeout(1_500);
    expect(worlds.filter(ours), url).toEqual([]);
    expect(await page.evaluate(() => Object.getOwnPropertySymbols(window).map(String)), url).toEqual([]);
    expect(await page.locator('buyer-guard-badges').count(), url).toBe(0);
    await page.close();
  }
  expect(await serviceWorker.evaluate(() => chrome.storage.session.get(['lastPage', 'lastReading']))).toEqual({});
  const options = await openExtensionPage('options.html');
  expect(await countRows(options, 'orders')).toBe(0);

  // The control: the same page on AliExpress gets the content script, and its reading.
  const real = await context.newPage();
  const worlds = await worldsOf(context, real);
  await real.goto(LIST_URL);
  await expect.poll(() => lastReading(serviceWorker), { timeout: 15_000 }).toMatchObject({ url: LIST_URL, ok: true });
  expect(worlds.filter(ours).length).toBeGreaterThan(0);
});

test('malformed messages from an extension page are rejected and write nothing', async ({ openExtensionPage }) => {
  const page = await openExtensionPage('options.html');
  const seeded = await sendFromPage(page, 'importBackup', {
    uploadId: await uploadFromPage(page, backupWith([{ orderId: '8100000000000001' }])),
    mode: 'merge',
  });
  expect(seeded).toMatchObject({ ok: true, data: { ok: true, orders: 1 } });
  const snapshot = async () => {
    const counts: Record<string, number> = {};
    for (const table of TABLES) counts[table] = await countRows(page, table);
    return counts;
  };
  const before = await snapshot();
  const reading = {
    ok: true,
    pageKind: 'order-list',
    url: LIST_URL,
    readAt: Date.now(),
    orders: [{ marketplace: 'aliexpress', orderId: INVENTED }],
    diagnostics: { missing: [], disagreements: [], sources: ['dom'] },
  };
  const envelope = (type: string, payload: unknown) => ({ protocol: 'buyer-guard/1', type, payload });
  const uploadId = '00000000-0000-4000-8000-000000000000';
  const cases: [string, unknown, string][] = [
    ['a string', 'clearAllData', 'invalid-message'],
    ['null', null, 'invalid-message'],
    ['an array', [1, 2], 'invalid-message'],
    [
      'another protocol',
      { ...envelope('clearAllData', { confirm: 'delete everything' }), protocol: 'buyer-guard/2' },
      'invalid-message',
    ],
    [
      'an extra envelope key',
      { ...envelope('clearAllData', { confirm: 'delete everything' }), from: 'background' },
      'invalid-message',
    ],
    ['clearAllData without the phrase', envelope('clearAllData', { confirm: 'DELETE EVERYTHING' }), 'invalid-message'],
    [
      'clearAllData with an extra key',
      envelope('clearAllData', { confirm: 'delete everything', all: true }),
      'invalid-message',
    ],
    [
      'deleteOrder with markup for an id',
      envelope('deleteOrder', { orderId: '<img src=x onerror=alert(1)>' }),
      'invalid-message',
    ],
    ['deleteOrder with no payload', envelope('deleteOrder', undefined), 'invalid-message'],
    ['an inherited name as type', envelope('__proto__', {}), 'unknown-type'],
    ['constructor as type', envelope('constructor', {}), 'unknown-type'],
    ['a reading from an extension page', envelope('pageReading', reading), 'forbidden-sender'],
    ['openGuide from an extension page', envelope('openGuide', { orderId: '8100000000000001' }), 'forbidden-sender'],
    [
      'an unknown problem',
      envelope('setProblem', { orderId: '8100000000000001', problem: { reason: 'bored' } }),
      'invalid-message',
    ],
    ['a setting that does not exist', envelope('updateSettings', { sendToServer: true }), 'invalid-message'],
    [
      'a journal text over 5,000 characters',
      envelope('addJournalEntry', { orderId: '8100000000000001', kind: 'note', text: 'x'.repeat(5_001) }),
      'invalid-message',
    ],
    [
      'a chunk past its total',
      envelope('uploadChunk', { uploadId, index: 2, total: 2, data: 'AAAA' }),
      'invalid-message',
    ],
    [
      'a chunk that is not base64',
      envelope('uploadChunk', { uploadId, index: 0, total: 1, data: '<script>' }),
      'invalid-message',
    ],
    [
      'evidence for an upload with a path name',
      envelope('addEvidence', {
        uploadId: '../../x',
        orderId: '8100000000000001',
        kind: 'photo',
        name: 'a.jpg',
        type: 'image/jpeg',
      }),
      'invalid-message',
    ],
  ];
  for (const [name, raw, code] of cases) {
    const reply = await page.evaluate((message) => chrome.runtime.sendMessage(message), raw);
    expect(reply, name).toMatchObject({ ok: false, error: { code } });
  }
  // A well-formed import of an upload that does not exist fails as a value, and changes nothing either.
  const missing = await sendFromPage(page, 'importBackup', { uploadId, mode: 'replace' });
  expect(missing.ok && (missing.data as { ok: boolean }).ok).toBe(false);
  expect(await snapshot()).toEqual(before);
  expect(before.orders).toBe(1);
});
