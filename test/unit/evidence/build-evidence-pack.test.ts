import { createHash } from 'node:crypto';
import { strFromU8, unzipSync } from 'fflate';
import { describe, expect, it } from 'vitest';
import { buildEvidencePack, EVIDENCE_PACK_FORMAT } from '../../../lib/evidence/build-evidence-pack';
import type { EvidencePackFile, EvidencePackInput } from '../../../lib/evidence/evidence-pack-input';
import type { EvidenceMeta } from '../../../lib/model/evidence';

const GENERATED_AT = Date.UTC(2026, 2, 20, 9, 30);
const HOSTILE = {
  img: '<img src=x onerror=alert(1)>',
  script: '<script>alert("x")</script>',
  js: 'javascript:alert(1)',
  rtl: 'invoice\u202Egpj.exe',
  emoji: 'Коробка раздавлена 📦😡 👨‍👩‍👧',
};

function fileOf(
  name: string,
  type: string,
  content: string | Uint8Array<ArrayBuffer>,
  extra: Partial<EvidenceMeta> = {},
) {
  const bytes = typeof content === 'string' ? new TextEncoder().encode(content) : content;
  const meta: EvidenceMeta = {
    id: `id-${name}`,
    orderId: '8190000000000001',
    kind: 'photo',
    name,
    type,
    size: bytes.length,
    sha256: createHash('sha256').update(bytes).digest('hex'),
    caption: '',
    checklistItemIds: [],
    addedAt: Date.UTC(2026, 2, 19, 18, 0),
    warnings: [],
    ...extra,
  };
  return { meta, blob: new Blob([bytes], { type }) } satisfies EvidencePackFile;
}

function sampleInput(changes: Partial<EvidencePackInput> = {}): EvidencePackInput {
  return {
    order: {
      marketplace: 'aliexpress',
      orderId: '8190000000000001',
      orderedOn: '2026-01-28',
      status: 'shipped',
      statusText: 'Awaiting delivery',
      store: { name: 'Gadget World Store', url: 'https://www.aliexpress.com/store/1102' },
      items: [
        {
          title: 'USB-C charger 65 W',
          sku: 'Color: Black',
          quantity: 2,
          unitPrice: { amount: 12.5, currency: 'USD' },
          productUrl: 'https://www.aliexpress.com/item/1005001.html',
        },
      ],
      total: { amount: 25, currency: 'USD' },
      tracking: { number: 'LP00123456789', carrier: 'Cainiao' },
      detailUrl: 'https://www.aliexpress.com/p/order/detail.html?orderId=8190000000000001',
    },
    deadlines: [
      {
        orderId: '8190000000000001',
        kind: 'buyer-protection-ends',
        dueAt: Date.UTC(2026, 3, 28, 12, 0),
        source: 'page',
        ruleId: 'page.countdown',
        urgency: 'upcoming',
        label: 'Buyer protection ends',
      },
      {
        orderId: '8190000000000001',
        kind: 'dispute-opens',
        dueAt: Date.UTC(2026, 1, 10, 0, 0),
        source: 'estimate',
        ruleId: 'aliexpress.dispute-opens-after-shipping',
        urgency: 'none',
        label: 'Dispute can be opened',
      },
    ],
    journal: [
      { at: Date.UTC(2026, 2, 15, 10, 0), kind: 'contacted-seller', text: 'Asked where the parcel is.' },
      { at: Date.UTC(2026, 2, 12, 8, 0), kind: 'note', text: 'Tracking has not moved for 20 days.' },
    ],
    texts: [{ title: 'Message to the seller', body: 'Hello,\nmy order 8190000000000001 has not arrived.\nRegards' }],
    files: [
      fileOf('front.jpg', 'image/jpeg', new Uint8Array([0xff, 0xd8, 0xff, 1, 2, 3]), { caption: 'Box front' }),
      fileOf('tracking.png', 'image/png', 'png bytes', { kind: 'screenshot' }),
    ],
    generatedAt: GENERATED_AT,
    timeZone: 'UTC',
    ...changes,
  };
}

