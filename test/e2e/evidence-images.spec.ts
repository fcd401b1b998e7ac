import { expect, test } from './evidence-harness';

// Image quality and fitting on real Chromium: createImageBitmap, OffscreenCanvas, convertToBlob.

test('analyseImageBlob warns on a dark, a blurred and a small photo, and not on a good one', async ({ harness }) => {
  const results = await harness.evaluate(async () => {
    const { analyseImageBlob, sceneBlob } = evidenceHarness;
    const cases = {
      sharp: await sceneBlob({ width: 1600, height: 1200 }),
      sharpNoisy: await sceneBlob({ width: 1600, height: 1200, noise: 12 }),
      blurred: await sceneBlob({ width: 1600, height: 1200, blur: 8 }),
      dark: await sceneBlob({ width: 1600, height: 1200, darken: 0.85 }),
      small: await sceneBlob({ width: 400, height: 300 }),
      portraitPng: await sceneBlob({ width: 900, height: 1600, type: 'image/png' }),
    };
    const out: Record<string, unknown> = {};
    for (const [name, blob] of Object.entries(cases)) out[name] = await analyseImageBlob(blob);
    return out;
  });
  const warnings = (name: string) => (results[name] as { warnings: string[] }).warnings;
  expect(warnings('sharp')).toEqual([]);
  expect(warnings('sharpNoisy')).toEqual([]);
  expect(warnings('blurred')).toEqual(['blurred']);
  expect(warnings('dark')).toEqual(['too-dark']);
  expect(warnings('small')).toEqual(['low-resolution']);
  expect(warnings('portraitPng')).toEqual([]);
  expect(results.sharp).toMatchObject({ metrics: { width: 1600, height: 1200, analysedWidth: 800 } });
  expect(results.portraitPng).toMatchObject({ metrics: { width: 900, height: 1600 } });
  console.info(
    'scene metrics',
    JSON.stringify(results, (_key, value) => (typeof value === 'number' ? Math.round(value) : value)),
  );
});

test('analyseImageBlob says so when the bytes are not an image', async ({ harness }) => {
  const result = await harness.evaluate(() =>
    evidenceHarness.analyseImageBlob(new Blob([new Uint8Array([0xff, 0xd8, 1, 2, 3])], { type: 'image/jpeg' })),
  );
  expect(result).toMatchObject({ ok: false, reason: 'not-a-decodable-image' });
});

test('fitImageToLimit brings a 6+ MB noisy PNG under 5 MB as a JPEG, keeping its shape', async ({ harness }) => {
  const result = await harness.evaluate(async () => {
    const { fitImageToLimit, noisePng } = evidenceHarness;
    const png = await noisePng(2000, 1500);
    const limit = 5 * 1024 * 1024;
    const started = performance.now();
    const fitted = await fitImageToLimit(png, limit, { acceptedTypes: ['image/jpeg', 'image/png'] });
    const elapsed = performance.now() - started;
    if (!fitted.ok) return { pngSize: png.size, fitted, elapsed };
    const decoded = await createImageBitmap(fitted.blob);
    const { blob, ...report } = fitted;
    return {
      pngSize: png.size,
      elapsed,
      report,
      blobSize: blob.size,
      blobType: blob.type,
      decoded: { width: decoded.width, height: decoded.height },
    };
  });
  console.info(`noisy PNG ${result.pngSize} bytes fitted in ${Math.round(result.elapsed)} ms:`, result.report?.summary);
  expect(result.pngSize).toBeGreaterThanOrEqual(6 * 1024 * 1024);
  expect(result.report).toMatchObject({ ok: true, changed: true, type: 'image/jpeg', originalWidth: 2000 });
  expect(result.blobSize).toBeLessThanOrEqual(5 * 1024 * 1024);
  expect(result.blobType).toBe('image/jpeg');
  expect(result.decoded).toEqual({ width: result.report?.width, height: result.report?.height });
  const { width = 0, height = 0 } = result.report ?? {};
  expect(width).toBeLessThanOrEqual(2000);
  expect(Math.abs(width / height - 4 / 3)).toBeLessThan(0.01);
  expect(result.report?.summary).toMatch(/^Compressed as JPEG at \d\d% quality.*: \d+(\.\d)? MB → \d(\.\d)? MB\./);
});

test('fitImageToLimit keeps a file that already fits, and converts a type the form refuses', async ({ harness }) => {
  const result = await harness.evaluate(async () => {
    const { fitImageToLimit, sceneBlob } = evidenceHarness;
    const jpeg = await sceneBlob({ width: 800, height: 600 });
    const kept = await fitImageToLimit(jpeg, 5 * 1024 * 1024, { acceptedTypes: ['image/jpeg'] });
    const png = await sceneBlob({ width: 800, height: 600, type: 'image/png' });
    const converted = await fitImageToLimit(png, 5 * 1024 * 1024, { acceptedTypes: ['image/jpeg'] });
    return {
      keptSame: kept.ok && kept.blob === jpeg,
      kept: kept.ok && { changed: kept.changed, width: kept.width, summary: kept.summary },
      converted: converted.ok && {
        changed: converted.changed,
        type: converted.blob.type,
        width: converted.width,
        height: converted.height,
        quality: converted.quality,
      },
    };
  });
  expect(result.keptSame).toBe(true);
  expect(result.kept).toMatchObject({ changed: false, width: 800 });
  // Converted at the best quality and never enlarged.
  expect(result.converted).toEqual({ changed: true, type: 'image/jpeg', width: 800, height: 600, quality: 0.9 });
});

