import { readFileSync } from 'node:fs';
import type { BrowserContext, Page } from '@playwright/test';
import { listFixtures, SAMPLE_ORDER_LIST_URL } from '../fixtures/aliexpress/sample-site';
import { type BadgeProbe, badgeProbe } from './badge-probe';
import { expect, test } from './fixtures';
import { serveSavedApiResponses } from './saved-api-responses';

// The inline badges, on the built extension and the sample pages. Texts asserted here come from the
// pages' own countdowns ("… in 12 days 05:33:21"), which count from the moment the page is read, so
// they read the same whatever day the tests run. The layer's shadow root is closed: the tests read it
// through the DevTools protocol and act with trusted input (badge-probe.ts).

const fixtures = listFixtures();
const fixture = (name: string) => {
  const found = fixtures.find((candidate) => candidate.name === name);
  if (!found) throw new Error(`fixture ${name} is missing`);
  return found;
};

const layer = (page: Page) => page.locator('buyer-guard-badges');

// The completed (8198765432105678) and the closed (8195551112223334) orders have no deadline and no case:
// nothing to act on, so no badge (a grey "Tracked — no deadline" on every finished order is noise).
const SAMPLE_ORDER_IDS = [
  '8204417366541234',
  '8211002233445566',
  '8209988776655443',
  '8201234567890123',
  '8207770001112223',
];

async function openSampleList(context: BrowserContext): Promise<{ page: Page; probe: BadgeProbe }> {
  const page = await context.newPage();
  await page.goto(SAMPLE_ORDER_LIST_URL);
  const probe = await badgeProbe(page);
  await expect.poll(() => probe.slotIds()).toEqual(SAMPLE_ORDER_IDS);
  return { page, probe };
}

/** Serves a page's HTML at exactly its URL (query included), over the sample site. */
async function servePageAt(context: BrowserContext, url: string, body: string): Promise<void> {
  await context.route(
    (candidate) => candidate.href === url,
    (route) => route.fulfill({ contentType: 'text/html; charset=utf-8', body }),
  );
}

/**
 * Every element of the page's own tree (the badge host left out) with its box and the styles that
 * would show a restyle: a fingerprint of the layout the buyer sees.
 */
function pageLayout(page: Page): Promise<string[]> {
  return page.evaluate(() =>
    [...document.querySelectorAll('*')]
      .filter((element) => element.tagName !== 'BUYER-GUARD-BADGES')
      .map((element, i) => {
        const { x, y, width, height } = element.getBoundingClientRect();
        const style = getComputedStyle(element);
        return [
          i,
          element.tagName,
          element.className,
          x,
          y,
          width,
          height,
          style.display,
          style.position,
          style.margin,
          style.padding,
          style.color,
          style.backgroundColor,
          style.font,
          style.zIndex,
        ].join('|');
      }),
  );
}

test('My Orders: a badge per order with its most urgent deadline, in the extension’s words and colours', async ({
  context,
}) => {
  const { page, probe } = await openSampleList(context);
  expect(await probe.slotIds()).toEqual(SAMPLE_ORDER_IDS);
  // "Buyer protection ends in 12 days 05:33:21" on the page: stated by it, twelve days away.
  const protection = await probe.badge('8204417366541234');
  // Its name and date in the one formatter's words; the time left is in its accessible name and panel.
  expect(protection?.text).toMatch(/^Buyer protection ends: [A-Z][a-z]{2} \d{1,2}, \d{1,2}:\d{2}\s?[AP]M$/);
  expect(protection?.className).toMatch(/chip-upcoming/);
  expect(protection?.label).toMatch(
    /^Buyer protection ends: .+, 12 days 5 hours left \(stated by the page\) — upcoming\. Buyer Guard, order/,
  );
  // An order still being prepared, with no deadline known: a quiet badge that only says it is tracked.
  const preparing = await probe.badge('8209988776655443');
  expect(preparing?.text).toBe('Tracked — no deadline');
  expect(preparing?.className).toMatch(/chip-none quiet/);
  // A completed and a closed order with nothing to act on: no badge at all.
  expect(await probe.badge('8198765432105678')).toBeNull();
  expect(await probe.badge('8195551112223334')).toBeNull();
  // The chip colour is the extension pages' own (components/theme.css --accent for "upcoming").
  expect(protection?.color).toBe('rgb(11, 107, 203)');
  // Drawn on top of the page's orders, beside their status, never over the page's own text.
  const box = (await probe.badge('8204417366541234'))?.box;
  const status = await page.getByText('Awaiting delivery').first().boundingBox();
  expect(box && status && box.x > status.x + status.width && box.y < status.y + status.height).toBe(true);
});

