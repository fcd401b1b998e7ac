import { expect, test } from './evidence-harness';

// Video metadata and the dark-video check in Chromium, on MP4/H.264 files (what phones record)
// encoded frame by frame with WebCodecs, and on a live MediaRecorder WebM, whose header has no
// duration at all.

test('readVideoMetadata and analyseVideoBlob on a dark and a well-lit MP4', async ({ harness }) => {
  test.setTimeout(60_000); // encoding two videos takes a while on a busy 2-core runner
  const result = await harness.evaluate(async () => {
    const { analyseVideoBlob, encodeVideo, readVideoMetadata } = evidenceHarness;
    const dark = await encodeVideo({ width: 640, height: 360, seconds: 2, level: 12, container: 'mp4' });
    const lit = await encodeVideo({ width: 960, height: 540, seconds: 2, level: 140, container: 'mp4' });
    const started = performance.now();
    const darkAnalysis = await analyseVideoBlob(dark);
    const analyseMs = performance.now() - started;
    const litAnalysis = await analyseVideoBlob(lit);
    return {
      darkMeta: await readVideoMetadata(dark),
      litMeta: await readVideoMetadata(lit),
      dark: darkAnalysis.ok
        ? {
            warnings: darkAnalysis.warnings,
            times: darkAnalysis.frames.map((f) => f.time),
            luma: darkAnalysis.frames.map((f) => f.metrics.meanLuminance),
          }
        : darkAnalysis,
      lit: litAnalysis.ok ? { warnings: litAnalysis.warnings, frames: litAnalysis.frames.length } : litAnalysis,
      analyseMs,
    };
  });
  console.info(`analyseVideoBlob on a 2 s 360p MP4: ${Math.round(result.analyseMs)} ms`, JSON.stringify(result.dark));
  // 50 frames of 1/25 s.
  expect(result.darkMeta).toMatchObject({ ok: true, width: 640, height: 360 });
  expect(result.litMeta).toMatchObject({ ok: true, width: 960, height: 540 });
  expect((result.darkMeta as { duration: number }).duration).toBeCloseTo(2, 1);
  expect((result.litMeta as { duration: number }).duration).toBeCloseTo(2, 1);
  expect(result.dark).toMatchObject({ warnings: ['too-dark', 'low-resolution'] });
  const { times, luma } = result.dark as { times: number[]; luma: number[] };
  expect(times.map((t) => Math.round(t * 10) / 10)).toEqual([0.2, 0.6, 1, 1.4, 1.8]);
  for (const value of luma) expect(value).toBeLessThan(30);
  expect(result.lit).toEqual({ warnings: [], frames: 5 });
});

test('readVideoMetadata finds the duration of a MediaRecorder WebM whose header has none', async ({ harness }) => {
  const result = await harness.evaluate(async () => {
    const { readVideoMetadata, recordVideo } = evidenceHarness;
    const started = performance.now();
    const recorded = await recordVideo({ width: 320, height: 240, seconds: 1, level: 100 });
    const wallSeconds = (performance.now() - started) / 1000;
    // What a plain <video> reports before anything is done about it.
    const video = document.createElement('video');
    video.src = URL.createObjectURL(recorded);
    await new Promise((resolve) => video.addEventListener('loadedmetadata', resolve, { once: true }));
    return { headerDuration: String(video.duration), meta: await readVideoMetadata(recorded), wallSeconds };
  });
  expect(result.headerDuration).toBe('Infinity');
  expect(result.meta).toMatchObject({ ok: true, width: 320, height: 240 });
  const duration = (result.meta as { duration: number }).duration;
  // A live recorder drops frames on a busy machine: the file may be shorter than the wall time, never longer.
  expect(Number.isFinite(duration)).toBe(true);
  expect(duration).toBeGreaterThan(0);
  expect(duration).toBeLessThanOrEqual(result.wallSeconds + 0.1);
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
