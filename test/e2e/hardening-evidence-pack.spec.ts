import { createHash } from 'node:crypto';
import { mkdir, readFile, writeFile } from 'node:fs/promises';
import path from 'node:path';
import { pathToFileURL } from 'node:url';
import { strToU8, unzipSync, zipSync } from 'fflate';
import { backupJson } from './backup-data';
import { expect, test } from './fixtures';

// Evidence of an active type (an SVG, an HTML page) reached through a backup is packed under an inert
// name and never linked from the summary (issue 12, break 9): the unpacked pack, opened from disk and
// clicked through, runs nothing.

test.describe.configure({ timeout: 90_000 });

const ORDER = '8198765432105678';
const sha256 = (bytes: Uint8Array) => createHash('sha256').update(bytes).digest('hex');
const JPEG = new Uint8Array([0xff, 0xd8, 0xff, 0xe0, 0, 16, 0x4a, 0x46, 0x49, 0x46, 0, 1]);
const SVG = strToU8(
  '<svg xmlns="http://www.w3.org/2000/svg" onload="alert(\'svg onload\')"><script>alert(\'svg script\')</script><rect width="9" height="9"/></svg>',
);
const HTML = strToU8('<!doctype html><title>receipt</title><script>alert("html script")</script><p>Receipt</p>');

function backupWithEvidence(): Uint8Array {
  const now = Date.now();
  const files = [
    { id: 'photo', name: 'photo.jpg', type: 'image/jpeg', bytes: JPEG },
    { id: 'drawing', name: 'drawing.svg', type: 'image/svg+xml', bytes: SVG },
    { id: 'receipt', name: 'receipt.html', type: 'text/html', bytes: HTML },
  ];
  const json = backupJson(
    [{ marketplace: 'aliexpress', orderId: ORDER, status: 'delivered', store: { name: 'Tools Store' } }],
    files.map(({ id, name, type, bytes }) => ({
      id,
      ref: `aliexpress:${ORDER}`,
      orderId: ORDER,
      kind: 'document',
      name,
      type,
      size: bytes.length,
      sha256: sha256(bytes),
      caption: name,
      checklistItemIds: [],
      addedAt: now,
      warnings: [],
      file: `evidence/${id}.bin`,
    })),
  );
  return zipSync({
    'buyer-guard-backup.json': strToU8(json),
    ...Object.fromEntries(files.map(({ id, bytes }) => [`evidence/${id}.bin`, bytes])),
  });
}

test('an SVG or HTML evidence file is packed as text and the unpacked summary, clicked through, runs nothing', async ({
  context,
  extensionId,
  openExtensionPage,
}) => {
  const dialogs: string[] = [];
  context.on('dialog', (dialog) => {
    dialogs.push(dialog.message());
    void dialog.dismiss().catch(() => undefined);
  });
  const options = await openExtensionPage('options.html');
  await options.getByLabel('Backup file (.json or .zip)').setInputFiles({
    name: 'with-evidence.zip',
    mimeType: 'application/zip',
    buffer: Buffer.from(backupWithEvidence()),
  });
  await expect(options.getByTestId('data-status')).toHaveText(/^Imported 1 order, 0 journal entries and 3 evidence/);

  const workspace = await context.newPage();
  await workspace.goto(`chrome-extension://${extensionId}/evidence.html?order=${ORDER}`);
  const downloading = workspace.waitForEvent('download');
  await workspace.getByRole('button', { name: 'Download evidence pack' }).click();
  const zip = unzipSync(new Uint8Array(await readFile((await (await downloading).path()) as string)));
  const files = Object.keys(zip)
    .filter((name) => name.startsWith('files/'))
    .sort();
  expect(files.map((name) => name.replace(/^files\/\d+-/, '')).sort()).toEqual([
    'drawing.svg.txt',
    'photo.jpg',
    'receipt.html.txt',
  ]);
  const pathOf = (name: string) => files.find((file) => file.endsWith(`-${name}`)) ?? '';

  // Unpacked on disk, as the buyer would, and opened from there.
  const folder = test.info().outputPath('pack');
  for (const [name, bytes] of Object.entries(zip)) {
    await mkdir(path.dirname(path.join(folder, name)), { recursive: true });
    await writeFile(path.join(folder, name), bytes);
  }
  // Files on this disk are local by definition (the network stays closed for everything else).
  await context.route(
    (url) => url.protocol === 'file:',
    (route) => route.continue(),
  );
  const summary = await context.newPage();
  const summaryUrl = pathToFileURL(path.join(folder, 'summary.html')).href;
  await summary.goto(summaryUrl);
  const links = await summary.locator('a[href^="files/"]').evaluateAll((all) => all.map((a) => a.getAttribute('href')));
  expect(links).toEqual([pathOf('photo.jpg')]);
  await expect(summary.getByText(pathOf('drawing.svg.txt').replace('files/', ''))).toBeVisible();
  for (const href of links) {
    await summary.locator(`a[href="${href}"]`).click();
    await summary.waitForTimeout(500);
    await summary.goto(summaryUrl);
  }
  // Even opened by hand, the kept-as-text files show their text.
  for (const name of [pathOf('drawing.svg.txt'), pathOf('receipt.html.txt')]) {
    await summary.goto(pathToFileURL(path.join(folder, name)).href);
    await expect(summary.locator('body')).toContainText('<script>');
  }
  await summary.waitForTimeout(300);
  expect(dialogs).toEqual([]);
});