async function unpack(input: EvidencePackInput) {
  const zip = await buildEvidencePack(input);
  const entries = unzipSync(zip);
  const summaryText = strFromU8(entries['summary.html'] ?? new Uint8Array());
  const summary = new DOMParser().parseFromString(summaryText, 'text/html');
  const manifest = JSON.parse(strFromU8(entries['manifest.json'] ?? new Uint8Array()));
  return { zip, entries, summaryText, summary, manifest };
}

describe('buildEvidencePack: contents', () => {
  it('holds the numbered files byte for byte, the summary and the manifest', async () => {
    const input = sampleInput();
    const { entries } = await unpack(input);
    expect(Object.keys(entries).sort()).toEqual(
      ['files/01-front.jpg', 'files/02-tracking.png', 'manifest.json', 'summary.html'].sort(),
    );
    expect([...(entries['files/01-front.jpg'] ?? [])]).toEqual([0xff, 0xd8, 0xff, 1, 2, 3]);
    expect(strFromU8(entries['files/02-tracking.png'] ?? new Uint8Array())).toBe('png bytes');
  });

  it('writes a manifest with the order, the time and every file hash', async () => {
    const input = sampleInput();
    const { manifest } = await unpack(input);
    expect(manifest).toMatchObject({
      format: EVIDENCE_PACK_FORMAT,
      marketplace: 'aliexpress',
      orderId: '8190000000000001',
      generatedAt: '2026-03-20T09:30:00.000Z',
      summary: 'summary.html',
    });
    expect(manifest.files).toEqual([
      expect.objectContaining({
        path: 'files/01-front.jpg',
        originalName: 'front.jpg',
        size: 6,
        sha256: input.files[0]?.meta.sha256,
        caption: 'Box front',
      }),
      expect.objectContaining({
        path: 'files/02-tracking.png',
        kind: 'screenshot',
        sha256: input.files[1]?.meta.sha256,
      }),
    ]);
    expect(manifest.files[0]).not.toHaveProperty('sha256AtCapture');
  });

  it('shows the order facts, deadlines in time order, journal in time order, texts and files', async () => {
    const { summary } = await unpack(sampleInput());
    const text = summary.body.textContent ?? '';
    for (const fact of ['8190000000000001', '2026-01-28', 'Gadget World Store', 'USB-C charger 65 W', 'Color: Black']) {
      expect(text).toContain(fact);
    }
    expect(text).toContain('$25.00');
    expect(text).toContain('LP00123456789 (Cainiao)');
    expect(text).toContain('shipped (page: "Awaiting delivery")');
    const cells = (section: number) =>
      [...(summary.querySelectorAll('section')[section]?.querySelectorAll('tbody tr') ?? [])].map((row) =>
        [...row.querySelectorAll('td')].map((td) => td.textContent?.trim()),
      );
    expect(cells(1)).toEqual([
      // The one deadline formatter's words, as in the guide and the badges (English, like the summary).
      [
        'Feb 10, 12:00 AM',
        'Dispute can be opened',
        'estimated (aliexpress.dispute-opens-after-shipping)',
        'possible now',
      ],
      ['Apr 28, 12:00 PM', 'Buyer protection ends', 'stated by the page', '39 days 2 hours left'],
    ]);
    expect(cells(2)).toEqual([
      ['2026-03-12 08:00', 'note', 'Tracking has not moved for 20 days.'],
      ['2026-03-15 10:00', 'contacted seller', 'Asked where the parcel is.'],
    ]);
    const composed = summary.querySelector('.composed .text');
    expect(composed?.textContent).toBe('Hello,\nmy order 8190000000000001 has not arrived.\nRegards');
    const fileRows = cells(4);
    expect(fileRows[0]?.[4]).toBe(sampleInput().files[0]?.meta.sha256);
    expect(fileRows[0]?.[2]).toBe('Box front');
    expect(summary.querySelector('title')?.textContent).toBe('Evidence pack: AliExpress order 8190000000000001');
  });

  it('stores files of active types under an inert name and links only inert files (issue 12, break 9)', async () => {
    const svg = '<svg xmlns="http://www.w3.org/2000/svg" onload="alert(1)"><script>alert(2)</script></svg>';
    const { entries, summary, manifest } = await unpack(
      sampleInput({
        files: [
          fileOf('front.jpg', 'image/jpeg', new Uint8Array([0xff, 0xd8, 0xff, 1])),
          fileOf('drawing.svg', 'image/svg+xml', svg),
          fileOf('receipt.html', 'text/html', '<script>alert(3)</script>'),
        ],
      }),
    );
    expect(Object.keys(entries).filter((name) => name.startsWith('files/'))).toEqual([
      'files/01-front.jpg',
      'files/02-drawing.svg.txt',
      'files/03-receipt.html.txt',
    ]);
    // The bytes are kept as they were (the hash still proves them), only the name changed.
    expect(strFromU8(entries['files/02-drawing.svg.txt'] ?? new Uint8Array())).toBe(svg);
    expect(manifest.files.map((file: { originalName: string }) => file.originalName)).toEqual([
      'front.jpg',
      'drawing.svg',
      'receipt.html',
    ]);
    const links = [...summary.querySelectorAll('a[href]')].map((a) => a.getAttribute('href'));
    expect(links.filter((href) => href?.startsWith('files/'))).toEqual(['files/01-front.jpg']);
    expect(summary.body.textContent).toContain('02-drawing.svg.txt');
    expect(summary.body.textContent).toContain('kept as text');
  });

  it('is self-contained: no script, no remote resource, a CSP that forbids both', async () => {
    const { summary, summaryText } = await unpack(sampleInput());
    expect(summary.querySelectorAll('script, link, img, iframe, object, embed, video, audio, base')).toHaveLength(0);
    expect(summaryText).not.toMatch(/\bsrc=|url\(|@import/i);
    const csp = summary.querySelector('meta[http-equiv="Content-Security-Policy"]')?.getAttribute('content');
    expect(csp).toBe("default-src 'none'; style-src 'unsafe-inline'");
  });

  it('stays English for the platform, with the buyer’s language beside its headings', async () => {
    const english = await unpack(sampleInput());
    expect(english.summary.querySelectorAll('.tr')).toHaveLength(0);
    const { summary } = await unpack(sampleInput({ locale: 'es-MX' }));
    const headings = [...summary.querySelectorAll('h2')].map((h) => h.textContent);
    expect(headings).toContain('Deadlines (Plazos)');
    expect(headings).toContain('Files (Archivos)');
    expect(summary.querySelector('.tr')?.getAttribute('lang')).toBe('es');
    expect(summary.documentElement.getAttribute('lang')).toBe('en');
    // The sentences stay English only.
    expect(summary.querySelector('.meta')?.textContent).toMatch(/^Generated .* by Buyer Guard on the buyer’s device/);
    const footer = summary.querySelector('footer');
    expect([...(footer?.querySelectorAll('code') ?? [])].map((code) => code.textContent)).toEqual([
      'sha256sum',
      'shasum -a 256',
      'certutil -hashfile FILE SHA256',
    ]);
    expect(footer?.textContent).toContain('The same list is in manifest.json.');
  });

  it('flags a file whose bytes changed after capture, in the summary and the manifest', async () => {
    const file = fileOf('front.jpg', 'image/jpeg', 'original');
    const tampered = { meta: file.meta, blob: new Blob(['tampered']) };
    const { manifest, summary } = await unpack(sampleInput({ files: [tampered] }));
    expect(manifest.files[0].sha256).toBe(createHash('sha256').update('tampered').digest('hex'));
    expect(manifest.files[0].sha256AtCapture).toBe(file.meta.sha256);
    expect(summary.querySelector('.alert')?.textContent).toContain(file.meta.sha256);
  });

  it('stores media uncompressed and deflates text', async () => {
    const repetitive = 'a'.repeat(100_000);
    const input = sampleInput({
      files: [fileOf('photo.jpg', 'image/jpeg', repetitive), fileOf('notes.txt', 'text/plain', repetitive)],
    });
    const zip = await buildEvidencePack(input);
    // Stored JPEG (100 KB) + deflated text (~100 bytes) + summary and manifest.
    expect(zip.length).toBeGreaterThan(100_000);
    expect(zip.length).toBeLessThan(115_000);
  });

  it('builds a pack for an order with nothing but its number', async () => {
    const { entries, summary } = await unpack({
      order: { marketplace: 'aliexpress', orderId: '123456' },
      deadlines: [],
      journal: [],
      texts: [],
      files: [],
      generatedAt: GENERATED_AT,
      timeZone: 'UTC',
    });
    expect(Object.keys(entries).sort()).toEqual(['manifest.json', 'summary.html']);
    expect(summary.body.textContent).toContain('No deadlines recorded.');
    expect(summary.body.textContent).toContain('No files.');
  });
});

describe('buildEvidencePack: hostile page text', () => {
  const hostileInput = () =>
    sampleInput({
      order: {
        marketplace: 'aliexpress',
        orderId: '8190000000000001',
        statusText: HOSTILE.script,
        store: { name: HOSTILE.img, url: HOSTILE.js },
        items: [
          { title: HOSTILE.rtl, productUrl: 'http://insecure.example/item' },
          { title: HOSTILE.emoji, sku: 'x'.repeat(10_240), productUrl: 'https://www.aliexpress.com/item/"><script>' },
        ],
        tracking: {
          events: [{ description: HOSTILE.img, location: HOSTILE.rtl, stage: 'in-transit', time: '2026-03-01T10:00' }],
        },
      },
      journal: [{ at: GENERATED_AT, kind: '<b>kind</b>', text: `${HOSTILE.script}\n${HOSTILE.emoji}` }],
      texts: [{ title: HOSTILE.img, body: `${HOSTILE.script}${'<'.repeat(10_240)}` }],
      files: [
        fileOf('../../summary.html', 'text/html', '<script>alert(1)</script>', { caption: HOSTILE.img }),
        fileOf(HOSTILE.rtl, 'image/jpeg', 'x', { caption: HOSTILE.rtl, checklistItemIds: [HOSTILE.script] }),
        fileOf('manifest.json', 'application/json', '{}'),
        fileOf('manifest.json', 'application/json', '{}'),
      ],
    });

  it('renders no element, attribute or link from page text', async () => {
    const { summary } = await unpack(hostileInput());
    expect(summary.querySelectorAll('script, img, svg, b')).toHaveLength(0);
    for (const element of summary.querySelectorAll('*')) {
      for (const attribute of element.getAttributeNames()) expect(attribute).not.toMatch(/^on/i);
    }
    const hrefs = [...summary.querySelectorAll('a')].map((a) => a.getAttribute('href') ?? '');
    expect(hrefs.length).toBeGreaterThan(0);
    for (const href of hrefs) expect(href).toMatch(/^(https:\/\/|files\/)/);
    expect(hrefs).not.toContain('http://insecure.example/item');
    expect(hrefs).toContain('https://www.aliexpress.com/item/%22%3E%3Cscript%3E');
  });

  it('keeps the hostile text readable as text', async () => {
    const { summary } = await unpack(hostileInput());
    const text = summary.body.textContent ?? '';
    expect(text).toContain(HOSTILE.img);
    expect(text).toContain(HOSTILE.script);
    expect(text).not.toContain(HOSTILE.js); // a URL that is not https is neither linked nor shown
    expect(text).toContain(HOSTILE.emoji);
    expect(text).toContain('invoice[U+202E]gpj.exe');
    expect(text).not.toContain('\u202E');
    expect(text).toContain('x'.repeat(10_240));
    expect(text).toContain('<'.repeat(10_240));
  });

  it('keeps hostile file names inside files/, distinct, without the override character', async () => {
    const { entries, manifest } = await unpack(hostileInput());
    const paths = Object.keys(entries);
    for (const path of paths) {
      expect(path).toMatch(/^(summary\.html|manifest\.json|files\/\d{2}-[^/\\]+)$/);
      expect(path).not.toContain('\u202E');
      expect(path).not.toContain('..');
    }
    // The page's HTML named like the summary: kept as text, so opening it runs nothing.
    expect(paths).toContain('files/01-summary.html.txt');
    expect(paths).toContain('files/02-invoice_gpj.exe.jpg');
    expect(paths).toContain('files/03-manifest.json');
    expect(paths).toContain('files/04-manifest.json');
    expect(strFromU8(entries['summary.html'] ?? new Uint8Array())).toContain('<!doctype html>');
    expect(manifest.files.map((file: { originalName: string }) => file.originalName)).toContain(HOSTILE.rtl);
  });
});
