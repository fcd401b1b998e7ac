import AxeBuilder from '@axe-core/playwright';
import type { Page } from '@playwright/test';
import { sendFromPage } from './extension-page';
import { expect, test } from './fixtures';
import { dropPictures, MEASURED, ORDER_ID, seedOrder, storedEvidence, workspaceUrl } from './workspace-helpers';

// Accessibility of the workspace with evidence in it: axe finds nothing serious or critical in the
// light and the dark scheme, the keyboard reaches the file picker (the path besides drag-and-drop),
// and focus is visible.

// axe takes ~12 s a run on two busy cores.
test.describe.configure({ timeout: 90_000 });

async function workspaceWithEvidence(page: Page, extensionId: string): Promise<void> {
  await page.setViewportSize({ width: 1280, height: 900 });
  // A tab id that does not exist: the capture is refused, and the refusal is checked too.
  await page.goto(workspaceUrl(extensionId, 999_999));
  await seedOrder(page);
  await sendFromPage(page, 'setProblem', { orderId: ORDER_ID, problem: { reason: 'damaged' } });
  await expect(page.getByTestId('checklist-progress')).toBeVisible();
  await dropPictures(page, [
    { name: 'box.jpg', paint: 'scene' },
    { name: 'dark.jpg', paint: 'scene', darken: 0.85 },
  ]);
  const saveButtons = page.locator('li.card.pending').getByRole('button', { name: /^Save/ });
  await expect(saveButtons).toHaveCount(2);
  await expect(page.locator('[data-warning="too-dark"]')).toBeVisible(MEASURED);
  await page.locator('li.card.pending').first().getByLabel('Photos of the damage from several angles').check();
  await saveButtons.first().click();
  await expect.poll(async () => (await storedEvidence(page)).length).toBe(1);
  // Still pending: the dark photo with its warning, and a refused file.
  await dropPictures(page, [{ name: 'clip.mp4', paint: 'bytes', size: 6 * 1024 * 1024, type: 'video/mp4' }]);
  await expect(page.getByTestId('verdict')).toBeVisible();
}

async function seriousViolations(page: Page) {
  const results = await new AxeBuilder({ page }).analyze();
  return results.violations
    .filter((violation) => violation.impact === 'serious' || violation.impact === 'critical')
    .map((violation) => ({
      id: violation.id,
      impact: violation.impact,
      nodes: violation.nodes.map((node) => node.target.join(' ')),
    }));
}

for (const colorScheme of ['light', 'dark'] as const) {
  test(`axe: no serious or critical violations on the workspace with evidence (${colorScheme})`, async ({
    extensionId,
    context,
  }) => {
    const page = await context.newPage();
    await page.emulateMedia({ colorScheme });
    await workspaceWithEvidence(page, extensionId);
    expect(await seriousViolations(page)).toEqual([]);
    // The capture refusal and the delete confirmation are only there after a click: check them too.
    await page.getByRole('button', { name: 'Capture the AliExpress tab' }).click();
    await expect(page.getByRole('alert')).toContainText('closed');
    await page.locator('li.card.stored').getByRole('button', { name: 'Delete…' }).click();
    await expect(page.getByRole('alertdialog')).toBeVisible();
    expect(await seriousViolations(page)).toEqual([]);
  });
}

test('the keyboard reaches every control, focus is visible, and Enter on "Choose files…" opens the picker', async ({
  extensionId,
  context,
}) => {
  const page = await context.newPage();
  await page.goto(workspaceUrl(extensionId));
  await seedOrder(page);
  await expect(page.getByRole('button', { name: 'Choose files…' })).toBeVisible();

  const reached: string[] = [];
  for (let i = 0; i < 40 && !reached.includes('Choose files…'); i++) {
    await page.keyboard.press('Tab');
    const focused = await page.evaluate(() => {
      const element = document.activeElement as HTMLElement | null;
      const style = element ? getComputedStyle(element) : null;
      return {
        name: element?.textContent?.trim() || element?.getAttribute('aria-label') || element?.id || '',
        outline: style ? `${style.outlineStyle} ${style.outlineWidth}` : '',
      };
    });
    expect(focused.outline, `focus ring on ${focused.name}`).toMatch(/^(solid|auto) [1-9]/);
    reached.push(focused.name);
  }
  expect(reached).toContain('Choose files…');
  const chooser = page.waitForEvent('filechooser');
  await page.keyboard.press('Enter');
  expect((await chooser).isMultiple()).toBe(true);
});
