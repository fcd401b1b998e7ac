import type { Page } from '@playwright/test';
import { LOCALES } from '../../lib/i18n/locales';
import { SAMPLE_ORDER_LIST_URL } from '../fixtures/aliexpress/sample-site';
import { expect, test } from './fixtures';
import { openAllFolds } from './guide-helpers';

// Nothing in the popup is wider than the popup: in every language Buyer Guard speaks (German, Russian and
// Polish run longest), on the list and on one order's guide with every fold open, at the popup's 400 px and
// at 150 % zoom (device scale 1.5, as a zoomed browser draws it).
test.describe.configure({ timeout: 180_000 });

/** What sticks out to the right of the viewport, where no ancestor clips it (an ellipsis, a scroller). */
async function overflow(page: Page) {
  return page.evaluate(() => {
    const width = document.documentElement.clientWidth;
    const clipped = (element: Element) => {
      for (let node = element.parentElement; node && node !== document.body; node = node.parentElement) {
        if (getComputedStyle(node).overflowX !== 'visible') return true;
      }
      return false;
    };
    const out = [...document.body.querySelectorAll('*')]
      .filter((element) => {
        const box = element.getBoundingClientRect();
        return box.width > 0 && box.height > 0 && box.right > width + 0.5 && !clipped(element);
      })
      .map((element) => `${element.tagName.toLowerCase()}.${element.className} (${element.textContent?.slice(0, 40)})`);
    const scrolls = document.documentElement.scrollWidth > width;
    // When the page scrolls sideways, what is wider than the viewport: the message names the culprit.
    const wide = scrolls
      ? [...document.body.querySelectorAll('*')]
          .filter(
            (element) =>
              element.getBoundingClientRect().right > width + 0.5 &&
              element.childElementCount === 0 &&
              getComputedStyle(element).display !== 'block',
          )
          .map(
            (element) => `${element.tagName.toLowerCase()}.${element.className} (${element.textContent?.slice(0, 30)})`,
          )
          .slice(0, 10)
      : [];
    return { fits: { scrolls, out: out.slice(0, 5) }, wide };
  });
}

async function expectFits(page: Page, where: string) {
  const { fits, wide } = await overflow(page);
  expect(fits, `${where}; wider than the popup: ${JSON.stringify(wide)}`).toEqual({ scrolls: false, out: [] });
}

for (const scale of [1, 1.5]) {
  test(`the popup fits 400 px in every language (scale ${scale})`, async ({ context, openExtensionPage }) => {
    const shop = await context.newPage();
    await shop.goto(SAMPLE_ORDER_LIST_URL);
    const options = await openExtensionPage('options.html');
    const popup = await openExtensionPage('popup.html');
    const cdp = await context.newCDPSession(popup);
    await cdp.send('Emulation.setDeviceMetricsOverride', {
      width: 400,
      height: 600,
      deviceScaleFactor: scale,
      mobile: false,
    });
    await expect(popup.getByTestId('order-item').first()).toBeVisible({ timeout: 15_000 });

    for (const locale of LOCALES) {
      await options.locator('select[id$="-language"]').selectOption(locale);
      await expect(popup.locator('html')).toHaveAttribute('lang', locale, { timeout: 15_000 });
      await expect(popup.getByTestId('order-item').first()).toBeVisible();
      await expectFits(popup, `${locale}: the list`);

      // "What's wrong?" on an order with no problem yet; the next step on one whose problem is set.
      const items = popup.getByTestId('order-item');
      await items.filter({ hasNotText: 'Wireless Earbuds' }).first().click();
      await expect(popup.getByTestId('whats-wrong')).toBeVisible();
      await openAllFolds(popup);
      await expectFits(popup, `${locale}: What's wrong?`);
      await popup.getByRole('button', { name: /^←/ }).first().click();

      await items.filter({ hasText: 'Wireless Earbuds' }).click();
      if (locale === LOCALES[0]) await popup.locator('.whats-wrong [data-choice="not-received"]').click();
      await expect(popup.getByTestId('problem-line')).toBeVisible();
      await openAllFolds(popup);
      await expectFits(popup, `${locale}: the next step, folds open`);
      await popup.getByRole('button', { name: /^←/ }).first().click();
    }
  });
}
