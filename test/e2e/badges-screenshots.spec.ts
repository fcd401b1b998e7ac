import path from 'node:path';
import { SAMPLE_ORDER_LIST_URL } from '../fixtures/aliexpress/sample-site';
import { badgeProbe } from './badge-probe';
import { expect, test } from './fixtures';
import { ROOT } from './launch';

// The README's picture of the badges (as test/e2e/screenshots.spec.ts does for the popup): written to
// docs/screenshots/ by `npm run screenshots`, under test-results/ by a plain test run.
function target(name: string): string {
  return process.env.BUYER_GUARD_SCREENSHOTS ? path.join(ROOT, 'docs/screenshots', name) : test.info().outputPath(name);
}

test('screenshot: badges on My Orders, one panel open', async ({ context }) => {
  const page = await context.newPage();
  await page.setViewportSize({ width: 1140, height: 600 });
  await page.goto(SAMPLE_ORDER_LIST_URL);
  const probe = await badgeProbe(page);
  // Seven orders; the completed and the closed one have nothing to act on and get no badge.
  await expect.poll(() => probe.slotIds()).toHaveLength(5);
  await probe.clickBadge('8204417366541234');
  await expect
    .poll(() => probe.panel('8204417366541234'))
    .toMatchObject({ visible: true, name: 'Wait for the parcel' });
  await page.screenshot({ path: target('badges.png') });
});
