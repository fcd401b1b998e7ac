import { browser } from 'wxt/browser';
import { z } from 'zod';
import { lazy } from '../lazy';

const KEY = 'lastPage';

const lastPageSchema = lazy(() =>
  z.object({
    url: z.string(),
    pageKind: z.enum(['order-list', 'order-detail', 'tracking', 'dispute', 'unknown']),
    seenAt: z.number(),
  }),
);
export type LastPage = z.infer<ReturnType<typeof lastPageSchema>>;

/** The most recent marketplace page a content script reported (session storage: survives worker restarts). */
export async function recordLastPage(page: LastPage): Promise<void> {
  await browser.storage.session.set({ [KEY]: page });
}

export async function readLastPage(): Promise<LastPage | null> {
  const stored = await browser.storage.session.get(KEY);
  const parsed = lastPageSchema().safeParse(stored[KEY]);
  return parsed.success ? parsed.data : null;
}
