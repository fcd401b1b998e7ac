import type { BrowserContext } from '@playwright/test';
import { SAMPLE_ORDER_LIST_URL } from '../fixtures/aliexpress/sample-site';
import { badgeProbe } from './badge-probe';
import { expect, test } from './fixtures';

// The badges keep the buyer's plan from the page: their shadow root is closed, their panels and buttons
// answer only the buyer's own clicks and keys, and "Open the guide" opens one tab however often a page
// or the buyer asks (decided in the background).

const FIRST = '8204417366541234';
const SECOND = '8207770001112223';
/** The advisor's next step for the first order (its panel's title): private to the buyer. */
const ADVICE = 'Wait for the parcel';

async function guideTargets(context: BrowserContext, extensionId: string): Promise<string[]> {
  const cdp = await context.newCDPSession(context.pages()[0] ?? (await context.newPage()));
  const { targetInfos } = await cdp.send('Target.getTargets');
  await cdp.detach();
  return targetInfos
    .filter((target) => target.type === 'page' && target.url.startsWith(`chrome-extension://${extensionId}/popup.html`))
    .map((target) => target.url);
}

test('a page script cannot reach into the badges, open their panels, read the advice or open the guide', async ({
  context,
  extensionId,
}) => {
  // The page tries first to make every shadow root open: that changes its own world only.
  await context.addInitScript(() => {
    const attach = Element.prototype.attachShadow;
    Element.prototype.attachShadow = function (init: ShadowRootInit) {
      return attach.call(this, { ...init, mode: 'open' });
    };
  });
  const page = await context.newPage();
  await page.goto(SAMPLE_ORDER_LIST_URL);
  const probe = await badgeProbe(page);
  // Seven orders; the completed and the closed one have nothing to act on and get no badge.
  await expect.poll(() => probe.slotIds()).toHaveLength(5);
  const box = (await probe.badge(FIRST))?.box;
  if (!box) throw new Error('no badge for the first order');

  const seen = await page.evaluate(
    async ({ x, y }) => {
      const host = document.querySelector('buyer-guard-badges') as HTMLElement | null;
      const root = host?.shadowRoot ?? null;
      // With the root open (as it was), every badge and every "Open the guide" is one script click away.
      for (const button of root?.querySelectorAll<HTMLButtonElement>('button.badge') ?? []) {
        button.click();
        for (const inner of root?.querySelectorAll<HTMLButtonElement>('.panel button') ?? []) {
          if (inner.textContent === 'Open the guide') inner.click();
        }
        button.click();
      }
      const advice = [...(root?.querySelectorAll('.panel') ?? [])].map((panel) => panel.textContent ?? '').join(' ');
      // Closed, the page can still aim script events at the badge's place on the screen and at the host.
      const target = document.elementFromPoint(x, y);
      for (const type of ['pointerdown', 'mousedown', 'pointerup', 'mouseup', 'click']) {
        target?.dispatchEvent(
          new MouseEvent(type, { bubbles: true, composed: true, cancelable: true, clientX: x, clientY: y }),
        );
      }
      host?.click();
      host?.focus();
      for (const key of ['Enter', ' ']) {
        host?.dispatchEvent(new KeyboardEvent('keydown', { key, bubbles: true, composed: true }));
        host?.dispatchEvent(new KeyboardEvent('keyup', { key, bubbles: true, composed: true }));
      }
      await new Promise((resolve) => setTimeout(resolve, 500));
      return {
        hasRoot: root !== null,
        hit: target?.tagName.toLowerCase() ?? null,
        text: `${advice} ${document.documentElement.textContent ?? ''}`,
      };
    },
    { x: box.x + box.width / 2, y: box.y + box.height / 2 },
  );

  expect(seen.hasRoot).toBe(false);
  expect(seen.hit).toBe('buyer-guard-badges');
  expect(seen.text).not.toContain(ADVICE);
  for (const orderId of await probe.slotIds()) {
    expect((await probe.panel(orderId))?.visible, orderId).toBe(false);
    expect((await probe.badge(orderId))?.expanded, orderId).toBe('false');
  }
  await page.waitForTimeout(500);
  expect(await guideTargets(context, extensionId)).toEqual([]);

  // The buyer's own click still opens the panel, with the advice.
  await probe.clickBadge(FIRST);
  await expect.poll(async () => (await probe.panel(FIRST))?.visible).toBe(true);
  expect((await probe.panel(FIRST))?.name).toBe(ADVICE);
});

test('"Open the guide", asked for again and again, opens or focuses one guide tab, never several', async ({
  context,
  extensionId,
  serviceWorker,
}) => {
  // The toolbar popup cannot open here (as in Firefox, or without a focused window): the guide opens in a tab.
  await serviceWorker.evaluate(() => {
    chrome.action.openPopup = () => Promise.reject(new Error('openPopup is not available'));
  });
  const page = await context.newPage();
  await page.goto(SAMPLE_ORDER_LIST_URL);
  const probe = await badgeProbe(page);
  // Seven orders; the completed and the closed one have nothing to act on and get no badge.
  await expect.poll(() => probe.slotIds()).toHaveLength(5);
  for (const orderId of [FIRST, SECOND, FIRST, SECOND]) {
    await page.bringToFront();
    await probe.clickBadge(orderId);
    await expect.poll(async () => (await probe.panel(orderId))?.visible).toBe(true);
    await probe.clickPanelButton(orderId, 'Open the guide');
    await expect.poll(async () => (await probe.panel(orderId))?.visible).toBe(false);
  }
  await expect
    .poll(() => guideTargets(context, extensionId))
    .toEqual([`chrome-extension://${extensionId}/popup.html?order=${SECOND}`]);
  await page.waitForTimeout(500);
  expect(await guideTargets(context, extensionId)).toHaveLength(1);
});
