import AxeBuilder from '@axe-core/playwright';
import { expect, test } from './fixtures';
import { dropPictures, MEASURED, ORDER_ID, seedOrder, storedEvidence, workspaceUrl } from './workspace-helpers';

// The workspace in the buyer's language (a Spanish browser, nothing chosen in settings), and "Save all":
// two photos that fit are saved with one click, a refused video stays with its reason.

test.describe.configure({ timeout: 90_000 });
test.use({ chromiumArgs: ['--lang=es'] });

test('a Spanish browser gets the workspace in Spanish, and "Guardar todo" saves the two photos that fit', async ({
  context,
  extensionId,
}) => {
  const page = await context.newPage();
  const errors: string[] = [];
  page.on('pageerror', (error) => errors.push(String(error)));
  await page.goto(workspaceUrl(extensionId));
  await seedOrder(page);
  // What the browser reports, named in the failure: the extension's own locale decides (lib/i18n/browser-languages.ts).
  const tags = await page.evaluate(() => [
    chrome.i18n.getMessage('localeCode'),
    chrome.i18n.getUILanguage(),
    ...navigator.languages,
  ]);
  await expect(
    page.getByRole('heading', { name: `Pedido ${ORDER_ID}`, exact: true }),
    `browser language tags: ${tags.join(', ')}`,
  ).toBeVisible(MEASURED);
  await expect(page.locator('html')).toHaveAttribute('lang', 'es', { timeout: 15_000 });
  await expect(page).toHaveTitle(`Pruebas del pedido ${ORDER_ID} — Buyer Guard`);
  await expect(page.getByRole('heading', { name: '¿Dónde vas a subirlas?' })).toBeVisible();
  await expect(page.getByTestId('limits')).toHaveText('Hasta 5 archivos, 5 MB cada uno; JPEG, PNG, MP4, ZIP.');
  await expect(page.getByText('De dónde salen estos límites')).toBeVisible();
  await expect(page.getByTestId('stored-count')).toHaveText('Guardados: 0 de 5 archivos, 0 bytes');
  // The pack waits for a saved file and says why, in Spanish.
  await expect(page.getByRole('button', { name: 'Descargar el paquete de pruebas' })).toBeDisabled();
  await expect(page.getByTestId('pack-disabled-reason')).toHaveText(
    'Guarda antes al menos un archivo: el paquete contiene tus pruebas guardadas.',
  );

  await dropPictures(page, [
    { name: 'caja.jpg', paint: 'scene' },
    { name: 'esquina.jpg', paint: 'scene', width: 1200, height: 900 },
    { name: 'video.mp4', paint: 'bytes', size: 6 * 1024 * 1024, type: 'video/mp4' },
  ]);
  await expect(page.getByRole('heading', { name: 'Sin guardar (3)' })).toBeVisible();
  const refused = page.locator('li.card.pending').filter({ hasText: 'video.mp4' });
  await expect(refused.getByTestId('verdict')).toHaveText('No se acepta: 6 MB supera el límite de 5 MB en 1 MB.');
  await expect(page.locator('li.card.pending').filter({ hasText: 'caja.jpg' })).toContainText(
    'Cabe en el formulario: Disputa de AliExpress.',
  );
  // One primary action: "Guardar todo" with the two files that fit (the cards' own Save buttons step back).
  const saveAll = page.getByRole('button', { name: 'Guardar todo (2)' });
  await expect(saveAll).toBeVisible();
  await expect(saveAll).toHaveClass(/\bprimary\b/);
  await expect(page.locator('button.primary')).toHaveCount(1);
  await saveAll.click();

  await expect
    .poll(async () => (await storedEvidence(page)).map((row) => row.name).sort(), MEASURED)
    .toEqual(['caja.jpg', 'esquina.jpg']);
  await expect(page.getByRole('heading', { name: 'Pruebas guardadas (2)' })).toBeVisible();
  await expect(page.getByRole('status').filter({ hasText: 'guardados' })).toHaveText(
    '2 archivos guardados; 1 archivo sigue esperando: mira el motivo en su tarjeta.',
  );
  // The refused video is still there, with its reason.
  await expect(page.locator('li.card.pending')).toHaveCount(1);
  await expect(refused.getByTestId('verdict')).toBeVisible();
  // Saved files read in Spanish: kind, size and the time in the buyer's locale.
  await expect(page.locator('li.card.stored').filter({ hasText: 'caja.jpg' })).toContainText(
    /Foto · caja\.jpg · [\d,]+ (KB|MB) · añadido el \d{1,2} \S+ \d{4}, \d{1,2}:\d\d/,
  );
  await expect(page.getByRole('button', { name: 'Descargar el paquete de pruebas' })).toBeEnabled();
  await expect(page.getByTestId('pack-disabled-reason')).toHaveCount(0);
  // Spanish wording keeps the page accessible (labels, names, contrast).
  const violations = (await new AxeBuilder({ page }).analyze()).violations.filter(
    (violation) => violation.impact === 'serious' || violation.impact === 'critical',
  );
  expect(violations.map((violation) => violation.id)).toEqual([]);
  expect(errors).toEqual([]);
});
