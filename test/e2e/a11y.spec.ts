import AxeBuilder from '@axe-core/playwright';
import type { Page } from '@playwright/test';
import { SAMPLE_ORDER_LIST_URL } from '../fixtures/aliexpress/sample-site';
import { expect, test } from './fixtures';
import { chooseFromFullList, openAllFolds } from './guide-helpers';

// Accessibility of the popup (order list and one order with everything open) and the options page:
// axe reports nothing serious or critical in the light and the dark scheme. (The workspace has its
// own: workspace-a11y.spec.ts.)
test.describe.configure({ timeout: 90_000 });

async function seriousViolations(page: Page) {
  const results = await new AxeBuilder({ page }).analyze();
  return results.violations
    .filter((violation) => violation.impact === 'serious' || violation.impact === 'critical')
    .map((violation) => ({ id: violation.id, nodes: violation.nodes.map((node) => node.target.join(' ')) }));
}

for (const colorScheme of ['light', 'dark'] as const) {
  test(`axe: popup list, order view and options (${colorScheme})`, async ({ context, openExtensionPage }) => {
    const shop = await context.newPage();
    await shop.goto(SAMPLE_ORDER_LIST_URL);
    const popup = await openExtensionPage('popup.html');
    await popup.emulateMedia({ colorScheme });
    await popup.setViewportSize({ width: 400, height: 600 });
    await expect(popup.getByTestId('order-item').first()).toBeVisible({ timeout: 10_000 });
    expect(await seriousViolations(popup), 'popup list').toEqual([]);

    await popup.getByTestId('order-item').filter({ hasText: 'Wireless Earbuds' }).click();
    await chooseFromFullList(popup, 'damaged');
    await openAllFolds(popup);
    await expect(popup.getByTestId('evidence-progress')).toBeVisible();
    await popup.getByRole('combobox', { name: 'What happened' }).selectOption('offer-accepted');
    await popup.getByRole('button', { name: 'Add to journal' }).click();
    await expect(popup.getByRole('button', { name: 'I understand, add it' })).toBeVisible();
    expect(await seriousViolations(popup), 'popup order view').toEqual([]);

    const options = await openExtensionPage('options.html');
    await options.emulateMedia({ colorScheme });
    await expect(options.getByRole('heading', { name: 'Reminders' })).toBeVisible();
    expect(await seriousViolations(options), 'options').toEqual([]);
  });
}
