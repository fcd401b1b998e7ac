// @vitest-environment node
// Node's own Blob survives fake-indexeddb's structured clone; happy-dom's does not.
import { strToU8, unzipSync } from 'fflate';
import { describe, expect, it } from 'vitest';
import { createBackground } from '../../../lib/background/service';
import { getEvidenceBlob, getOrderDetail } from '../../../lib/db/queries';
import { buildEvidencePack } from '../../../lib/evidence/build-evidence-pack';
import { sha256Hex } from '../../../lib/evidence/sha256-hex';
import { bytesToBase64 } from '../../../lib/messaging/chunks';
import { defaultSettings } from '../../../lib/model/settings';
import { evidencePackInputFor, journalLine } from '../../../lib/pages/evidence-pack-input-for';
import { buildOrderView } from '../../../lib/pages/order-view';
import { deriveDeadlines } from '../../../lib/rules/order-facts';
import { DAY, freshDatabase, NOW, protectedOrder, reading } from '../background/test-data';

const ORDER = '8100000000000001';
const page = { sender: { id: 'x', url: 'chrome-extension://x/evidence.html' }, senderKind: 'extension-page' as const };
const content = {
  sender: { id: 'x', url: 'https://www.aliexpress.com/p/order/index.html' },
  senderKind: 'content-script' as const,
};

async function storedOrderWithEvidence() {
  const db = freshDatabase();
  const { handlers: h } = createBackground({ db, now: () => NOW, timeZone: () => 'UTC', deriveDeadlines });
  await h.pageReading(
    reading([
      protectedOrder(ORDER, NOW + 6 * DAY, {
        status: 'delivered',
        store: { name: 'Gadget <b>Store</b>' },
        total: { amount: 20, currency: 'USD' },
      }),
    ]),
    content,
  );
  await h.setProblem({ orderId: ORDER, problem: { reason: 'damaged' } }, page);
  await h.addJournalEntry(
    { orderId: ORDER, kind: 'contacted-seller', text: 'Asked for a refund', at: NOW - DAY },
    page,
  );
  await h.addJournalEntry(
    { orderId: ORDER, kind: 'offer-received', amount: { amount: 5, currency: 'USD' }, resolution: 'partial-refund' },
    page,
  );
  const bytes = strToU8('not really a jpeg');
  const uploadId = crypto.randomUUID();
  await h.uploadChunk({ uploadId, index: 0, total: 1, data: bytesToBase64(bytes) }, page);
  const added = await h.addEvidence(
    {
      uploadId,
      orderId: ORDER,
      kind: 'photo',
      name: 'box.jpg',
      type: 'image/jpeg',
      caption: 'Crushed corner',
      checklistItemIds: ['damage-photos'],
      warnings: ['too-dark'],
    },
    page,
  );
  const detail = await getOrderDetail(db, `aliexpress:${ORDER}`);
  if (!detail) throw new Error('not stored');
  const view = buildOrderView(detail, defaultSettings(), NOW, 'UTC');
  const files = await Promise.all(
    detail.evidence.map(async (meta) => ({ meta, blob: (await getEvidenceBlob(db, meta.id)) as Blob })),
  );
  return { view, files, added, bytes };
}

describe('evidencePackInputFor', () => {
  it('packs the order, its deadlines, journal, the drafts with where they go, and the stored files', async () => {
    const { view, files, added, bytes } = await storedOrderWithEvidence();
    const input = evidencePackInputFor(view, files, NOW + 1000, 'Europe/Berlin');
    expect(input.order.orderId).toBe(ORDER);
    expect(input.deadlines.map((d) => d.kind)).toEqual(view.deadlines.map((d) => d.kind));
    expect(input.deadlines[0]).not.toHaveProperty('ref');
    expect(input.journal.map((entry) => [entry.kind, entry.text])).toEqual([
      ['offer-received', '5.00 USD · partial refund'],
      ['contacted-seller', 'Asked for a refund'],
    ]);
    expect(input.texts.length).toBe(view.drafts.length);
    expect(input.texts[0]?.title).toBe(`${view.drafts[0]?.title} (${view.drafts[0]?.where})`);
    expect(input.timeZone).toBe('Europe/Berlin');

    const entries = unzipSync(await buildEvidencePack(input));
    expect(Object.keys(entries).sort()).toEqual(['files/01-box.jpg', 'manifest.json', 'summary.html']);
    expect(entries['files/01-box.jpg']).toEqual(bytes);
    const manifest = JSON.parse(new TextDecoder().decode(entries['manifest.json']));
    expect(manifest.files[0]).toMatchObject({
      sha256: added.sha256,
      caption: 'Crushed corner',
      warnings: ['too-dark'],
    });
    expect(added.sha256).toBe(await sha256Hex(bytes));
    const summary = new TextDecoder().decode(entries['summary.html']);
    expect(summary).toContain(ORDER);
    expect(summary).toContain('Gadget &lt;b&gt;Store&lt;/b&gt;');
    expect(summary).toContain('Dispute description');
  });
});

describe('journalLine', () => {
  const base = { id: 'j', orderId: ORDER, ref: `aliexpress:${ORDER}` as const, at: NOW };
  it.each([
    [{ kind: 'note', text: '  kept the box ' }, 'kept the box'],
    [{ kind: 'decision', outcome: 'buyer-favour' }, 'outcome: buyer favour'],
    [{ kind: 'chargeback-filed', provider: 'paypal' }, 'with PayPal'],
    [{ kind: 'chargeback-filed', provider: 'card', text: 'Visa' }, 'Visa · with the card issuer'],
    [{ kind: 'dispute-opened' }, ''],
  ] as const)('%j → "%s"', (entry, text) => {
    expect(journalLine({ ...base, ...entry } as never)).toEqual({ at: NOW, kind: entry.kind, text });
  });
});
