import { readFile } from 'node:fs/promises';
import { unzipSync } from 'fflate';
import { HOSTILE, HOSTILE_B_TITLE_KEPT, HOSTILE_IDS, HOSTILE_TEXT } from '../fixtures/hostile/hostile-pages';
import { badgeProbe } from './badge-probe';
import { sendFromPage } from './extension-page';
import { expect, test } from './fixtures';
import { openAllFolds, openFold } from './guide-helpers';
import {
  foreignMarkup,
  foreignMarkupInBadges,
  hostileOrder,
  readHostileSite,
  recordDialogs,
  recordOutsideRequests,
  storedOrders,
} from './hardening-helpers';
import { dropPictures } from './workspace-helpers';

// Hostile page text (markup, javascript: links, an RTL override, a 10 KB title, emoji, combining marks,
// spreadsheet formulas) on real AliExpress URLs, through the built extension: read as text, stored as
// text, shown as text, exported as text. No dialog, no request, no link that is not https.

// Each test reads three pages, then works through extension pages: generous on two busy cores.
test.describe.configure({ timeout: 90_000 });

test('the pages are read as text, only https links are kept, and the badges stay inert', async ({
  context,
  serviceWorker,
  openExtensionPage,
}) => {
  const dialogs = recordDialogs(context);
  const shop = await readHostileSite(context, serviceWorker);

  const options = await openExtensionPage('options.html');
  const orders = await storedOrders(options);
  expect(orders.map((order) => order.orderId).sort()).toEqual(Object.values(HOSTILE_IDS).sort());
  const a = hostileOrder(orders, 'a');
  expect(a).toMatchObject({
    statusText: HOSTILE_TEXT.a.statusText,
    store: { name: HOSTILE_TEXT.a.store },
    items: [{ title: HOSTILE_TEXT.a.title, sku: HOSTILE_TEXT.a.sku }],
    tracking: { carrier: HOSTILE_TEXT.a.carrier },
  });
  expect(a?.tracking?.events?.map((event) => event.description)).toEqual(HOSTILE_TEXT.a.events);
  expect(hostileOrder(orders, 'b')?.items?.[0]?.title).toBe(HOSTILE_B_TITLE_KEPT);
  expect(hostileOrder(orders, 'c')?.store?.name).toBe(HOSTILE_TEXT.c.store);
  // javascript: store and product links never became URLs; every stored URL is https.
  expect(JSON.stringify(orders)).not.toMatch(/javascript:alert\((5|6)\)/);
  const urls = orders.flatMap((order) => [
    order.detailUrl,
    order.store?.url,
    ...(order.items ?? []).flatMap((item) => [item.productUrl, item.imageUrl]),
  ]);
  for (const url of urls.filter(Boolean)) expect(new URL(url as string).protocol).toBe('https:');

  // The page keeps its own real <img src=x onerror> elements, loaded: the premise that any dialog is ours.
  expect(
    await shop.evaluate(() =>
      [...document.querySelectorAll<HTMLImageElement>('img[src=x]')].map((img) => img.complete && img.naturalWidth > 0),
    ),
  ).toEqual([true, true]);

  // The badges: one per order, no markup from the page, and a panel that opens with our words only.
  const probe = await badgeProbe(shop);
  // The completed order c has nothing to act on: no badge; a and b have theirs.
  await expect.poll(async () => (await probe.slotIds()).sort()).toEqual([HOSTILE_IDS.a, HOSTILE_IDS.b].sort());
  for (const orderId of await probe.slotIds()) {
    expect((await probe.badge(orderId))?.label).toMatch(/Buyer Guard, order/);
  }
  expect(await foreignMarkupInBadges(probe)).toEqual([]);
  await probe.clickBadge(HOSTILE_IDS.a);
  await expect.poll(async () => (await probe.panel(HOSTILE_IDS.a))?.visible).toBe(true);
  expect((await probe.panel(HOSTILE_IDS.a))?.text).toContain(`Buyer Guard · order ${HOSTILE_IDS.a}`);
  expect(await foreignMarkupInBadges(probe)).toEqual([]);
  expect(await shop.evaluate(() => document.querySelectorAll('buyer-guard-badges').length)).toBe(1);

  await shop.waitForTimeout(300);
  expect(dialogs).toEqual([]);
});