test('an order’s detail page: one badge, with the deadline the page counts down', async ({ context }) => {
  const detail = fixture('order-detail.8215000000000011');
  const page = await context.newPage();
  await page.goto(detail.url);
  const probe = await badgeProbe(page);
  await expect.poll(() => probe.slotIds()).toEqual(['8215000000000011']);
  // The page shows a running dispute with the seller's 4-day answer countdown: that is the headline,
  // not the protection countdown ("Käuferschutz: 30 Tage"), which does not apply while the dispute runs.
  const badge = await probe.badge('8215000000000011');
  expect(badge?.text).toMatch(/^Seller must respond to the dispute: /);
  expect(badge?.label).toMatch(/, in 4 days( \d+ hours?)? \(stated by the page\)/);
  expect(badge?.className).not.toMatch(/chip-none/);
  // Beside the page's status heading, on its line.
  const box = badge?.box;
  const heading = await page.getByText('Warten auf Lieferung').boundingBox();
  expect(box && heading && box.y < heading.y + heading.height && box.y + box.height > heading.y).toBe(true);
});

test('keyboard: Tab reaches the badges after the page’s own controls; Enter opens the panel, Escape closes it', async ({
  context,
}) => {
  const { page, probe } = await openSampleList(context);
  await page.getByRole('button', { name: 'Buy this again' }).focus();
  await page.keyboard.press('Tab');
  await expect.poll(() => probe.focused()).toBe('badge:8204417366541234');
  const first = await probe.badge('8204417366541234');
  expect(first?.expanded).toBe('false');
  expect(first?.controls).toBe('bg-panel-8204417366541234');

  await page.keyboard.press('Enter');
  await expect.poll(async () => (await probe.panel('8204417366541234'))?.visible).toBe(true);
  expect((await probe.badge('8204417366541234'))?.expanded).toBe('true');
  await expect.poll(() => probe.focused()).toBe('panel:8204417366541234');
  const panel = await probe.panel('8204417366541234');
  expect(panel).toMatchObject({ role: 'dialog', name: 'Wait for the parcel' });
  expect(panel?.detail).toMatch(/^Buyer protection ends: .+ — 12 days 5 hours left \(stated by the page\)$/);
  expect(panel?.buttons).toContain('Open the guide');
  // Focus is visible: the theme's ring on the badge, inside the shadow root.
  await page.keyboard.press('Tab');
  await expect.poll(() => probe.focused()).toBe('button:Close');

  await page.keyboard.press('Escape');
  await expect.poll(async () => (await probe.panel('8204417366541234'))?.visible).toBe(false);
  expect((await probe.badge('8204417366541234'))?.expanded).toBe('false');
  await expect.poll(() => probe.focused()).toBe('badge:8204417366541234');
  expect((await probe.badge('8204417366541234'))?.outlineStyle).toBe('solid');

  // Space opens too, and Tab moves on to the next order's badge after the panel.
  await page.keyboard.press('Tab');
  await expect.poll(() => probe.focused()).toBe('badge:8211002233445566');
  await page.keyboard.press('Space');
  await expect.poll(async () => (await probe.panel('8211002233445566'))?.visible).toBe(true);
});

test('"Open the guide" opens Buyer Guard’s guide on that order', async ({ context, serviceWorker, extensionId }) => {
  const { page, probe } = await openSampleList(context);
  // The popup may consume the key as soon as it opens: record every value the background sets.
  await serviceWorker.evaluate(() => {
    const seen: string[] = [];
    Object.assign(globalThis, { guideOrdersSet: seen });
    chrome.storage.session.onChanged.addListener((changes) => {
      const value = changes.guideOrderId?.newValue;
      if (typeof value === 'string') seen.push(value);
    });
  });
  await probe.clickBadge('8207770001112223');
  await expect.poll(async () => (await probe.panel('8207770001112223'))?.visible).toBe(true);
  await probe.clickPanelButton('8207770001112223', 'Open the guide');

  const cdp = await context.newCDPSession(page);
  const popupUrl = `chrome-extension://${extensionId}/popup.html`;
  const opened = async () => {
    const { targetInfos } = await cdp.send('Target.getTargets');
    const urls = targetInfos.filter((target) => target.type === 'page').map((target) => target.url);
    const remembered = await serviceWorker.evaluate(
      () => (globalThis as unknown as { guideOrdersSet: string[] }).guideOrdersSet,
    );
    if (urls.includes(`${popupUrl}?order=8207770001112223`)) return 'tab on the order';
    if (urls.includes(popupUrl) && remembered.includes('8207770001112223')) return 'popup on the order';
    return 'nothing yet';
  };
  await expect.poll(opened).toMatch(/on the order$/);
  await expect.poll(async () => (await probe.panel('8207770001112223'))?.visible).toBe(false);
});

