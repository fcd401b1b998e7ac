import { spawnSync } from 'node:child_process';
import { mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { describe, expect, it } from 'vitest';

const ROOT = path.resolve(import.meta.dirname, '../../..');
const FIXTURES = 'test/fixtures/aliexpress';

function readPage(...args: string[]) {
  return spawnSync(process.execPath, ['--import', 'tsx', 'scripts/read-page.ts', ...args], {
    cwd: ROOT,
    encoding: 'utf8',
  });
}

describe('npm run read-page', () => {
  it('prints the reading of a saved page, with its API responses, as the fixture expects', () => {
    const result = readPage(
      `${FIXTURES}/tracking.8207770001112223.html`,
      '--url',
      'https://www.aliexpress.com/p/tracking/index.html?_addShare=no&_login=yes&tradeOrderId=8207770001112223',
      '--api',
      `${FIXTURES}/tracking.8207770001112223.api.json`,
      '--now',
      '2026-11-20T09:00:00Z',
    );
    expect(result.status).toBe(0);
    const expected = readFileSync(path.join(ROOT, FIXTURES, 'tracking.8207770001112223.expected.json'), 'utf8');
    expect(JSON.parse(result.stdout)).toEqual(JSON.parse(expected));
  }, 30_000);

  it('reads a capture of the page JSON alone (--api, --now), with the rules and dates the response states', () => {
    const page = path.join(mkdtempSync(path.join(tmpdir(), 'read-page-')), 'page.html');
    writeFileSync(page, '<html><body><p>(page not saved)</p></body></html>');
    const result = readPage(
      page,
      '--url',
      'https://www.aliexpress.com/p/order/detail.html?orderId=8231000000000101',
      '--api',
      `${FIXTURES}/order-detail.8231000000000101.api.json`,
      '--now',
      '2026-11-20T09:00:00Z',
    );
    expect(result.status).toBe(0);
    expect(JSON.parse(result.stdout)).toMatchObject({
      ok: true,
      readAt: Date.parse('2026-11-20T09:00:00Z'),
      diagnostics: { sources: ['json'] },
      orders: [
        {
          orderId: '8231000000000101',
          status: 'completed',
          shippedOn: '2026-10-04',
          confirmedOn: '2026-10-30',
          pageRules: [
            { kind: 'return-refund-window', days: 7, anchor: 'confirmed' },
            { kind: 'dispute-window', days: 90, anchor: 'ordered' },
            { kind: 'return-refund-window', days: 15, anchor: 'delivered' },
          ],
        },
      ],
    });
  }, 30_000);

  it('reads captures alone, without a page or a URL: the page is the one the captured API belongs to', () => {
    const result = readPage(
      '--api',
      `${FIXTURES}/order-detail.8231000000000101.api.json`,
      '--now',
      '2026-11-20T09:00:00Z',
    );
    expect(result.status).toBe(0);
    expect(JSON.parse(result.stdout)).toMatchObject({
      ok: true,
      pageKind: 'order-detail',
      url: 'https://www.aliexpress.com/p/order/detail.html?orderId=8231000000000101',
      orders: [{ orderId: '8231000000000101', status: 'completed', confirmedOn: '2026-10-30' }],
    });
    const list = readPage('--api', `${FIXTURES}/order-list.mtop.en.api.json`, '--now', '2026-11-20T09:00:00Z');
    expect(JSON.parse(list.stdout)).toMatchObject({ ok: true, pageKind: 'order-list' });
    expect(JSON.parse(list.stdout).orders.length).toBeGreaterThan(0);
  }, 30_000);

  it('exits 0 with the reason in the JSON when the page cannot be read', () => {
    const result = readPage(`${FIXTURES}/order-list.captcha.html`);
    expect(result.status).toBe(0);
    expect(JSON.parse(result.stdout)).toMatchObject({
      ok: false,
      reason: 'verification-required',
      pageKind: 'order-list',
    });
  }, 30_000);

  it('exits 2 on a missing file or a bad argument', () => {
    expect(readPage('no/such/page.html').status).toBe(2);
    expect(readPage(`${FIXTURES}/order-list.en.html`, '--url', 'not a url').status).toBe(2);
    expect(readPage(`${FIXTURES}/order-list.en.html`, '--bogus').status).toBe(2);
  }, 30_000);
});
