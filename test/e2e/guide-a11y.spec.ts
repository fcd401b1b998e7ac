import AxeBuilder from '@axe-core/playwright';
import type { Page } from '@playwright/test';
import { SAMPLE_ORDER_LIST_URL } from '../fixtures/aliexpress/sample-site';
import { expect, test } from './fixtures';
import { openAllFolds } from './guide-helpers';

// Accessibility of the problem-first guide and of the side panel, in English and in Spanish, in the light
// and the dark scheme: axe reports nothing serious or critical on "What's wrong?", its offer form and full
// list, the one next step with every fold open, and the side panel's list and order.
test.describe.configure({ timeout: 120_000 });

const EARBUDS = '8204417366541234';

async function seriousViolations(page: Page) {
  const results = await new AxeBuilder({ page }).analyze();
  return results.violations
    .filter((violation) => violation.impact === 'serious' || violation.impact === 'critical')
    .map((violation) => ({ id: violation.id, nodes: violation.nodes.map((node) => node.target.join(' ')) }));
}

for (const { lang, args } of [
  { lang: 'en', args: [] as string[] },
  { lang: 'es', args: ['--lang=es'] },
]) {
  test.describe(`in ${lang}`, () => {
    test.use({ chromiumArgs: args });

    for (const colorScheme of ['light', 'dark'] as const) {
      test(`axe: the guide and the side panel (${colorScheme})`, async ({ context, openExtensionPage }) => {
        const shop = await context.newPage();
        await shop.goto(SAMPLE_ORDER_LIST_URL);

        const guide = await openExtensionPage(`popup.html?order=${EARBUDS}`);
        await guide.emulateMedia({ colorScheme });
        await guide.setViewportSize({ width: 400, height: 600 });
        await expect(guide.locator('html')).toHaveAttribute('lang', lang, { timeout: 15_000 });
        const choices = guide.getByTestId('whats-wrong');
        await expect(choices).toBeVisible({ timeout: 10_000 });
        expect(await seriousViolations(guide), 'What’s wrong?').toEqual([]);

        // The offer form and the full list behind "Something else".
        await choices.locator('[data-choice="offer"]').click();
        await expect(guide.locator('form.offer-form')).toBeVisible();
        expect(await seriousViolations(guide), 'the offer form').toEqual([]);
        await guide.locator('.whats-wrong > button.quiet').click();
        await choices.locator('[data-choice="other"]').click();
        await expect(guide.locator('.whats-wrong select').first()).toBeVisible();
        expect(await seriousViolations(guide), 'the full list').toEqual([]);
        await guide.locator('.whats-wrong > button.quiet').click();

        // A problem chosen: the stepper, the one next step, and every fold open.
        await choices.locator('[data-choice="damaged"]').click();
        await expect(guide.getByTestId('problem-line')).toBeVisible();
        await expect(guide.locator('a.primary, button.primary').first()).toBeVisible();
        await openAllFolds(guide);
        expect(await seriousViolations(guide), 'the next step, folds open').toEqual([]);

        // The side panel following My Orders, then one order in it.
        const panel = await openExtensionPage('sidepanel.html');
        await panel.emulateMedia({ colorScheme });
        await panel.setViewportSize({ width: 400, height: 800 });
        await shop.bringToFront();
        await expect(panel.getByTestId('side-panel')).toHaveAttribute('data-view', 'list');
        await expect(panel.getByTestId('order-item').first()).toBeVisible();
        expect(await seriousViolations(panel), 'side panel list').toEqual([]);
        // axe finishes its run in a blank tab of its own, which the panel then follows: back to My Orders.
        await shop.bringToFront();
        await expect(panel.getByTestId('side-panel')).toHaveAttribute('data-view', 'list');
        await panel.getByTestId('order-item').filter({ hasText: 'Wireless Earbuds' }).click();
        await expect(panel.getByTestId('problem-line')).toBeVisible();
        await openAllFolds(panel);
        expect(await seriousViolations(panel), 'side panel order').toEqual([]);
      });
    }
  });
}
