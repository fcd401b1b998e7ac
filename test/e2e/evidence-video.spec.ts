import { expect, test } from './evidence-harness';

// Video metadata and the dark-video check, on WebM files recorded in Chromium with MediaRecorder
// (whose files carry no duration in their header: the reader must find it).

test('readVideoMetadata and analyseVideoBlob on a dark and a well-lit recording', async ({ harness }) => {
  const result = await harness.evaluate(async () => {
    const { analyseVideoBlob, readVideoMetadata, recordVideo } = evidenceHarness;
    // One after the other: two recordings at once on a busy machine drop frames.
    const dark = await recordVideo({ width: 640, height: 360, seconds: 1.5, level: 12 });
    const lit = await recordVideo({ width: 960, height: 540, seconds: 1.5, level: 140 });
    const started = performance.now();
    const darkAnalysis = await analyseVideoBlob(dark);
    const analyseMs = performance.now() - started;
    return {
      darkMeta: await readVideoMetadata(dark),
      litMeta: await readVideoMetadata(lit),
      dark: darkAnalysis.ok
        ? { warnings: darkAnalysis.warnings, frames: darkAnalysis.frames.map((f) => f.metrics.meanLuminance) }
        : darkAnalysis,
      lit: await analyseVideoBlob(lit).then((a) => (a.ok ? { warnings: a.warnings, frames: a.frames.length } : a)),
      analyseMs,
    };
  });
  console.info(
    `analyseVideoBlob on a 1.5 s 360p WebM: ${Math.round(result.analyseMs)} ms`,
    JSON.stringify(result.dark),
  );
  expect(result.darkMeta).toMatchObject({ ok: true, width: 640, height: 360 });
  expect(result.litMeta).toMatchObject({ ok: true, width: 960, height: 540 });
  for (const meta of [result.darkMeta, result.litMeta]) {
    const duration = (meta as { duration: number }).duration;
    expect(Number.isFinite(duration)).toBe(true);
    expect(duration).toBeGreaterThan(1);
    expect(duration).toBeLessThan(2.5);
  }
  expect(result.dark).toMatchObject({ warnings: ['too-dark', 'low-resolution'] });
  expect((result.dark as { frames: number[] }).frames).toHaveLength(5);
  expect(result.lit).toEqual({ warnings: [], frames: 5 });
});

test('a file that is not a playable video gives a reason, not an exception', async ({ harness }) => {
  const result = await harness.evaluate(async () => {
    const garbage = new Blob([new Uint8Array(4096).fill(7)], { type: 'video/mp4' });
    return {
      meta: await evidenceHarness.readVideoMetadata(garbage, 5000),
      analysis: await evidenceHarness.analyseVideoBlob(garbage, { timeoutMs: 5000 }),
    };
  });
  expect(result.meta).toMatchObject({ ok: false, reason: 'not-playable' });
  expect(result.analysis).toMatchObject({ ok: false, reason: 'not-playable' });
});
