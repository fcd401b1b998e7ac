import { describe, expect, it, vi } from 'vitest';
import type { FitImageResult } from '../../../lib/evidence/fit-image-to-limit';
import {
  createPendingStore,
  type PendingEffects,
  type SaveRequest,
  warningsToSave,
} from '../../../lib/pages/pending-evidence-store';

const MB = 1024 * 1024;

function bytes(size: number, type: string): Blob {
  return new Blob([new Uint8Array(size)], { type });
}

/** A promise the test settles by hand, to look at the store while work is running. */
function deferred<T>() {
  let resolve!: (value: T) => void;
  const promise = new Promise<T>((r) => {
    resolve = r;
  });
  return { promise, resolve };
}

function setup(overrides: Partial<PendingEffects> = {}) {
  let counter = 0;
  const saved: SaveRequest[] = [];
  const effects: PendingEffects = {
    fitImage: vi.fn(async (_blob, maxBytes) => fitted(maxBytes - 1)),
    analyse: vi.fn(async () => ({ ok: true as const, warnings: ['too-dark'] })),
    save: vi.fn(async (request, onProgress) => {
      onProgress(1, 1);
      saved.push(request);
    }),
    newKey: () => `k${++counter}`,
    ...overrides,
  };
  const store = createPendingStore(effects);
  return { store, effects, saved, file: (key: string) => store.getState().files.find((f) => f.key === key) };
}

function fitted(size: number): FitImageResult {
  return {
    ok: true,
    blob: bytes(size, 'image/jpeg'),
    changed: true,
    type: 'image/jpeg',
    width: 1600,
    height: 1200,
    originalWidth: 3200,
    originalHeight: 2400,
    originalSize: 9 * MB,
    quality: 0.8,
    summary: 'Compressed as JPEG at 80% quality: 9 MB → 5 MB.',
    attempts: [],
  };
}

