import { createStore, type StoreApi } from 'zustand/vanilla';
import type { FitImageOptions, FitImageResult } from '../evidence/fit-image-to-limit';
import { mediaTypeOf } from '../evidence/media-type';
import type { EvidenceKind } from '../model/evidence';
import { evidenceKindFor, isJudgedKind } from './evidence-kind-for';
import { nameForType } from './name-for-type';

/**
 * Files the buyer brought into the workspace but has not saved yet: each is checked against the
 * form's limits (by the page, from `pendingVerdicts`), compressed on request, measured for quality,
 * captioned and linked, then saved through the background. The browser work comes in as effects
 * so the flow is tested without a browser.
 */

type Task<Done> =
  | { state: 'idle' }
  | { state: 'running' }
  | ({ state: 'done' } & Done)
  | { state: 'failed'; message: string };

export interface PendingFile {
  key: string;
  /** The bytes to save: the file as picked, or its compressed copy. */
  blob: Blob;
  name: string;
  /** MIME type as checked (from the extension when the browser gave none). */
  type: string;
  kind: EvidenceKind;
  originalSize: number;
  /** "Compress to fit": what it did, shown to the buyer. */
  fit: Task<{ summary: string }>;
  /** Quality warnings ('too-dark', 'blurred', …); only photos and videos are judged. */
  quality: Task<{ warnings: string[] }>;
  caption: string;
  checklistItemIds: string[];
  save: { state: 'idle' } | { state: 'saving'; sent: number; total: number } | { state: 'failed'; message: string };
}

export interface NewPendingFile {
  blob: Blob;
  name: string;
  kind?: EvidenceKind;
  caption?: string;
}

export interface SaveRequest {
  orderId: string;
  blob: Blob;
  name: string;
  type: string;
  kind: EvidenceKind;
  caption: string;
  checklistItemIds: string[];
  warnings: string[];
}

export interface PendingEffects {
  fitImage(blob: Blob, maxBytes: number, options: FitImageOptions): Promise<FitImageResult>;
  analyse(
    blob: Blob,
    kind: 'photo' | 'video',
  ): Promise<{ ok: true; warnings: string[] } | { ok: false; message: string }>;
  save(request: SaveRequest, onProgress: (sent: number, total: number) => void): Promise<void>;
  newKey(): string;
}

export interface PendingState {
  files: PendingFile[];
  add(files: readonly NewPendingFile[]): void;
  remove(key: string): void;
  setCaption(key: string, caption: string): void;
  setKind(key: string, kind: EvidenceKind): void;
  setLinked(key: string, checklistItemId: string, linked: boolean): void;
  compress(key: string, maxBytes: number, options: FitImageOptions): Promise<void>;
  /** Measures quality once per version of the bytes; a no-op for screenshots and documents. */
  analyse(key: string): Promise<void>;
  /** Saves the file; true when stored (it then leaves the pending list). */
  save(key: string, orderId: string): Promise<boolean>;
  /**
   * "Save all": saves, one after the other, every file the page found fitting the form (`ready`, its
   * keys), each through the same steps as its own Save: its quality measured first when it has not been
   * yet (the warnings go with it), then stored. A file that fails stays pending with its reason; the
   * others are saved. Files not in `ready` (rejected, or needing compression) are left as they are.
   */
  saveAll(orderId: string, ready: readonly string[]): Promise<SaveAllOutcome>;
}

/** What "Save all" did, by file key. */
export interface SaveAllOutcome {
  saved: string[];
  /** Tried and not stored: each keeps its reason on its card. */
  failed: string[];
  /** Not tried: not fitting the form, or busy (being compressed or saved). */
  skipped: string[];
}

export type PendingStore = StoreApi<PendingState>;

/** The warnings that go with a file when it is saved: its measured ones, for the kinds that are judged. */
export function warningsToSave(file: PendingFile): string[] {
  return isJudgedKind(file.kind) && file.quality.state === 'done' ? file.quality.warnings : [];
}

/** Whether the file can be saved now (nothing still running, not being saved already). */
export function isSettled(file: PendingFile): boolean {
  return file.fit.state !== 'running' && file.quality.state !== 'running' && file.save.state !== 'saving';
}

function errorText(error: unknown): string {
  return error instanceof Error ? error.message : String(error);
}

