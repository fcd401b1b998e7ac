import { readFileSync } from 'node:fs';
import path from 'node:path';
import { SAMPLE_ORDER_LIST_URL } from '../fixtures/aliexpress/sample-site';
import { badgeProbe } from './badge-probe';
import { expect, test } from './fixtures';
import { ROOT } from './launch';

// The tracking page shows its order's badge too, by the page's header (the page does not show the order's
// id: it is in the address, `tradeOrderId`). When the parcel's tracking has not moved for weeks
// (TRACKING_SILENT_DAYS), the badge's panel says so — the advisor's own fact, in its words.

const ORDER = '8204417366541234';
const TRACKING_URL = `https://www.aliexpress.com/p/tracking/index.html?_addShare=no&_login=yes&tradeOrderId=${ORDER}`;
const FIXTURE = path.join(ROOT, `test/fixtures/aliexpress/tracking.${ORDER}.html`);
const DAY = 86_400_000;

/** "2026-10-31 09:12:00": a tracking event's time as the page writes it, `days` before now (UTC, the test browser's zone). */
function daysAgo(days: number): string {
  return new Date(Date.now() - days * DAY).toISOString().slice(0, 19).replace('T', ' ');
}

test('the tracking page: one badge by its header, and the panel says the tracking has been silent', async ({
  context,
}) => {
  // My Orders first: there the order is on its way ("Awaiting delivery").
  const list = await context.newPage();
  await list.goto(SAMPLE_ORDER_LIST_URL);
  const listProbe = await badgeProbe(list);
  await expect.poll(() => listProbe.slotIds()).toContain(ORDER);
  await list.close();

  // Its tracking page, with the parcel's last movement 30 days ago (the fixture's events moved back in time).
  const html = readFileSync(FIXTURE, 'utf8')
    .replace('2026-11-18 22:43:10', daysAgo(30))
    .replace('2026-11-17 08:02:51', daysAgo(31))
    .replace('2026-10-30 09:12:00', daysAgo(45))
    .replace('2026-10-28 14:05:33', daysAgo(47));
  await context.route(
    (url) => url.href === TRACKING_URL,
    (route) => route.fulfill({ contentType: 'text/html; charset=utf-8', body: html }),
  );
  const page = await context.newPage();
  await page.goto(TRACKING_URL);
  const probe = await badgeProbe(page);
  await expect.poll(() => probe.slotIds()).toEqual([ORDER]);
  const badge = await probe.badge(ORDER);
  expect(badge?.visible).toBe(true);
  expect(badge?.label).toContain(`Buyer Guard, order ${ORDER}: show the next step`);
  // By the header (status "In transit", the estimated delivery), not over the list of events.
  const header = await page.locator('[class*="logistic-info-v2--header--"]').boundingBox();
  const box = badge?.box;
  expect(header && box).toBeTruthy();
  if (header && box) {
    expect(box.y).toBeGreaterThanOrEqual(header.y);
    expect(box.y + box.height).toBeLessThanOrEqual(header.y + header.height);
    expect(box.x + box.width).toBeLessThanOrEqual(header.x + header.width);
  }
  // Nothing of the header's own text is covered: at the middle of each line of its text, the page is on top.
  const covered = await page.evaluate(() => {
    const header = document.querySelector('[class*="logistic-info-v2--header--"]');
    const range = document.createRange();
    const hidden: string[] = [];
    const texts = header ? document.createTreeWalker(header, NodeFilter.SHOW_TEXT) : undefined;
    for (let node = texts?.nextNode(); node; node = texts?.nextNode()) {
      range.selectNodeContents(node);
      for (const rect of range.getClientRects()) {
        const hit = document.elementFromPoint(rect.left + rect.width / 2, rect.top + rect.height / 2);
        if (hit?.tagName === 'BUYER-GUARD-BADGES') hidden.push(node.nodeValue ?? '');
      }
    }
    return hidden;
  });
  expect(covered).toEqual([]);

  await probe.clickBadge(ORDER);
  await expect.poll(async () => (await probe.panel(ORDER))?.visible).toBe(true);
  expect((await probe.panel(ORDER))?.text).toMatch(/Tracking has not moved for (29|30|31) days/);
});