test('fitImageToLimit fails with a reason when the limit is impossible or the bytes are not an image', async ({
  harness,
}) => {
  const result = await harness.evaluate(async () => {
    const { fitImageToLimit, noisePng } = evidenceHarness;
    const impossible = await fitImageToLimit(await noisePng(1200, 900), 2000);
    const garbage = await fitImageToLimit(new Blob(['not an image'], { type: 'image/png' }), 10);
    const gif = await fitImageToLimit(await noisePng(600, 600), 1000, { outputType: 'image/gif' });
    return {
      impossible: { ...impossible, attempts: impossible.attempts.length },
      garbage: { ok: garbage.ok, reason: !garbage.ok && garbage.reason },
      gif: { ok: gif.ok, reason: !gif.ok && gif.reason },
    };
  });
  expect(result.impossible).toMatchObject({ ok: false, reason: 'cannot-fit' });
  expect((result.impossible as { message: string }).message).toMatch(/^Even at 640 × 480 and the lowest quality/);
  expect(result.impossible.attempts).toBeLessThanOrEqual(30);
  expect(result.garbage).toEqual({ ok: false, reason: 'not-a-decodable-image' });
  expect(result.gif).toEqual({ ok: false, reason: 'no-encodable-type' });
});

test('the image tools and the pack run in a worker, where the service worker runs them (no DOM)', async ({
  harness,
}) => {
  const result = await harness.evaluate(async () => {
    const bundle = [...document.scripts].map((script) => script.textContent).join('\n');
    const worker = new Worker(
      URL.createObjectURL(
        new Blob(
          [
            bundle,
            `
            self.onmessage = async () => {
              const { analyseImageBlob, fitImageToLimit, sha256Hex, buildEvidencePack, unzipSync } = evidenceHarness;
              const jpeg = await evidenceHarness.sceneBlob({ width: 1600, height: 1200, noise: 12, quality: 0.95 });
              const analysis = await analyseImageBlob(jpeg);
              const fitted = await fitImageToLimit(jpeg, Math.floor(jpeg.size * 0.6));
              if (!fitted.ok) { self.postMessage({ failed: fitted.message, size: jpeg.size, attempts: fitted.attempts }); return; }
              const sha256 = await sha256Hex(fitted.blob);
              const zip = await buildEvidencePack({
                order: { marketplace: 'aliexpress', orderId: '123456789' },
                deadlines: [], journal: [], texts: [], generatedAt: Date.UTC(2026, 0, 1), timeZone: 'UTC',
                files: [{ blob: fitted.blob, meta: { id: '1', orderId: '123456789', kind: 'photo', name: 'p.jpg',
                  type: 'image/jpeg', size: fitted.blob.size, sha256, caption: '', checklistItemIds: [], addedAt: 0, warnings: [] } }],
              });
              self.postMessage({
                hasDocument: typeof document !== 'undefined',
                warnings: analysis.warnings,
                fitted: fitted.ok && fitted.blob.size <= jpeg.size * 0.6,
                entries: Object.keys(unzipSync(zip)).sort(),
              });
            };`,
          ],
          { type: 'text/javascript' },
        ),
      ),
    );
    return new Promise((resolve, reject) => {
      worker.onmessage = (event) => resolve(event.data);
      worker.onerror = (event) => reject(new Error(event.message));
      worker.postMessage('go');
    });
  });
  expect(result).toEqual({
    hasDocument: false,
    warnings: [],
    fitted: true,
    entries: ['files/01-p.jpg', 'manifest.json', 'summary.html'],
  });
});

test('a phone portrait stored sideways (EXIF orientation 6) is measured and re-encoded upright', async ({
  harness,
}) => {
  const result = await harness.evaluate(async () => {
    const { analyseImageBlob, fitImageToLimit, sceneBlob, withExifOrientation } = evidenceHarness;
    const sideways = await withExifOrientation(await sceneBlob({ width: 1200, height: 800 }), 6);
    const analysis = await analyseImageBlob(sideways);
    const fitted = await fitImageToLimit(sideways, Math.floor(sideways.size * 0.7));
    const upright = fitted.ok ? await createImageBitmap(fitted.blob) : undefined;
    return {
      analysed: analysis.ok && { width: analysis.metrics.width, height: analysis.metrics.height },
      fitted: fitted.ok && { width: fitted.width, height: fitted.height },
      decoded: upright && { width: upright.width, height: upright.height },
    };
  });
  expect(result.analysed).toEqual({ width: 800, height: 1200 });
  const fitted = result.fitted || { width: 0, height: 0 };
  expect(fitted.height).toBeGreaterThan(fitted.width);
  expect(result.decoded).toEqual(result.fitted);
});
