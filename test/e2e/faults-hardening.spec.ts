import { backupWith } from './backup-data';
import { countRows, readDeadlines, readRows, uploadFromPage } from './extension-page';
import { sleep, workerStopper } from './fault-helpers';
import { expect, test } from './fixtures';

// The slowest fault test (a few thousand orders imported three or four times, about 40 s on two
// cores); part of `npm test` like every other, so CI and a newcomer run the same suite.

test('an import stopped mid-way is applied wholly or not at all, and applies when sent again', async ({
  context,
  openExtensionPage,
}) => {
  test.setTimeout(240_000);
  const page = await openExtensionPage('options.html');
  const worker = await workerStopper(context, page);
  const now = Date.now();
  const before = backupWith(range(5, 8100000000000000).map((orderId) => ({ orderId })));
  const big = backupWith(
    range(IMPORT_ORDERS, 8200000000000000).map((orderId, i) => ({
      orderId,
      protectionEndsAt: now + ((i % 40) + 1) * DAY,
      title: `Item ${i}`,
    })),
  );
  const bigIds = range(IMPORT_ORDERS, 8200000000000000);
  const beforeIds = range(5, 8100000000000000);
  const importFrom = (uploadId: string) =>
    page.evaluate(
      (id) =>
        chrome.runtime
          .sendMessage({ protocol: 'buyer-guard/1', type: 'importBackup', payload: { uploadId: id, mode: 'replace' } })
          .then(
            (reply) => ({ lost: false, reply }),
            (error: Error) => ({ lost: true, reply: error.message }),
          ),
      uploadId,
    );
  const storedIds = async () => (await readRows<{ orderId: string }>(page, 'orders')).map((o) => o.orderId).sort();

  const resetTo = async (text: string) =>
    expect(await importFrom(await uploadFromPage(page, text))).toMatchObject({ lost: false, reply: { ok: true } });

  // How long the import takes when nothing goes wrong: the stops below land inside it.
  await resetTo(before);
  let started = Date.now();
  const whole = await importFrom(await uploadFromPage(page, big, 256 * 1024));
  const took = Date.now() - started;
  expect(whole).toMatchObject({ lost: false, reply: { ok: true, data: { ok: true, orders: IMPORT_ORDERS } } });
  expect(await storedIds()).toEqual(bigIds);
  const rounds = [`uninterrupted: ${took} ms`];

  let lost = 0;
  let rolledBack = 0;
  for (const fraction of [0.25, 0.6, 0.4, 0.8]) {
    await resetTo(before);
    const uploadId = await uploadFromPage(page, big, 256 * 1024);
    const pending = importFrom(uploadId);
    await sleep(took * fraction);
    await worker.stop();
    const first = await pending;
    const ids = await storedIds();
    // All of the backup, or all of what was there before: never a mix.
    expect([beforeIds, bigIds]).toContainEqual(ids);
    if (!first.lost) {
      expect(first.reply).toMatchObject({ ok: true, data: { ok: true, orders: IMPORT_ORDERS } });
      expect(ids).toEqual(bigIds);
      rounds.push(`stop at ${fraction}: too late, import done`);
      continue;
    }
    lost++;
    if (ids.length === beforeIds.length) rolledBack++;
    // The same message again (what sendMessageWithRetry does after a lost reply) applies the staged upload.
    started = Date.now();
    const again = await importFrom(uploadId);
    expect(again).toMatchObject({ lost: false, reply: { ok: true, data: { ok: true } } });
    expect(await storedIds()).toEqual(bigIds);
    expect(await countRows(page, 'uploads')).toBe(0);
    rounds.push(
      `stop at ${fraction}: ${ids.length === bigIds.length ? 'applied, reply lost' : 'rolled back'}; sent again, applied in ${Date.now() - started} ms`,
    );
    if (rolledBack > 0) break;
  }
  test.info().annotations.push({ type: 'rounds', description: rounds.join(' | ') });
  expect(lost, 'rounds whose reply the stop cut off').toBeGreaterThan(0);
  expect(rolledBack, 'rounds stopped before the import committed').toBeGreaterThan(0);
  const deadlines = await readDeadlines(page);
  expect(new Set(deadlines.map((d) => d.ref)).size).toBe(IMPORT_ORDERS);
});

const DAY = 24 * 60 * 60 * 1000;
const IMPORT_ORDERS = 2000;

function range(count: number, first: number): string[] {
  return Array.from({ length: count }, (_, i) => String(first + i)).sort();
}
