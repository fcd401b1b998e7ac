import { browser } from 'wxt/browser';
import { type Handlers, isQuotaError } from '../messaging/dispatch';
import { type MessageType, type StorageProblem, storageProblemSchema } from '../messaging/protocol';

const KEY = 'storageProblem';
/** Whether a record may exist; unknown (undefined) after the worker starts. Spares a storage call per write. */
let known: boolean | undefined;

/** Messages that only read: their success says nothing about room to write. */
const READS_ONLY: ReadonlySet<MessageType> = new Set(['ping', 'getStatus', 'openGuide', 'captureTab']);

/**
 * A failed write must be seen, not just answered: the sender gets `storage-full` (dispatch.ts),
 * and the popup and options show a banner from this record (session storage: it survives worker
 * restarts) until a later write succeeds.
 */
export async function recordStorageProblem(problem: StorageProblem): Promise<void> {
  known = true;
  await browser.storage.session.set({ [KEY]: problem });
}

export async function readStorageProblem(): Promise<StorageProblem | null> {
  const stored = await browser.storage.session.get(KEY);
  const parsed = storageProblemSchema().safeParse(stored[KEY]);
  return parsed.success ? parsed.data : null;
}

export async function clearStorageProblem(): Promise<void> {
  known ??= (await readStorageProblem()) !== null;
  if (!known) return;
  known = false;
  await browser.storage.session.remove(KEY);
}

/** Runs background work (a sweep, an alarm); a quota failure is recorded before it propagates. */
export async function noticingStorageFull<T>(during: string, now: () => number, work: () => Promise<T>): Promise<T> {
  try {
    return await work();
  } catch (error) {
    if (isQuotaError(error)) await recordStorageProblem({ kind: 'storage-full', at: now(), during });
    throw error;
  }
}

/** The handlers, each recording a quota failure, and each successful write clearing the record. */
export function watchStorageHealth(handlers: Handlers, now: () => number): Handlers {
  const watched: Record<string, unknown> = {};
  for (const [type, handler] of Object.entries(handlers) as [MessageType, (p: unknown, c: unknown) => unknown][]) {
    watched[type] = async (payload: unknown, context: unknown) => {
      const result = await noticingStorageFull(type, now, async () => handler(payload, context));
      // A refusal ({ ok: false }: an import that did not validate) wrote nothing.
      const refused = (result as { ok?: unknown } | null)?.ok === false;
      if (!READS_ONLY.has(type) && !refused) await clearStorageProblem();
      return result;
    };
  }
  return watched as Handlers;
}
