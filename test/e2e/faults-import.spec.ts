import { foreignZip, lyingZip, truncatedZip, zipBomb } from '../fixtures/backups/hostile-zips';
import { backupWith } from './backup-data';
import { countRows, sendFromPage, uploadFromPage } from './extension-page';
import { liveWorker } from './fault-helpers';
import { expect, test } from './fixtures';

// Broken and hostile backup files chosen in the options page (the real file input): each is
// refused with a sentence that says why, nothing changes, nothing stays staged, and the worker
// is still there to answer.

const good = backupWith([{ orderId: '8100000000000001' }, { orderId: '8100000000000002' }]);

test('a truncated, foreign, lying or bomb-like archive chosen in the options page changes nothing', async ({
  context,
  openExtensionPage,
}) => {
  test.setTimeout(90_000);
  const page = await openExtensionPage('options.html');
  const seeded = await sendFromPage(page, 'importBackup', {
    uploadId: await uploadFromPage(page, good),
    mode: 'merge',
  });
  expect(seeded).toMatchObject({ ok: true, data: { ok: true, orders: 2 } });
  const bomb = zipBomb(40);
  expect(bomb.zip.length).toBeLessThan(4 * 1024 * 1024);
  expect(bomb.unpackedBytes).toBeGreaterThan(2 * 1024 ** 3);

  const files: [string, Uint8Array | string, RegExp][] = [
    ['cut-off.zip', truncatedZip(good), /damaged: it is not a readable ZIP archive/],
    ['holiday.zip', foreignZip(), /not a Buyer Guard backup \(it has no buyer-guard-backup\.json\)/],
    ['lying-sizes.zip', lyingZip(), /holds more than its header says/],
    ['bomb.zip', bomb.zip, /unpacks to more than Buyer Guard can import at once/],
    ['package.json', JSON.stringify({ name: 'something-else', version: '1.0.0' }), /not a Buyer Guard backup/],
  ];
  const input = page.getByLabel('Backup file (.json or .zip)');
  const status = page.getByTestId('data-status');
  for (const mode of [
    'Replace everything here with the backup',
    'Add to what is here (the newer copy of an order wins)',
  ]) {
    await page.getByLabel(mode).check();
    for (const [name, content, reason] of files) {
      const started = Date.now();
      await input.setInputFiles({
        name,
        mimeType: name.endsWith('.zip') ? 'application/zip' : 'application/json',
        buffer: Buffer.from(content),
      });
      await expect(status).toHaveText(/^Nothing was changed\. /, { timeout: 30_000 });
      await expect(status).toHaveText(reason);
      await expect(status).toHaveAttribute('role', 'alert');
      test.info().annotations.push({ type: name, description: `refused in ${Date.now() - started} ms` });
      expect(await countRows(page, 'orders')).toBe(2);
      expect(await countRows(page, 'uploads')).toBe(0);
    }
  }
  // The worker survived all of it and still imports a good file.
  expect(await (await liveWorker(context, page)).evaluate(() => chrome.runtime.id)).toBeTruthy();
  await input.setInputFiles({
    name: 'good.json',
    mimeType: 'application/json',
    buffer: Buffer.from(backupWith([{ orderId: '8100000000000003' }])),
  });
  await expect(status).toHaveText(/^Imported 1 order,/);
  expect(await countRows(page, 'orders')).toBe(3);
});
