// `npm run demo`: builds the extension, opens Chromium with it on the built-in sample
// AliExpress pages (routed locally, nothing goes online) and checks that it works there.
// With --headless or CI=true it only verifies and exits; otherwise the browser stays open.
import { spawnSync } from 'node:child_process';
import { badgeProbe } from '../test/e2e/badge-probe';
import { launchExtension } from '../test/e2e/launch';
import { SAMPLE_ORDER_LIST_URL } from '../test/fixtures/aliexpress/sample-site';

const headless = process.argv.includes('--headless') || Boolean(process.env.CI);

if (!process.argv.includes('--no-build')) {
  const build = spawnSync('npx', ['wxt', 'build'], { stdio: 'inherit' });
  if (build.status !== 0) process.exit(build.status ?? 1);
}

const { context, extensionId, strayRequests } = await launchExtension({ headless, keepWelcome: !headless });
try {
  const page = await context.newPage();
  await page.goto(SAMPLE_ORDER_LIST_URL);
  // The inline badges: one per order on the sample page, drawn in Buyer Guard's closed shadow root
  // (read here through the DevTools protocol, as the tests do: no page script can).
  const probe = await badgeProbe(page);
  const texts = async () =>
    (await probe.inLayer((root) => [...root.querySelectorAll('button.badge')].map((b) => b.textContent ?? ''))) ?? [];
  const deadline = Date.now() + 15_000;
  while ((await texts()).length === 0) {
    if (Date.now() > deadline) throw new Error('no badges on My Orders after 15 s');
    await page.waitForTimeout(250);
  }
  console.log(`Badges on My Orders:\n  ${(await texts()).join('\n  ')}`);

  const popup = await context.newPage();
  await popup.goto(`chrome-extension://${extensionId}/popup.html`);
  const status = popup.getByTestId('reading-status');
  await status.filter({ hasText: 'My Orders' }).waitFor({ timeout: 10_000 });
  // The list loads apart from the status line: wait for its first row, then count (none = failure).
  await popup
    .getByTestId('order-item')
    .first()
    .waitFor({ timeout: 10_000 })
    .catch(() => undefined);
  const listed = await popup.getByTestId('order-item').count();
  console.log(`Buyer Guard loaded (id ${extensionId}). Popup: ${await status.textContent()} ${listed} orders listed.`);
  if (listed === 0) throw new Error('the popup lists no orders');
  if (strayRequests.length) throw new Error(`Requests tried to leave the machine: ${strayRequests.join(', ')}`);

  if (headless) {
    console.log('Demo check passed.');
  } else {
    await page.bringToFront();
    console.log(`Sample pages: ${SAMPLE_ORDER_LIST_URL} (served locally). Close the browser to end the demo.`);
    await new Promise((resolve) => context.on('close', resolve));
  }
} catch (error) {
  console.error('Demo check failed:', error instanceof Error ? error.message : error);
  process.exitCode = 1;
} finally {
  if (headless) await context.close();
}
