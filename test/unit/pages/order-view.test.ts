// @vitest-environment node
import { describe, expect, it } from 'vitest';
import { createBackground } from '../../../lib/background/service';
import { getOrderDetail } from '../../../lib/db/queries';
import { defaultSettings } from '../../../lib/model/settings';
import { buildOrderView } from '../../../lib/pages/order-view';
import { deriveDeadlines } from '../../../lib/rules/order-facts';
import { DAY, freshDatabase, NOW, protectedOrder, reading } from '../background/test-data';

const page = { sender: { id: 'x', url: 'chrome-extension://x/popup.html' }, senderKind: 'extension-page' as const };
const content = {
  sender: { id: 'x', url: 'https://www.aliexpress.com/p/order/index.html' },
  senderKind: 'content-script' as const,
};

async function viewAfter(
  steps: (h: ReturnType<typeof createBackground>['handlers'], db: ReturnType<typeof freshDatabase>) => Promise<void>,
) {
  const db = freshDatabase();
  const { handlers } = createBackground({ db, now: () => NOW, timeZone: () => 'UTC', deriveDeadlines });
  await handlers.pageReading(
    reading([
      protectedOrder('8100000000000001', NOW + 6 * DAY, {
        status: 'delivered',
        total: { amount: 20, currency: 'USD' },
      }),
    ]),
    content,
  );
  await steps(handlers, db);
  const detail = await getOrderDetail(db, 'aliexpress:8100000000000001');
  if (!detail) throw new Error('not stored');
  return buildOrderView(detail, defaultSettings(), NOW, 'UTC');
}

describe('buildOrderView', () => {
  it('without a problem: advice, deadlines by date, no checklist', async () => {
    const view = await viewAfter(async () => {});
    expect(view.advice.title.length).toBeGreaterThan(3);
    expect(view.deadlines.map((d) => d.dueAt)).toEqual([...view.deadlines.map((d) => d.dueAt)].sort((a, b) => a - b));
    expect(view.checklist).toEqual([]);
    expect(view.checklistProgress).toEqual({ covered: 0, required: 0 });
  });

  it('with a damaged item: the checklist, its progress as files are linked, and the texts', async () => {
    const view = await viewAfter(async (h, db) => {
      await h.setProblem({ orderId: '8100000000000001', problem: { reason: 'damaged' } }, page);
      await db.evidence.add({
        id: 'ev-1',
        ref: 'aliexpress:8100000000000001',
        orderId: '8100000000000001',
        kind: 'photo',
        name: 'box.jpg',
        type: 'image/jpeg',
        size: 1,
        sha256: '0'.repeat(64),
        caption: 'Crushed corner of the box',
        checklistItemIds: ['order-page-screenshot'],
        addedAt: NOW,
        warnings: [],
        blob: new Blob(['x']),
      });
    });
    expect(view.checklist.length).toBeGreaterThan(1);
    const linked = view.checklist.find((entry) => entry.item.id === 'order-page-screenshot');
    expect(linked?.files.map((f) => f.id)).toEqual(['ev-1']);
    expect(view.checklistProgress.covered).toBe(linked?.item.required ? 1 : 0);
    expect(view.drafts.map((d) => d.id)).toContain('dispute-description');
    expect(view.drafts.find((d) => d.id === 'dispute-description')?.body).toContain('Crushed corner of the box');
  });

  it('folds a journaled dispute into the view', async () => {
    const view = await viewAfter(async (h) => {
      await h.addJournalEntry({ orderId: '8100000000000001', kind: 'dispute-opened', reason: 'damaged' }, page);
    });
    expect(view.dispute?.status).toBe('opened');
  });
});
