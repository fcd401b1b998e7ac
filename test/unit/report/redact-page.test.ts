import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { readAliExpressPage } from '../../../lib/marketplaces/aliexpress/read-page';
import type { PageReading } from '../../../lib/model/reading';
import { buildPageReport, readingHasGaps } from '../../../lib/report/page-report';
import { redactLink, redactPage, redactText } from '../../../lib/report/redact-page';

const FIXTURE = 'test/fixtures/report/private-order-page.html';
const URL_OF_PAGE = 'https://pl.aliexpress.com/p/order/detail.html?orderId=8217000000000011';
const NOW = Date.parse('2026-11-20T09:00:00Z');

/** Everything in the fixture that is an id, a name, an address, a price, a tracking number or free text. */
const SECRETS = [
  '8217000000000011',
  '1109876543',
  '1005006111222333',
  'Jolanta',
  'Kowalczyk',
  'Brzęczyszczykiewicz',
  'jolanta@example.test',
  'example.test',
  'Słoneczna',
  '17/4',
  '00-950',
  'Warszawa',
  '600 700 800',
  'Sunny Garden',
  'Hand-painted',
  'porcelain',
  'teapot',
  'cranes',
  '129,46',
  '18.99',
  'LP00123456789CN',
  'RB123456785PL',
  'WAW12M',
  'Kwiatowej',
  'cat ate',
  'charger',
  'laughed',
  'Agnieszka',
  'sister',
  'Sabc123def456ghi789',
  'zz9secret',
  'a2g0o.secret',
  'jolanta',
];

function parse(): Document {
  return new DOMParser().parseFromString(readFileSync(FIXTURE, 'utf8'), 'text/html');
}

describe('redactPage', () => {
  it('keeps no order id, name, address, price, tracking number or free text of the page', () => {
    const structure = JSON.stringify(redactPage(parse()));
    for (const secret of SECRETS) expect(structure, secret).not.toContain(secret);
    // Not even in another case or spacing.
    for (const secret of SECRETS) expect(structure.toLowerCase(), secret).not.toContain(secret.toLowerCase());
  });

  it('keeps the structure: tags, class names, attribute names, known labels, text lengths', () => {
    const structure = redactPage(parse());
    const flat = JSON.stringify(structure);
    expect(structure.tag).toBe('body');
    expect(flat).toContain('"order-item-header-status-text"');
    expect(flat).toContain('"order-#"');
    expect(flat).toContain('"data-order-id"');
    expect(flat).toContain('"label":"Numer zamówienia"');
    expect(flat).toContain('"label":"Oczekuje na dostawę"');
    expect(flat).toContain('"label":"Potwierdź odbiór"');
    expect(flat).toContain('"label":"Numer przesyłki"');
    expect(flat).toContain('"looks":"money"');
    expect(flat).toContain('"looks":"date"');
  });

  it.each([
    ['Order ID: 8204417366541234', { label: 'Order ID', length: 16, looks: 'number' }],
    ['Awaiting delivery', { label: 'Awaiting delivery', length: 0 }],
    ['Jane Doe', { length: 8, looks: 'text' }],
    ['US $18.99', { length: 9, looks: 'money' }],
    ['Oct 28, 2026', { length: 12, looks: 'date' }],
    ['Totally private words', { length: 21, looks: 'text' }],
  ])('redactText(%s)', (text, expected) => {
    expect(redactText(text)).toEqual(expected);
  });

  it.each([
    [
      '//www.aliexpress.com/p/order/detail.html?orderId=8204417366541234',
      { host: 'aliexpress', path: '/p/order/detail.html', params: ['orderId'] },
    ],
    ['https://evil.example/x/123/y', { host: 'other', path: '/x/#/y' }],
    ['/item/1005006111222333.html', { host: 'relative', path: '/item/#' }],
    ['mailto:someone@example.test', { host: 'other' }],
    ['', { host: 'none' }],
  ])('redactLink(%s)', (href, expected) => {
    expect(redactLink(href)).toEqual(expected);
  });

  it('stops at its size limit and says how much it left out', () => {
    const document = new DOMParser().parseFromString(
      `<body>${'<div><span>x</span></div>'.repeat(6000)}</body>`,
      'text/html',
    );
    const structure = redactPage(document);
    expect(structure.omitted).toBeGreaterThan(0);
    expect(JSON.stringify(structure).length).toBeLessThan(400_000);
  });
});

describe('buildPageReport', () => {
  it('carries the reading diagnostics with ids replaced and quoted page text reduced to lengths', () => {
    const reading: PageReading = {
      ok: true,
      pageKind: 'order-detail',
      url: URL_OF_PAGE,
      readAt: NOW,
      language: 'pl',
      orders: [{ marketplace: 'aliexpress', orderId: '8217000000000011' }],
      diagnostics: {
        missing: [
          '8217000000000011: total',
          '8217000000000011: button "Wyślij Jolancie kwiaty" not recognised',
          '8217000000000011: statement not understood: "Zwrot do 3 gru 2026 dla Jolanta K."',
        ],
        disagreements: [{ orderId: '8217000000000011', field: 'total', dom: '129.46 PLN', json: '18.99 USD' }],
        sources: ['dom', 'json'],
      },
    };
    const report = buildPageReport({
      document: parse(),
      reading,
      extensionVersion: '0.1.0',
      browser: 'Mozilla/5.0 Chrome/140',
      now: NOW,
    });
    expect(report).toMatchObject({
      kind: 'buyer-guard-page-report',
      extensionVersion: '0.1.0',
      browser: 'Mozilla/5.0 Chrome/140',
      page: {
        kind: 'order-detail',
        address: { host: 'aliexpress', path: '/p/order/detail.html', params: ['orderId'] },
      },
      reading: {
        ok: true,
        orders: 1,
        missing: [
          'order 1: total',
          'order 1: button "22 characters" not recognised',
          // "Zwrot" (refund) is a label of our tables; the rest of the clause is only counted.
          'order 1: statement not understood: "Zwrot + 28 characters"',
        ],
        disagreements: [{ order: 'order 1', field: 'total' }],
      },
    });
    const json = JSON.stringify(report);
    for (const secret of [...SECRETS, '129.46', 'Jolancie', 'kwiaty']) expect(json, secret).not.toContain(secret);
  });

  it('reports a page the readers could not read, with the reason and the structure only', () => {
    const document = parse();
    // The page as the case-page reader sees it: no case on it.
    const reading = readAliExpressPage(
      document,
      'https://pl.aliexpress.com/p/reverse-pages/detail.html?tradeOrderId=8217000000000011',
      NOW,
    );
    const report = buildPageReport({ document, reading, extensionVersion: '0.1.0', browser: 'test', now: NOW });
    expect(report.reading).toMatchObject({ ok: false, reason: 'layout-not-recognised', orders: 0 });
    expect(readingHasGaps(reading)).toBe(true);
    const json = JSON.stringify(report);
    for (const secret of SECRETS) expect(json, secret).not.toContain(secret);
  });

  it('offers a report for unread pages and unread fields, not for an empty list or a robot check', () => {
    const failed = (reason: 'empty' | 'verification-required' | 'layout-not-recognised'): PageReading => ({
      ok: false,
      url: URL_OF_PAGE,
      readAt: NOW,
      reason,
      message: 'x',
    });
    expect(readingHasGaps(failed('layout-not-recognised'))).toBe(true);
    expect(readingHasGaps(failed('empty'))).toBe(false);
    expect(readingHasGaps(failed('verification-required'))).toBe(false);
  });
});
