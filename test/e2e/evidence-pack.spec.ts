import { expect, HARNESS_ORIGIN, test } from './evidence-harness';

// The evidence pack built in Chromium from real pictures, unzipped and its summary opened as a
// page: hostile page text must stay text, nothing may run or load, and it must print.

const HOSTILE_STORE = '<img src=x onerror=alert(1)>';
const HOSTILE_ITEM = '<script>alert("item")</script> \u202Egpj.exe';

test('an evidence pack from real pictures: files, manifest hashes and a summary that opens safely and prints', async ({
  harness,
}) => {
  const packed = await harness.evaluate(
    async ({ store, item }) => {
      const { buildEvidencePack, sceneBlob, sha256Hex, unzipSync } = evidenceHarness;
      const photo = await sceneBlob({ width: 1600, height: 1200 });
      const screenshot = await sceneBlob({ width: 1280, height: 720, type: 'image/png' });
      const meta = async (name: string, blob: Blob, kind: 'photo' | 'screenshot', caption: string) => ({
        id: name,
        orderId: '8190000000000001',
        kind,
        name,
        type: blob.type,
        size: blob.size,
        sha256: await sha256Hex(blob),
        caption,
        checklistItemIds: ['damaged.photos'],
        addedAt: Date.UTC(2026, 2, 19, 18, 0),
        warnings: [],
      });
      const zip = await buildEvidencePack({
        order: {
          marketplace: 'aliexpress',
          orderId: '8190000000000001',
          orderedOn: '2026-01-28',
          status: 'delivered',
          store: { name: store, url: 'javascript:alert(1)' },
          items: [{ title: item, quantity: 1, unitPrice: { amount: 19.99, currency: 'EUR' } }],
          total: { amount: 19.99, currency: 'EUR' },
        },
        deadlines: [
          {
            orderId: '8190000000000001',
            kind: 'buyer-protection-ends',
            dueAt: Date.UTC(2026, 3, 2, 12),
            source: 'page',
            ruleId: 'page.countdown',
            urgency: 'soon',
            label: 'Buyer protection ends',
          },
        ],
        journal: [{ at: Date.UTC(2026, 2, 19, 18, 5), kind: 'contacted-seller', text: store }],
        texts: [{ title: 'Dispute description', body: `The box arrived crushed.\n${item}` }],
        files: [
          { meta: await meta('IMG_2041.jpg', photo, 'photo', 'Crushed corner 📦'), blob: photo },
          { meta: await meta('tracking.png', screenshot, 'screenshot', store), blob: screenshot },
        ],
        generatedAt: Date.UTC(2026, 2, 20, 9, 30),
        timeZone: 'Europe/Berlin',
      });
      const entries = unzipSync(zip);
      const manifest = JSON.parse(new TextDecoder().decode(entries['manifest.json']));
      const hashesMatch = await Promise.all(
        manifest.files.map(
          async (file: { path: string; sha256: string }) =>
            (await sha256Hex(entries[file.path] ?? new Uint8Array())) === file.sha256,
        ),
      );
      return {
        zipSize: zip.length,
        names: Object.keys(entries).sort(),
        photoBytesEqual: entries['files/01-IMG_2041.jpg']?.length === photo.size,
        manifest,
        hashesMatch,
        summary: new TextDecoder().decode(entries['summary.html']),
      };
    },
    { store: HOSTILE_STORE, item: HOSTILE_ITEM },
  );
  expect(packed.names).toEqual(['files/01-IMG_2041.jpg', 'files/02-tracking.png', 'manifest.json', 'summary.html']);
  expect(packed.photoBytesEqual).toBe(true);
  expect(packed.hashesMatch).toEqual([true, true]);
  expect(packed.manifest).toMatchObject({ orderId: '8190000000000001', generatedAt: '2026-03-20T09:30:00.000Z' });

  // Open the summary as a real page under the harness origin: nothing may run, load or pop up.
  const dialogs: string[] = [];
  const requests: string[] = [];
  harness.on('dialog', (dialog) => {
    dialogs.push(dialog.message());
    void dialog.dismiss();
  });
  harness.on('request', (request) => requests.push(request.url()));
  await harness.route(`${HARNESS_ORIGIN}/summary.html`, (route) =>
    route.fulfill({ contentType: 'text/html; charset=utf-8', body: packed.summary }),
  );
  await harness.goto(`${HARNESS_ORIGIN}/summary.html`);
  await expect(harness.getByRole('heading', { level: 1 })).toHaveText(
    'Evidence pack: AliExpress order 8190000000000001',
  );
  await expect(harness.getByRole('row', { name: /Store/ })).toContainText(HOSTILE_STORE);
  await expect(harness.locator('body')).toContainText('<script>alert("item")</script> [U+202E]gpj.exe');
  // The one deadline formatter: 12:00 UTC is 2:00 PM in Berlin (CEST).
  await expect(harness.locator('body')).toContainText('Buyer protection ends');
  await expect(harness.locator('body')).toContainText('Apr 2, 2:00 PM');
  await expect(harness.getByRole('link', { name: 'files/01-IMG_2041.jpg' })).toHaveCount(0);
  await expect(harness.getByRole('link', { name: '01-IMG_2041.jpg' })).toHaveAttribute('href', 'files/01-IMG_2041.jpg');
  expect(await harness.locator('script, img, a[href^="javascript"]').count()).toBe(0);
  expect(await harness.evaluate(() => typeof (globalThis as { evidenceHarness?: unknown }).evidenceHarness)).toBe(
    'undefined',
  );
  await harness.screenshot({ path: test.info().outputPath('summary.png'), fullPage: true });
  const pdf = await harness.pdf({ format: 'A4' });
  expect(pdf.subarray(0, 5).toString()).toBe('%PDF-');
  await harness.waitForTimeout(200);
  expect(dialogs).toEqual([]);
  expect(requests).toEqual([`${HARNESS_ORIGIN}/summary.html`]);
});
