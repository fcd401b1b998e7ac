import type { Page } from '@playwright/test';
import { expect } from './fixtures';

/**
 * Driving the guide (components/orders/OrderView.tsx) as a buyer does: the "What's wrong?" choices,
 * the full list behind "Something else", and the folded sections below the next step.
 */

/** One of the big "What's wrong?" buttons, by its words. */
export async function chooseWhatsWrong(guide: Page, label: string | RegExp): Promise<void> {
  await guide.getByTestId('whats-wrong').getByRole('button', { name: label }).click();
  await expect(guide.getByTestId('problem-line')).toBeVisible();
}

/** "Something else": the full list, a reason, the buyer's own words, saved. */
export async function chooseFromFullList(guide: Page, reason: string, details?: string): Promise<void> {
  await guide.getByTestId('whats-wrong').getByRole('button', { name: 'Something else' }).click();
  await guide.getByLabel('Problem', { exact: true }).selectOption(reason);
  if (details !== undefined) await guide.getByLabel(/In your own words/).fill(details);
  await guide.getByRole('button', { name: 'Save', exact: true }).click();
  await expect(guide.getByTestId('problem-line')).toBeVisible();
}

/** Opens a folded section of the guide (Deadlines, Evidence, All texts, Journal…) by its summary. */
export async function openFold(guide: Page, summary: string | RegExp): Promise<void> {
  const fold = guide.locator('details.fold').filter({ has: guide.locator('summary', { hasText: summary }) });
  await fold.evaluate((details) => details.setAttribute('open', ''));
}

/** Opens every folded section (for a whole-view check: axe, a screenshot, text leaks). */
export async function openAllFolds(guide: Page): Promise<void> {
  for (const details of await guide.locator('details').all()) await details.evaluate((d) => d.setAttribute('open', ''));
}