test('the badges never shift or restyle the page, with or without a panel open', async ({ context }) => {
  const page = await context.newPage();
  // The page's layout as it was before Buyer Guard drew anything (the badges wait for the page to settle).
  await page.addInitScript(() => {
    addEventListener('DOMContentLoaded', () => {
      const snapshot = [...document.querySelectorAll('*')].map((element) => {
        const { x, y, width, height } = element.getBoundingClientRect();
        return [element.tagName, x, y, width, height].join('|');
      });
      Object.assign(window, { layoutBeforeBadges: snapshot });
    });
  });
  await page.goto(SAMPLE_ORDER_LIST_URL);
  const probe = await badgeProbe(page);
  await expect.poll(() => probe.slotIds()).toHaveLength(SAMPLE_ORDER_IDS.length);
  const before = await page.evaluate(() => (window as unknown as { layoutBeforeBadges: string[] }).layoutBeforeBadges);
  const after = await page.evaluate(() =>
    [...document.querySelectorAll('*')]
      .filter((element) => element.tagName !== 'BUYER-GUARD-BADGES')
      .map((element) => {
        const { x, y, width, height } = element.getBoundingClientRect();
        return [element.tagName, x, y, width, height].join('|');
      }),
  );
  expect(after).toEqual(before);

  // The same, finer (styles too), by taking the layer out and putting it back, closed and open.
  for (const openPanel of [false, true]) {
    if (openPanel) {
      await probe.clickBadge('8207770001112223');
      await expect.poll(async () => (await probe.panel('8207770001112223'))?.visible).toBe(true);
    }
    const withBadges = await pageLayout(page);
    const host = await layer(page).elementHandle();
    await page.evaluate((element) => element?.remove(), host);
    const without = await pageLayout(page);
    await page.evaluate((element) => element && document.documentElement.append(element), host);
    expect(withBadges).toEqual(without);
  }
  expect((await probe.panel('8207770001112223'))?.visible).toBe(true);
  // The panel stays inside what the page already spans: no new scrollbar, no scroll height gained.
  const spans = await page.evaluate(() => [document.documentElement.scrollWidth, document.documentElement.clientWidth]);
  expect(spans[0]).toBe(spans[1]);
});

test('an open panel sits above every other badge: the next order’s badge never covers its text (800px, dark)', async ({
  context,
}) => {
  const page = await context.newPage();
  await page.setViewportSize({ width: 800, height: 900 });
  await page.emulateMedia({ colorScheme: 'dark' });
  const { probe } = await (async () => {
    await page.goto(SAMPLE_ORDER_LIST_URL);
    const found = await badgeProbe(page);
    await expect.poll(() => found.slotIds()).toEqual(SAMPLE_ORDER_IDS);
    return { probe: found };
  })();
  // Each open panel in turn: wherever another badge lies under it, the panel is what is on top there.
  for (const orderId of SAMPLE_ORDER_IDS.slice(0, -1)) {
    await probe.clickBadge(orderId);
    await expect.poll(async () => (await probe.panel(orderId))?.visible).toBe(true);
    const overlaps = await probe.inLayer((root, id) => {
      const panel = root.querySelector(`#bg-panel-${id}`) as HTMLElement;
      const p = panel.getBoundingClientRect();
      const covered: string[] = [];
      const others = [...root.querySelectorAll<HTMLElement>('button.badge')].filter(
        (b) => !panel.parentElement?.contains(b),
      );
      let shared = 0;
      for (const other of others) {
        const b = other.getBoundingClientRect();
        const left = Math.max(p.left, b.left);
        const right = Math.min(p.right, b.right);
        const top = Math.max(p.top, b.top);
        const bottom = Math.min(p.bottom, b.bottom);
        if (right <= left || bottom <= top) continue;
        shared++;
        // The centre of the shared area: what the buyer sees there is the panel, not the other badge.
        const hit = root.elementFromPoint((left + right) / 2, (top + bottom) / 2);
        if (!hit || !panel.contains(hit)) covered.push(other.closest<HTMLElement>('.slot')?.dataset.orderId ?? '?');
      }
      return { shared, covered };
    }, orderId);
    expect(overlaps?.covered, `the panel of ${orderId} is covered`).toEqual([]);
    await page.keyboard.press('Escape');
    await expect.poll(async () => (await probe.panel(orderId))?.visible).toBe(false);
  }
  // The check above is not empty: at 800px the first order's panel does reach over the next badge. The panel
  // is measured unseen and moved into place a frame later, so this waits until it is shown where it goes.
  const first = SAMPLE_ORDER_IDS[0] as string;
  await probe.clickBadge(first);
  await expect.poll(async () => (await probe.panel(first))?.visible).toBe(true);
  await expect
    .poll(() =>
      probe.inLayer((root, id) => {
        const p = (root.querySelector(`#bg-panel-${id}`) as HTMLElement).getBoundingClientRect();
        return [...root.querySelectorAll<HTMLElement>('.slot')]
          .filter((slot) => slot.dataset.orderId !== id)
          .some((slot) => {
            const b = (slot.querySelector('button.badge') as HTMLElement).getBoundingClientRect();
            return b.left < p.right && b.right > p.left && b.top < p.bottom && b.bottom > p.top;
          });
      }, first),
    )
    .toBe(true);
});

