import type { Page } from '@playwright/test';

/** Sends a protocol message from an extension page, as the UI does, and returns the raw reply. */
export function sendFromPage(
  page: Page,
  type: string,
  payload: unknown,
): Promise<{ ok: boolean; data?: unknown; error?: { code: string; message: string } }> {
  return page.evaluate(([t, p]) => chrome.runtime.sendMessage({ protocol: 'buyer-guard/1', type: t, payload: p }), [
    type,
    payload,
  ] as const);
}

/** Uploads bytes in base64 chunks (the UI's path for files) and returns the upload id. */
export async function uploadFromPage(page: Page, text: string, chunkChars = 64 * 1024): Promise<string> {
  return page.evaluate(
    async ([content, size]) => {
      const bytes = new TextEncoder().encode(content);
      let binary = '';
      for (const b of bytes) binary += String.fromCharCode(b);
      const base64 = btoa(binary);
      const uploadId = crypto.randomUUID();
      const total = Math.max(1, Math.ceil(base64.length / size));
      for (let index = 0; index < total; index++) {
        const data = base64.slice(index * size, (index + 1) * size);
        const reply = await chrome.runtime.sendMessage({
          protocol: 'buyer-guard/1',
          type: 'uploadChunk',
          payload: { uploadId, index, total, data },
        });
        if (!reply?.ok) throw new Error(JSON.stringify(reply));
      }
      return uploadId;
    },
    [text, chunkChars] as const,
  );
}

/** Counts rows of a table straight from IndexedDB (what is really stored, not what the UI shows). */
export function countRows(page: Page, table: string): Promise<number> {
  return storeRequest<number>(page, table, 'count');
}

/** Every row of a table straight from IndexedDB, as the background stored it. */
export function readRows<T = Record<string, unknown>>(page: Page, table: string): Promise<T[]> {
  return storeRequest<T[]>(page, table, 'getAll');
}

/** An order's deadline as storage v3 keeps it (in the order's row), with its key across orders. */
export type StoredDeadline = { key: string; ref: string; kind: string; dueAt: number; dueOn?: string; source: string };
/** An order's reminder as storage v3 keeps it (in the order's row), with its key across orders. */
export type StoredReminder = {
  key: string;
  ref: string;
  kind: string;
  leadMs: number;
  dueAt: number;
  fireAt: number;
  firedAt?: number;
  snoozedUntil?: number;
};

type OrderRowShape = {
  ref: string;
  deadlines?: Omit<StoredDeadline, 'key' | 'ref'>[];
  reminders?: Omit<StoredReminder, 'key' | 'ref'>[];
};

/** Every order's deadlines straight from IndexedDB (schema v3: they live in the order's row), keyed `${ref}:${kind}`. */
export async function readDeadlines(page: Page): Promise<StoredDeadline[]> {
  return (await readRows<OrderRowShape>(page, 'orders')).flatMap((row) =>
    (row.deadlines ?? []).map((deadline) => ({ ...deadline, key: `${row.ref}:${deadline.kind}`, ref: row.ref })),
  );
}

/** Every order's reminders, fired ones included, straight from IndexedDB, keyed `${ref}:${kind}:${leadMs}` (records.ts reminderKey). */
export async function readReminders(page: Page): Promise<StoredReminder[]> {
  return (await readRows<OrderRowShape>(page, 'orders')).flatMap((row) =>
    (row.reminders ?? []).map((reminder) => ({
      ...reminder,
      key: `${row.ref}:${reminder.kind}:${reminder.leadMs}`,
      ref: row.ref,
    })),
  );
}

/**
 * Writes a row straight into IndexedDB, past every check of the background: what an earlier version of
 * Buyer Guard may have stored (the tests of stored rows that today's schemas would refuse).
 */
export function putRow(page: Page, table: string, row: unknown): Promise<unknown> {
  return storeRequest(page, table, 'put', row);
}

function storeRequest<T>(page: Page, table: string, operation: 'count' | 'getAll' | 'put', row?: unknown): Promise<T> {
  return page.evaluate(
    ({ name, operation, row }) =>
      new Promise<T>((resolve, reject) => {
        const open = indexedDB.open('buyer-guard');
        open.onerror = () => reject(open.error);
        open.onsuccess = () => {
          const db = open.result;
          const store = db.transaction(name, operation === 'put' ? 'readwrite' : 'readonly').objectStore(name);
          const request = operation === 'put' ? store.put(row) : store[operation]();
          request.onsuccess = () => {
            resolve(request.result as T);
            db.close();
          };
          request.onerror = () => reject(request.error);
        };
      }),
    { name: table, operation, row },
  );
}