test('the popup list, the order view and the composer show the text inert, readable and within bounds', async ({
  context,
  serviceWorker,
  openExtensionPage,
}) => {
  const dialogs = recordDialogs(context);
  await readHostileSite(context, serviceWorker);
  const popup = await openExtensionPage('popup.html');
  const outside = recordOutsideRequests(popup);
  await popup.setViewportSize({ width: 800, height: 700 });
  await popup.reload();
  const setProblem = await sendFromPage(popup, 'setProblem', {
    orderId: HOSTILE_IDS.a,
    problem: { reason: 'not-received', details: `${HOSTILE.svg} ${HOSTILE.rtl}` },
  });
  expect(setProblem.ok).toBe(true);

  const rows = popup.getByTestId('order-item');
  await expect(rows).toHaveCount(3);
  await expect(rows.filter({ hasText: HOSTILE_TEXT.a.title })).toContainText(HOSTILE_TEXT.a.store);
  await expect(rows.filter({ hasText: HOSTILE_TEXT.c.store })).toHaveCount(1);
  // Each row stays one line per text, inside the popup's 400 px, the long title cut with an ellipsis.
  const layout = await rows.evaluateAll((buttons) =>
    buttons.map((button) => {
      const title = button.querySelector('.order-item-title') as HTMLElement;
      const box = button.getBoundingClientRect();
      return {
        width: box.width,
        height: box.height,
        titleHeight: title.getBoundingClientRect().height,
        titleCut: title.scrollWidth > title.clientWidth,
        ellipsis: getComputedStyle(title).textOverflow,
        isolated: title.querySelector('bdi')?.textContent === title.textContent,
      };
    }),
  );
  for (const row of layout) {
    expect(row.width).toBeLessThanOrEqual(400);
    expect(row.height).toBe(70);
    expect(row.titleHeight).toBeLessThan(24);
    expect(row.ellipsis).toBe('ellipsis');
    expect(row.isolated).toBe(true);
  }
  expect(layout.filter((row) => row.titleCut).length).toBeGreaterThanOrEqual(1);
  expect(await popup.evaluate(() => document.documentElement.scrollWidth <= innerWidth)).toBe(true);
  expect(await foreignMarkup(popup)).toEqual([]);

  // Order A: its title and store as text, the link to AliExpress, the texts to send.
  await rows.filter({ hasText: HOSTILE_TEXT.a.title }).click();
  await expect(popup.getByRole('heading', { level: 2 })).toHaveText(HOSTILE_TEXT.a.title);
  await expect(popup.locator('.order-view header')).toContainText(HOSTILE_TEXT.a.store);
  await openAllFolds(popup);
  await expect(popup.getByRole('link', { name: 'Open the order on AliExpress' })).toHaveAttribute(
    'href',
    `https://www.aliexpress.com/p/order/detail.html?orderId=${HOSTILE_IDS.a}`,
  );
  const composer = popup.getByTestId('composer-text');
  await expect(composer).toHaveValue(new RegExp(escapeRegExp(HOSTILE_TEXT.a.title)));
  const texts: string[] = [];
  for (const tab of await popup.getByRole('tab').all()) {
    await tab.click();
    texts.push(await composer.inputValue());
  }
  const allTexts = texts.join('\n');
  expect(allTexts).toContain(HOSTILE_TEXT.a.store);
  expect(allTexts).toContain(HOSTILE_TEXT.a.events[1]);
  expect(allTexts).not.toContain('javascript:alert(5)');
  expect(await foreignMarkup(popup)).toEqual([]);
  expect(await popup.evaluate(() => document.documentElement.scrollWidth <= innerWidth)).toBe(true);

  // Order B (a title of 10 KB without a break, kept to 500 characters): the view wraps it.
  await popup.getByRole('button', { name: '← All orders' }).click();
  await rows.filter({ hasText: 'Unbreakable' }).click();
  await expect(popup.getByRole('heading', { level: 2 })).toHaveText(HOSTILE_B_TITLE_KEPT);
  expect(await popup.evaluate(() => document.documentElement.scrollWidth <= innerWidth)).toBe(true);
  const heading = await popup.getByRole('heading', { level: 2 }).boundingBox();
  expect(heading?.width).toBeLessThanOrEqual(400);

  // Order C: its page linked its details off AliExpress; the guide links the real page instead.
  await popup.getByRole('button', { name: '← All orders' }).click();
  await rows.filter({ hasText: HOSTILE_TEXT.c.store }).click();
  // The link sits in the guide's last fold; opening it waits for that order's guide to be drawn.
  await openFold(popup, 'About this order');
  await expect(popup.getByRole('link', { name: 'Open the order on AliExpress' })).toHaveAttribute(
    'href',
    `https://www.aliexpress.com/p/order/detail.html?orderId=${HOSTILE_IDS.c}`,
  );
  const hrefs = await popup.getByRole('link').evaluateAll((links) => links.map((a) => a.getAttribute('href') ?? ''));
  expect(hrefs.filter((href) => href.includes('evil.example'))).toEqual([]);

  await popup.waitForTimeout(300);
  expect(dialogs).toEqual([]);
  expect(outside).toEqual([]);
});

