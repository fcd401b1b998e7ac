import { readFile } from 'node:fs/promises';
import path from 'node:path';
import { expect, test } from './fixtures';
import { EXTENSION_DIR } from './launch';

test.describe('a Spanish browser', () => {
  test.use({ chromiumArgs: ['--lang=es'] });

  test('gets Buyer Guard in Spanish without choosing anything', async ({ openExtensionPage }) => {
    const options = await openExtensionPage('options.html');
    await expect(options.getByRole('heading', { name: 'Idioma', exact: true })).toBeVisible();
    await expect(options.locator('html')).toHaveAttribute('lang', 'es');
    await expect(options.getByRole('combobox', { name: 'Idioma de Buyer Guard' })).toHaveValue('auto');
  });
});

test('a language chosen in settings applies to every page at once', async ({ openExtensionPage }) => {
  const options = await openExtensionPage('options.html');
  await expect(options.getByRole('heading', { name: 'Language', exact: true })).toBeVisible();
  const popup = await openExtensionPage('popup.html');
  await expect(popup.locator('html')).toHaveAttribute('lang', 'en');

  await options.getByRole('combobox', { name: 'Buyer Guard’s language' }).selectOption('pl');
  await expect(options.getByRole('heading', { name: 'Język', exact: true })).toBeVisible();
  await expect(options.locator('html')).toHaveAttribute('lang', 'pl');
  // The popup, already open, follows the stored choice without a reload.
  await expect(popup.locator('html')).toHaveAttribute('lang', 'pl');
});

test('the manifest names the extension in each language the extension speaks', async () => {
  const manifest = JSON.parse(await readFile(path.join(EXTENSION_DIR, 'manifest.json'), 'utf8'));
  expect(manifest.name).toBe('__MSG_extName__');
  expect(manifest.default_locale).toBe('en');
  for (const folder of ['en', 'es', 'fr', 'pt_BR', 'de', 'ru', 'pl']) {
    const messages = JSON.parse(await readFile(path.join(EXTENSION_DIR, '_locales', folder, 'messages.json'), 'utf8'));
    expect(messages.extName.message, folder).toBe('Buyer Guard');
    expect(messages.extDescription.message.length, folder).toBeGreaterThan(40);
  }
  // Any Portuguese browser (pt_PT falls back to pt) gets the Brazilian texts.
  const portuguese = JSON.parse(await readFile(path.join(EXTENSION_DIR, '_locales/pt/messages.json'), 'utf8'));
  expect(portuguese.localeCode.message).toBe('pt-BR');
});
