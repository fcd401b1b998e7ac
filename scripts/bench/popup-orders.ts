import type { Page } from '@playwright/test';
import { backupWith } from '../../test/e2e/backup-data';

const DAY = 86_400_000;

/**
 * Stores `count` simple orders through the background, as a backup import does (the popup benchmark's 1,000):
 * `page` is an extension page (bench.html), which may send the protocol's messages.
 */
export async function importBenchOrders(page: Page, count: number): Promise<void> {
  const orders = Array.from({ length: count }, (_, i) => ({
    orderId: String(8_500_000_000_000_000 + i),
    protectionEndsAt: Date.now() + ((i % 60) + 1) * DAY,
    title: `Sample item number ${i}`,
    store: `Store ${i % 25}`,
  }));
  const imported = await page.evaluate(async (json) => {
    const bytes = new TextEncoder().encode(json);
    let binary = '';
    for (const b of bytes) binary += String.fromCharCode(b);
    const base64 = btoa(binary);
    const uploadId = crypto.randomUUID();
    const size = 4 * 1024 * 1024;
    const total = Math.ceil(base64.length / size);
    for (let index = 0; index < total; index++) {
      await chrome.runtime.sendMessage({
        protocol: 'buyer-guard/1',
        type: 'uploadChunk',
        payload: { uploadId, index, total, data: base64.slice(index * size, (index + 1) * size) },
      });
    }
    return chrome.runtime.sendMessage({
      protocol: 'buyer-guard/1',
      type: 'importBackup',
      payload: { uploadId, mode: 'merge' },
    });
  }, backupWith(orders));
  if (!imported?.ok || !imported.data?.ok) throw new Error(`import failed: ${JSON.stringify(imported)}`);
}