export function createPendingStore(effects: PendingEffects): PendingStore {
  return createStore<PendingState>()((set, get) => {
    const find = (key: string) => get().files.find((file) => file.key === key);
    const update = (key: string, change: (file: PendingFile) => Partial<PendingFile>) =>
      set((state) => ({
        files: state.files.map((file) => (file.key === key ? { ...file, ...change(file) } : file)),
      }));

    return {
      files: [],
      add(files) {
        const added = files.map((file): PendingFile => {
          const type = mediaTypeOf({ name: file.name, type: file.blob.type });
          return {
            key: effects.newKey(),
            blob: file.blob,
            name: file.name,
            type,
            kind: file.kind ?? evidenceKindFor(type),
            originalSize: file.blob.size,
            fit: { state: 'idle' },
            quality: { state: 'idle' },
            caption: file.caption ?? '',
            checklistItemIds: [],
            save: { state: 'idle' },
          };
        });
        set((state) => ({ files: [...state.files, ...added] }));
      },
      remove(key) {
        set((state) => ({ files: state.files.filter((file) => file.key !== key) }));
      },
      setCaption(key, caption) {
        update(key, () => ({ caption }));
      },
      setKind(key, kind) {
        update(key, () => ({ kind }));
      },
      setLinked(key, id, linked) {
        update(key, (file) => ({
          checklistItemIds: linked
            ? [...new Set([...file.checklistItemIds, id])]
            : file.checklistItemIds.filter((other) => other !== id),
        }));
      },
      async compress(key, maxBytes, options) {
        const file = find(key);
        if (!file || file.fit.state === 'running') return;
        update(key, () => ({ fit: { state: 'running' } }));
        let result: FitImageResult;
        try {
          result = await effects.fitImage(file.blob, maxBytes, options);
        } catch (error) {
          result = { ok: false, reason: 'not-a-decodable-image', message: errorText(error), attempts: [] };
        }
        if (!result.ok) {
          update(key, () => ({ fit: { state: 'failed', message: result.message } }));
          return;
        }
        const { blob, type, summary } = result;
        // New bytes: their quality is measured again.
        update(key, (current) => ({
          blob,
          type,
          name: nameForType(current.name, type),
          fit: { state: 'done', summary },
          quality: { state: 'idle' },
        }));
      },
      async analyse(key) {
        const file = find(key);
        if (!file || !isJudgedKind(file.kind) || file.quality.state !== 'idle') return;
        const { blob, kind } = file;
        update(key, () => ({ quality: { state: 'running' } }));
        let quality: PendingFile['quality'];
        try {
          const result = await effects.analyse(blob, kind);
          quality = result.ok
            ? { state: 'done', warnings: result.warnings }
            : { state: 'failed', message: result.message };
        } catch (error) {
          quality = { state: 'failed', message: errorText(error) };
        }
        // Compressed meanwhile: the measure is of old bytes, the new ones get their own.
        update(key, (current) => (current.blob === blob ? { quality } : {}));
      },
      async save(key, orderId) {
        const file = find(key);
        if (!file || !isSettled(file)) return false;
        update(key, () => ({ save: { state: 'saving', sent: 0, total: 1 } }));
        try {
          await effects.save(
            {
              orderId,
              blob: file.blob,
              name: file.name,
              type: file.type,
              kind: file.kind,
              caption: file.caption.trim(),
              checklistItemIds: file.checklistItemIds,
              warnings: warningsToSave(file),
            },
            (sent, total) => update(key, () => ({ save: { state: 'saving', sent, total } })),
          );
        } catch (error) {
          update(key, () => ({ save: { state: 'failed', message: errorText(error) } }));
          return false;
        }
        get().remove(key);
        return true;
      },
      async saveAll(orderId, ready) {
        const outcome: SaveAllOutcome = { saved: [], failed: [], skipped: [] };
        const readyKeys = new Set(ready);
        // The keys as they stand now: a file added meanwhile waits for the next click.
        for (const { key } of get().files) {
          const file = find(key);
          if (!file || !readyKeys.has(key) || !isSettled(file)) {
            outcome.skipped.push(key);
            continue;
          }
          if (isJudgedKind(file.kind) && file.quality.state === 'idle') await get().analyse(key);
          const stored = await get().save(key, orderId);
          (stored ? outcome.saved : outcome.failed).push(key);
        }
        return outcome;
      },
    };
  });
}