function escapeRegExp(text: string): string {
  return text.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
}

test('the evidence summary and the CSV export keep the text inert', async ({
  context,
  serviceWorker,
  openExtensionPage,
}) => {
  const dialogs = recordDialogs(context);
  await readHostileSite(context, serviceWorker);

  // The evidence pack of order A, from the workspace.
  const workspace = await openExtensionPage(`evidence.html?order=${HOSTILE_IDS.a}`);
  const outside = recordOutsideRequests(workspace);
  await expect(workspace.locator('.facts')).toContainText(HOSTILE_TEXT.a.title);
  expect(await foreignMarkup(workspace)).toEqual([]);
  await workspace.getByLabel('Problem', { exact: true }).selectOption('not-received');
  await workspace.getByRole('button', { name: 'Save', exact: true }).click();
  // The pack holds saved evidence: one photo first (the button waits for it).
  await dropPictures(workspace, [{ name: 'box.jpg', paint: 'scene', width: 800, height: 600 }]);
  await workspace.locator('li.card.pending').getByRole('button', { name: 'Save' }).click();
  await expect(workspace.locator('li.card.stored')).toHaveCount(1);
  const downloading = workspace.waitForEvent('download');
  await workspace.getByRole('button', { name: 'Download evidence pack' }).click();
  const zip = unzipSync(new Uint8Array(await readFile((await (await downloading).path()) as string)));
  const summary = new TextDecoder().decode(zip['summary.html']);

  // Opened as a page: nothing runs, nothing loads, no link but https ones; the text reads as written.
  const SUMMARY_URL = 'https://summary.buyer-guard.invalid/summary.html';
  await context.route(SUMMARY_URL, (route) =>
    route.fulfill({ contentType: 'text/html; charset=utf-8', body: summary }),
  );
  const opened = await context.newPage();
  const loads: string[] = [];
  opened.on('request', (request) => loads.push(request.url()));
  await opened.goto(SUMMARY_URL);
  const body = opened.locator('body');
  await expect(body).toContainText(HOSTILE_TEXT.a.title);
  await expect(body).toContainText(`${HOSTILE.link} ${HOSTILE.svg} Gadget Store`);
  await expect(body).toContainText(`Color: ${HOSTILE.script}`);
  await expect(body).toContainText('Departed from sorting center');
  expect(await foreignMarkup(opened)).toEqual([]);
  const links = await opened.locator('a[href]').evaluateAll((anchors) => anchors.map((a) => a.getAttribute('href')));
  for (const href of links) expect(href).toMatch(/^(https:\/\/|files\/)/);
  // A right-to-left override is shown as a mark, never applied to the text around it.
  expect(await body.textContent()).not.toContain('\u202E');

  // The CSV of all orders, from the options page: no cell a spreadsheet would run, with commas or semicolons.
  const options = await openExtensionPage('options.html');
  const csvDownload = options.waitForEvent('download');
  await options.getByRole('button', { name: 'Export orders as a spreadsheet (CSV)' }).click();
  const csv = await readFile((await (await csvDownload).path()) as string, 'utf8');
  const rows = parseCsv(csv.replace(/^\uFEFF/, ''), ',');
  expect(rows).toHaveLength(4);
  const c = rows.find((row) => row[0] === HOSTILE_IDS.c);
  expect(c?.[4]).toBe(`'${HOSTILE_TEXT.c.store}`);
  for (const separator of [',', ';']) {
    for (const cell of parseCsv(csv.replace(/^\uFEFF/, ''), separator).flat()) {
      expect(cell, `a ${separator}-separated cell`).not.toMatch(/^\s*[=+\-@\t\r]/);
    }
  }

  await opened.waitForTimeout(300);
  expect(dialogs).toEqual([]);
  expect(outside).toEqual([]);
  expect(loads).toEqual([SUMMARY_URL]);
});

/** RFC 4180 as spreadsheets read it, with the separator a locale uses. */
function parseCsv(text: string, separator: string): string[][] {
  const rows: string[][] = [];
  let row: string[] = [];
  let cell = '';
  let quoted = false;
  for (let i = 0; i < text.length; i++) {
    const char = text[i];
    if (quoted) {
      if (char === '"' && text[i + 1] === '"') {
        cell += '"';
        i++;
      } else if (char === '"') quoted = false;
      else cell += char;
    } else if (char === '"' && cell === '') quoted = true;
    else if (char === separator) {
      row.push(cell);
      cell = '';
    } else if (char === '\r' && text[i + 1] === '\n') {
      row.push(cell);
      rows.push(row);
      row = [];
      cell = '';
      i++;
    } else cell += char;
  }
  if (cell || row.length) rows.push([...row, cell]);
  return rows;
}
