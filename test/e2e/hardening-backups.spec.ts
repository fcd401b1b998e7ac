import { createHash } from 'node:crypto';
import { readFile } from 'node:fs/promises';
import type { Page } from '@playwright/test';
import { strToU8, zipSync } from 'fflate';
import { SAMPLE_ORDER_LIST_URL } from '../fixtures/aliexpress/sample-site';
import { zipBomb } from '../fixtures/backups/hostile-zips';
import { backupJson, backupWith } from './backup-data';
import { readRows, sendFromPage, uploadFromPage } from './extension-page';
import { expect, test } from './fixtures';
import { lastReading, storedOrders } from './hardening-helpers';

// Backups are not trusted at all (issue 12, break 7), chosen in the options page as a buyer would:
// impossible values are refused with a sentence and change nothing, links that are not AliExpress's are
// left out and counted, evidence here is never overwritten, an export always restores, and a small
// archive that inflates to gigabytes is refused at once.

test.describe.configure({ timeout: 120_000 });

const ORDER = '8100000000000001';
const DAY = 86_400_000;

const sha256 = (bytes: Uint8Array) => createHash('sha256').update(bytes).digest('hex');

/** A backup holding `orders` (raw, as a file could hold them) and `evidence` metas with their files. */
function backupFile(
  orders: Record<string, unknown>[],
  evidence: { meta: object; path: string; bytes: Uint8Array }[] = [],
) {
  const json = backupJson(
    orders.map((order) => ({ marketplace: 'aliexpress', status: 'shipped', ...order })),
    evidence.map(({ meta, path }) => ({ ...meta, file: path })),
  );
  if (!evidence.length) return strToU8(json);
  return zipSync({
    'buyer-guard-backup.json': strToU8(json),
    ...Object.fromEntries(evidence.map(({ path, bytes }) => [path, bytes])),
  });
}

function evidenceEntry(id: string, bytes: Uint8Array, caption: string) {
  const path = `evidence/${id.replace(/[^A-Za-z0-9_-]/g, '_')}.jpg`;
  return {
    path,
    bytes,
    meta: {
      id,
      ref: `aliexpress:${ORDER}`,
      orderId: ORDER,
      kind: 'photo',
      name: 'box.jpg',
      type: 'image/jpeg',
      size: bytes.length,
      sha256: sha256(bytes),
      caption,
      checklistItemIds: [],
      addedAt: Date.now(),
      warnings: [],
    },
  };
}

/** Chooses a backup file in the options page and returns the sentence the page answers with. */
async function choose(options: Page, name: string, content: Uint8Array, mode = 'Add to what is here') {
  await options.getByLabel(new RegExp(`^${mode}`)).check();
  const status = options.getByTestId('data-status');
  // Every text the status line shows from now on: the answer is the first final one after "Checking".
  await options.evaluate(() => {
    const seen: string[] = [];
    Object.assign(window, { statusSeen: seen });
    const line = document.querySelector('[data-testid="data-status"]');
    if (line) seen.push(line.textContent ?? '');
    new MutationObserver(() =>
      seen.push(document.querySelector('[data-testid="data-status"]')?.textContent ?? ''),
    ).observe(document.body, { subtree: true, childList: true, characterData: true });
  });
  await options.getByLabel('Backup file (.json or .zip)').setInputFiles({
    name,
    mimeType: name.endsWith('.zip') ? 'application/zip' : 'application/json',
    buffer: Buffer.from(content),
  });
  const answer = async () => {
    const seen = await options.evaluate(() => (window as unknown as { statusSeen: string[] }).statusSeen);
    const checking = seen.findIndex((text) => text.startsWith(`Checking ${name}`));
    return checking < 0 ? undefined : seen.slice(checking).find((text) => /^(Nothing was changed|Imported)/.test(text));
  };
  await expect.poll(answer, { timeout: 60_000 }).toBeDefined();
  await expect(status).not.toHaveText(/^Checking/);
  return (await answer()) ?? '';
}