describe('pending evidence', () => {
  it('adds files with their type and kind from the file, a screenshot as told', () => {
    const { store } = setup();
    store.getState().add([
      { blob: bytes(10, 'image/png'), name: 'box.png' },
      { blob: bytes(10, ''), name: 'clip.MP4' },
      { blob: bytes(10, 'application/pdf'), name: 'customs.pdf' },
      { blob: bytes(10, 'image/png'), name: 'tab.png', kind: 'screenshot', caption: 'Order page' },
    ]);
    expect(store.getState().files.map(({ key, type, kind, caption }) => ({ key, type, kind, caption }))).toEqual([
      { key: 'k1', type: 'image/png', kind: 'photo', caption: '' },
      { key: 'k2', type: 'video/mp4', kind: 'video', caption: '' },
      { key: 'k3', type: 'application/pdf', kind: 'document', caption: '' },
      { key: 'k4', type: 'image/png', kind: 'screenshot', caption: 'Order page' },
    ]);
  });

  it('measures a photo once; never a screenshot or a document', async () => {
    const { store, effects, file } = setup();
    store.getState().add([
      { blob: bytes(10, 'image/jpeg'), name: 'a.jpg' },
      { blob: bytes(10, 'image/png'), name: 'b.png', kind: 'screenshot' },
      { blob: bytes(10, 'application/pdf'), name: 'c.pdf' },
    ]);
    await Promise.all(['k1', 'k1', 'k2', 'k3'].map((key) => store.getState().analyse(key)));
    expect(effects.analyse).toHaveBeenCalledTimes(1);
    expect(file('k1')?.quality).toEqual({ state: 'done', warnings: ['too-dark'] });
    expect(file('k2')?.quality).toEqual({ state: 'idle' });
  });

  it('keeps warnings only for judged kinds: a photo re-labelled as screenshot is saved without them', async () => {
    const { store, file } = setup();
    store.getState().add([{ blob: bytes(10, 'image/png'), name: 'chat.png' }]);
    await store.getState().analyse('k1');
    expect(warningsToSave(file('k1') as never)).toEqual(['too-dark']);
    store.getState().setKind('k1', 'screenshot');
    expect(warningsToSave(file('k1') as never)).toEqual([]);
  });

  it('reports a failed measure as advice-free, not as a crash', async () => {
    const { store, file } = setup({
      analyse: async () => {
        throw new Error('decoder gone');
      },
    });
    store.getState().add([{ blob: bytes(10, 'image/jpeg'), name: 'a.jpg' }]);
    await store.getState().analyse('k1');
    expect(file('k1')?.quality).toEqual({ state: 'failed', message: 'decoder gone' });
  });

  it('compresses to fit: new bytes, new name and type, the summary, and quality measured again', async () => {
    const { store, effects, file } = setup();
    store.getState().add([{ blob: bytes(9 * MB, 'image/png'), name: 'IMG_1.png' }]);
    await store.getState().analyse('k1');
    const running = store.getState().compress('k1', 5 * MB, { outputType: 'image/jpeg' });
    expect(file('k1')?.fit.state).toBe('running');
    await running;
    expect(effects.fitImage).toHaveBeenCalledWith(expect.any(Blob), 5 * MB, { outputType: 'image/jpeg' });
    expect(file('k1')).toMatchObject({
      name: 'IMG_1.jpg',
      type: 'image/jpeg',
      originalSize: 9 * MB,
      fit: { state: 'done', summary: expect.stringContaining('Compressed as JPEG') },
      quality: { state: 'idle' },
    });
    expect(file('k1')?.blob.size).toBe(5 * MB - 1);
  });

  it('keeps the file as it was when it cannot be made to fit, and says why', async () => {
    const { store, file } = setup({
      fitImage: async () => ({
        ok: false,
        reason: 'cannot-fit',
        message: 'Even at 640 × 480 it is 6 MB.',
        attempts: [],
      }),
    });
    store.getState().add([{ blob: bytes(9 * MB, 'image/png'), name: 'noise.png' }]);
    await store.getState().compress('k1', 5 * MB, {});
    expect(file('k1')).toMatchObject({
      name: 'noise.png',
      fit: { state: 'failed', message: expect.stringMatching(/640 × 480/) },
    });
    expect(file('k1')?.blob.size).toBe(9 * MB);
  });

  it('drops a quality measure that finished after the bytes were replaced', async () => {
    const slow = deferred<{ ok: true; warnings: string[] }>();
    const { store, file } = setup({ analyse: () => slow.promise });
    store.getState().add([{ blob: bytes(9 * MB, 'image/jpeg'), name: 'a.jpg' }]);
    const measuring = store.getState().analyse('k1');
    await store.getState().compress('k1', 5 * MB, {});
    slow.resolve({ ok: true, warnings: ['blurred'] });
    await measuring;
    expect(file('k1')?.quality).toEqual({ state: 'idle' });
  });

  it('saves caption, links, kind and warnings, then lets the file go', async () => {
    const { store, saved } = setup();
    store.getState().add([{ blob: bytes(10, 'image/jpeg'), name: 'dark.jpg' }]);
    await store.getState().analyse('k1');
    store.getState().setCaption('k1', '  Crushed corner  ');
    store.getState().setLinked('k1', 'damage-photos', true);
    store.getState().setLinked('k1', 'packaging-photos', true);
    store.getState().setLinked('k1', 'damage-photos', true);
    store.getState().setLinked('k1', 'packaging-photos', false);
    expect(await store.getState().save('k1', '8204417366541234')).toBe(true);
    expect(saved).toEqual([
      {
        orderId: '8204417366541234',
        blob: expect.any(Blob),
        name: 'dark.jpg',
        type: 'image/jpeg',
        kind: 'photo',
        caption: 'Crushed corner',
        checklistItemIds: ['damage-photos'],
        warnings: ['too-dark'],
      },
    ]);
    expect(store.getState().files).toEqual([]);
  });

  it('does not save while the file is still being measured, and keeps it with the error when saving fails', async () => {
    const slow = deferred<{ ok: true; warnings: string[] }>();
    const { store, effects, file } = setup({
      analyse: () => slow.promise,
      save: async (_request, onProgress) => {
        onProgress(1, 3);
        throw new Error('The browser has no more room');
      },
    });
    store.getState().add([{ blob: bytes(10, 'image/jpeg'), name: 'a.jpg' }]);
    const measuring = store.getState().analyse('k1');
    expect(await store.getState().save('k1', '8204417366541234')).toBe(false);
    slow.resolve({ ok: true, warnings: [] });
    await measuring;
    expect(await store.getState().save('k1', '8204417366541234')).toBe(false);
    expect(file('k1')?.save).toEqual({ state: 'failed', message: 'The browser has no more room' });
    expect(effects.fitImage).not.toHaveBeenCalled();
    store.getState().remove('k1');
    expect(store.getState().files).toEqual([]);
  });

  it('"Save all" saves every ready file, measured first; one that fails stays with its reason, the rest are saved', async () => {
    const { store, effects, saved, file } = setup({
      save: vi.fn(async (request: SaveRequest, onProgress: (sent: number, total: number) => void) => {
        onProgress(1, 1);
        if (request.name === 'broken.jpg') throw new Error('The file could not be stored');
        saved.push(request);
      }),
    });
    store.getState().add([
      { blob: bytes(10, 'image/jpeg'), name: 'box.jpg' },
      { blob: bytes(10, 'image/jpeg'), name: 'broken.jpg' },
      { blob: bytes(10, 'image/png'), name: 'tab.png', kind: 'screenshot' },
      { blob: bytes(10, 'image/bmp'), name: 'huge.bmp' },
    ]);
    // k4 does not fit the form (the page's verdicts leave it out of `ready`).
    const outcome = await store.getState().saveAll('8204417366541234', ['k1', 'k2', 'k3']);
    expect(outcome).toEqual({ saved: ['k1', 'k3'], failed: ['k2'], skipped: ['k4'] });
    // The photos were measured before saving, as their own Save would; the screenshot was not.
    expect(effects.analyse).toHaveBeenCalledTimes(2);
    expect(saved.map(({ name, warnings }) => ({ name, warnings }))).toEqual([
      { name: 'box.jpg', warnings: ['too-dark'] },
      { name: 'tab.png', warnings: [] },
    ]);
    expect(store.getState().files.map((f) => f.key)).toEqual(['k2', 'k4']);
    expect(file('k2')?.save).toEqual({ state: 'failed', message: 'The file could not be stored' });
    expect(file('k4')?.save).toEqual({ state: 'idle' });
  });

  it('"Save all" leaves a file that is still being compressed', async () => {
    const slow = deferred<FitImageResult>();
    const { store, saved } = setup({ fitImage: () => slow.promise });
    store.getState().add([
      { blob: bytes(10, 'image/png'), name: 'a.png', kind: 'screenshot' },
      { blob: bytes(6 * MB, 'image/jpeg'), name: 'big.jpg', kind: 'screenshot' },
    ]);
    const compressing = store.getState().compress('k2', 5 * MB, {});
    expect(await store.getState().saveAll('1', ['k1', 'k2'])).toEqual({ saved: ['k1'], failed: [], skipped: ['k2'] });
    slow.resolve(fitted(4 * MB));
    await compressing;
    expect(saved.map((request) => request.name)).toEqual(['a.png']);
    expect(store.getState().files.map((f) => f.key)).toEqual(['k2']);
  });
});