test('dark mode: the badges follow the system inside their shadow root, whatever the page does', async ({
  context,
}) => {
  const page = await context.newPage();
  await page.emulateMedia({ colorScheme: 'dark' });
  await page.goto(SAMPLE_ORDER_LIST_URL);
  const probe = await badgeProbe(page);
  await expect.poll(async () => (await probe.badge('8204417366541234'))?.visible).toBe(true);
  const badge = await probe.badge('8204417366541234');
  // components/theme.css dark: --bg #15171a, --accent #6cb4ff.
  expect(badge?.background).toBe('rgb(21, 23, 26)');
  expect(badge?.color).toBe('rgb(108, 180, 255)');
  // The page itself is untouched (its own light background).
  expect(await page.evaluate(() => getComputedStyle(document.body).backgroundColor)).toBe('rgb(245, 245, 245)');
});

test('"View orders" (SPA load more): new orders get badges, none twice, after repeated readings', async ({
  context,
}) => {
  await serveSavedApiResponses(context);
  const list = fixture('order-list.mtop.en');
  // The two orders "View orders" brings are finished (completed, closed): nothing to act on, no badge. One
  // of them is shown still on its way here, so a loaded order with something to watch gets its badge.
  const html = readFileSync(list.html, 'utf8');
  const loaded = html.indexOf('8000999000110000');
  const status = html.lastIndexOf('order-item-header-status-text">Completed<', loaded);
  const body = `${html.slice(0, status)}${html.slice(status).replace('>Completed<', '>Awaiting delivery<')}`;
  await servePageAt(context, list.url, body);
  const page = await context.newPage();
  await page.goto(list.url);
  const probe = await badgeProbe(page);
  // The completed 8000555444700000 has nothing to act on: no badge.
  await expect.poll(() => probe.slotIds()).toEqual(['8000222333270000', '8000777888990000']);
  await page.getByRole('button', { name: 'View orders' }).click();
  await expect.poll(() => probe.slotIds()).toHaveLength(3);
  // More readings (scrolling wakes the page watcher) change nothing.
  for (let i = 0; i < 3; i++) {
    await page.mouse.wheel(0, 200);
    await page.waitForTimeout(400);
  }
  expect(await probe.slotIds()).toEqual(['8000222333270000', '8000777888990000', '8000999000110000']);
  await expect(layer(page)).toHaveCount(1);
});

test('an SPA route away from the orders removes every badge', async ({ context }) => {
  const { page } = await openSampleList(context);
  await page.evaluate(() => {
    history.pushState(null, '', '/p/tracking/index.html?tradeOrderId=8204417366541234');
    document
      .querySelector('#root')
      ?.replaceChildren(Object.assign(document.createElement('h1'), { textContent: 'Tracking' }));
  });
  await expect(layer(page)).toHaveCount(0);
});

test('an extension update or removal (context invalidated) leaves nothing behind on the open page', async ({
  context,
  serviceWorker,
}) => {
  const { page } = await openSampleList(context);
  await serviceWorker.evaluate(() => chrome.runtime.reload());
  // The orphaned script notices on its next look at the page (or within 10 s on a quiet one).
  await page.mouse.wheel(0, 100);
  await expect(layer(page)).toHaveCount(0, { timeout: 12_000 });
});

test('the badge layer’s file is loaded with the first badges to draw, and never on a page badges do not belong on', async ({
  context,
}) => {
  await serveSavedApiResponses(context);
  // The reader times the layer's import (buyer-guard:badges-loaded) when it makes it; the page's resource timing
  // does not see a content script's imports.
  const loaded = (page: Page) =>
    page.evaluate(() => performance.getEntriesByName('buyer-guard:badges-loaded').length > 0);
  // A returns/refunds case: read and answered, but no badge belongs there.
  const caseFixture = fixture('dispute.8240000000000011.en');
  await servePageAt(context, caseFixture.url, readFileSync(caseFixture.html, 'utf8'));
  const dispute = await context.newPage();
  await dispute.goto(caseFixture.url);
  await expect
    .poll(() => dispute.evaluate(() => performance.getEntriesByName('buyer-guard:badges').length), { timeout: 15_000 })
    .toBeGreaterThan(0);
  expect(await loaded(dispute)).toBe(false);
  await expect(layer(dispute)).toHaveCount(0);
  // My Orders: the first reply has badges; the layer is loaded to draw them.
  const { page } = await openSampleList(context);
  expect(await loaded(page)).toBe(true);
});
