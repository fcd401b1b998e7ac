import { expect, test } from './evidence-harness';

// A phone-sized photo end to end in Chromium: a 12 MP picture is measured, and fitted under the
// 5 MB limit — one encode for a typical photo, a quality search for a very noisy one. Timings are
// printed for the record only; how fast is measured by `npm run bench`, never asserted here.

test('a 12 MP photo is analysed and fitted under 5 MB, a noisy one through a quality search', async ({ harness }) => {
  test.setTimeout(120_000);
  const figures = await harness.evaluate(async () => {
    const { analyseImageBlob, fitImageToLimit, measureImageQuality, sceneBlob } = evidenceHarness;
    const limit = 5 * 1024 * 1024;
    // A sharp scene with sensor-like noise, saved at the quality phone cameras use: 6–10 MB.
    const photo = await sceneBlob({ width: 4000, height: 3000, noise: 28, quality: 0.95 });
    const time = async <T>(run: () => Promise<T>) => {
      const started = performance.now();
      const value = await run();
      return { value, ms: performance.now() - started };
    };
    const analyses = [];
    analyses.push(await time(() => analyseImageBlob(photo)));
    // The pure path on a full 12 MP pixel buffer, for comparison with the native downscale.
    const bitmap = await createImageBitmap(photo);
    const canvas = new OffscreenCanvas(bitmap.width, bitmap.height);
    const context = canvas.getContext('2d');
    context?.drawImage(bitmap, 0, 0);
    const pixels = context?.getImageData(0, 0, bitmap.width, bitmap.height);
    const pure = await time(async () => (pixels ? measureImageQuality(pixels) : undefined));
    // A typical photo (one encode at the best quality fits) and a very noisy one (a night shot at
    // high ISO) that needs the quality search and a smaller size.
    const noisy = await sceneBlob({ width: 4000, height: 3000, noise: 90, quality: 0.97 });
    const fitFigures = async (blob: Blob) => {
      const runs = [];
      runs.push(await time(() => fitImageToLimit(blob, limit)));
      const fit = runs[runs.length - 1]?.value;
      return {
        inputBytes: blob.size,
        ms: runs.map((r) => Math.round(r.ms)),
        ...(fit?.ok
          ? {
              bytes: fit.blob.size,
              width: fit.width,
              height: fit.height,
              quality: fit.quality,
              encodes: fit.attempts.length,
              summary: fit.summary,
            }
          : { bytes: Number.POSITIVE_INFINITY, encodes: fit?.attempts.length ?? 0, failed: fit?.message }),
      };
    };
    return {
      photoBytes: photo.size,
      analyseMs: analyses.map((a) => Math.round(a.ms)),
      warnings: analyses[0]?.value.ok ? analyses[0].value.warnings : undefined,
      pureMeasureMs: Math.round(pure.ms),
      typical: await fitFigures(photo),
      noisy: await fitFigures(noisy),
    };
  });
  console.info('12 MP figures', JSON.stringify(figures, null, 2));
  test.info().annotations.push({ type: '12 MP figures', description: JSON.stringify(figures) });
  expect(figures.photoBytes).toBeGreaterThan(5 * 1024 * 1024);
  expect(figures.warnings).toEqual([]);
  for (const fit of [figures.typical, figures.noisy]) {
    expect(fit.inputBytes).toBeGreaterThan(5 * 1024 * 1024);
    expect(fit.bytes).toBeLessThanOrEqual(5 * 1024 * 1024);
  }
  expect(figures.typical.encodes).toBe(1);
  expect(figures.noisy.encodes).toBeGreaterThan(1);
});