test('a value Date cannot hold or a day the calendar lacks is refused, and nothing changes', async ({
  context,
  serviceWorker,
  openExtensionPage,
}) => {
  const options = await openExtensionPage('options.html');
  expect(await choose(options, 'seed.json', strToU8(backupWith([{ orderId: ORDER }])))).toMatch(/^Imported 1 order,/);
  const before = await storedOrders(options);

  const poisoned: [string, Record<string, unknown>, RegExp][] = [
    [
      'max-safe.json',
      { orderId: '8100000000000002', timers: [{ kind: 'buyer-protection-ends', endsAt: 2 ** 53 - 1, raw: 'x' }] },
      /^Nothing was changed\. The backup is damaged \(data\.orders\.0\.order\.timers\.0\.endsAt/,
    ],
    [
      'feb-31.json',
      { orderId: '8100000000000003', orderedOn: '2026-02-31' },
      /^Nothing was changed\. The backup is damaged \(data\.orders\.0\.order\.orderedOn/,
    ],
  ];
  for (const [name, order, reason] of poisoned) {
    expect(await choose(options, name, backupFile([order])), name).toMatch(reason);
    expect(await storedOrders(options), name).toEqual(before);
  }
  // The popup opens the order, and a page is still read and stored.
  const popup = await openExtensionPage('popup.html');
  await popup.getByTestId('order-item').first().click();
  await expect(popup.getByTestId('next-step')).toContainText('Next step:');
  const shop = await context.newPage();
  await shop.goto(SAMPLE_ORDER_LIST_URL);
  await expect.poll(() => lastReading(serviceWorker), { timeout: 15_000 }).toMatchObject({ ok: true, stored: 7 });
});

test('links that are not AliExpress’s are left out of an import, counted, and never opened', async ({
  serviceWorker,
  openExtensionPage,
}) => {
  const options = await openExtensionPage('options.html');
  const file = backupFile([
    {
      orderId: ORDER,
      detailUrl: 'data:text/html,<script>alert(1)</script>',
      store: { name: 'Store', url: 'chrome://settings' },
      items: [{ title: 'Earbuds', productUrl: 'https://evil.example/item/1.html' }],
      timers: [{ kind: 'buyer-protection-ends', endsAt: Date.now() + DAY / 2, raw: 'countdown' }],
    },
  ]);
  expect(await choose(options, 'links.json', file)).toBe(
    'Imported 1 order, 0 journal entries and 0 evidence files. 3 links of the backup did not lead to AliExpress and were left out.',
  );
  const stored = JSON.stringify(await storedOrders(options));
  for (const link of ['data:', 'chrome:', 'evil.example']) expect(stored).not.toContain(link);
  // Protection ends within a day: the reminder's click opens AliExpress's page of the order.
  await expect
    .poll(() => serviceWorker.evaluate(() => chrome.notifications.getAll().then((all) => Object.keys(all))), {
      timeout: 15_000,
    })
    .toHaveLength(1);
  const target = await serviceWorker.evaluate(async () => {
    const [id = ''] = Object.keys(await chrome.notifications.getAll());
    return (await chrome.storage.session.get(id))[id];
  });
  expect(target).toMatchObject({
    target: { url: `https://www.aliexpress.com/p/order/detail.html?orderId=${ORDER}` },
  });
});

test('evidence here is never overwritten by an import, and an export with look-alike ids restores', async ({
  openExtensionPage,
}) => {
  const options = await openExtensionPage('options.html');
  expect(await choose(options, 'seed.json', strToU8(backupWith([{ orderId: ORDER }])))).toMatch(/^Imported 1/);
  // The buyer's own photo, added through the workspace's path.
  const added = await sendFromPage(options, 'addEvidence', {
    uploadId: await uploadFromPage(options, 'the real photo'),
    orderId: ORDER,
    kind: 'photo',
    name: 'box.jpg',
    type: 'image/jpeg',
    caption: 'Crushed box',
  });
  const { id } = added.data as { id: string };
  const [original] = await readRows<Record<string, unknown>>(options, 'evidence');

  // A backup with another file under that id.
  const forged = backupFile([{ orderId: ORDER }], [evidenceEntry(id, strToU8('a forged photo'), 'Forged')]);
  expect(await choose(options, 'forged.zip', forged)).toMatch(
    /1 evidence file of the backup had the name of a different file here: it was added beside it, the file here is unchanged\.$/,
  );
  const rows = await readRows<Record<string, unknown>>(options, 'evidence');
  expect(rows).toHaveLength(2);
  const kept = rows.find((row) => row.id === id);
  expect({ ...kept, blob: undefined }).toEqual({ ...original, blob: undefined });

  // Two ids that once shared one path in the ZIP ("a.b" and "a_b"): exported and imported back, both stay.
  const lookAlike = backupFile(
    [{ orderId: ORDER }],
    [
      evidenceEntry('a.b', strToU8('first'), 'first'),
      { ...evidenceEntry('a_b', strToU8('second'), 'second'), path: 'evidence/other.jpg' },
    ],
  );
  expect(await choose(options, 'look-alike.zip', lookAlike)).toMatch(
    /^Imported 1 order, 0 journal entries and 2 evidence/,
  );
  const download = options.waitForEvent('download');
  await options.getByRole('button', { name: 'Export a backup with evidence (ZIP)' }).click();
  const exported = new Uint8Array(await readFile((await (await download).path()) as string));
  expect(await choose(options, 'exported.zip', exported, 'Replace everything here')).toMatch(
    /^Imported 1 order, 0 journal entries and 4 evidence files\.$/,
  );
  expect((await readRows<{ id: string }>(options, 'evidence')).map((row) => row.id).sort()).toEqual(
    [id, 'a.b', 'a_b', (rows.find((row) => row.id !== id)?.id as string) ?? ''].sort(),
  );
});

test('a 3 MB archive that inflates to almost 2 GB is refused at once', async ({ openExtensionPage }) => {
  const options = await openExtensionPage('options.html');
  const bomb = zipBomb(29);
  expect(bomb.zip.length).toBeLessThan(3 * 1024 * 1024);
  expect(bomb.unpackedBytes).toBeLessThan(2 * 1024 ** 3);
  const started = Date.now();
  expect(await choose(options, 'bomb.zip', bomb.zip)).toBe(
    'Nothing was changed. The archive unpacks to more than Buyer Guard can import at once.',
  );
  test.info().annotations.push({ type: 'refused in', description: `${Date.now() - started} ms` });
  expect(Date.now() - started).toBeLessThan(15_000);
});
