import { describe, expect, it } from 'vitest';
import { escapeHtml } from '../../../lib/evidence/escape-html';

/** What a browser makes of the escaped text: the parsed DOM must hold exactly one text node, no elements. */
function parse(html: string): { elements: number; text: string; attribute: string | null } {
  const container = new DOMParser().parseFromString(`<body><p title="${html}">${html}</p></body>`, 'text/html');
  const paragraph = container.body.querySelector('p');
  return {
    elements: paragraph?.querySelectorAll('*').length ?? -1,
    text: paragraph?.textContent ?? '',
    attribute: paragraph?.getAttribute('title') ?? null,
  };
}

describe('escapeHtml', () => {
  it.each([
    ['<img src=x onerror=alert(1)>', '&lt;img src=x onerror=alert(1)&gt;'],
    ['<script>alert(1)</script>', '&lt;script&gt;alert(1)&lt;/script&gt;'],
    ['"><svg onload=alert(1)>', '&quot;&gt;&lt;svg onload=alert(1)&gt;'],
    ["' onmouseover='alert(1)", '&#39; onmouseover=&#39;alert(1)'],
    ['Tom & Jerry &amp;', 'Tom &amp; Jerry &amp;amp;'],
    ['javascript:alert(1)', 'javascript:alert(1)'], // harmless as text; links go through marketplacePageUrl
    ['plain text', 'plain text'],
    ['', ''],
  ])('%s', (hostile, escaped) => {
    expect(escapeHtml(hostile)).toBe(escaped);
    const parsed = parse(escapeHtml(hostile));
    expect(parsed.elements).toBe(0);
    expect(parsed.text).toBe(hostile);
    expect(parsed.attribute).toBe(hostile);
  });

  it('shows a right-to-left override instead of letting it reverse the text', () => {
    const spoofed = 'invoice\u202Egpj.exe';
    expect(escapeHtml(spoofed)).toBe('invoice[U+202E]gpj.exe');
    for (const control of ['\u202A', '\u202B', '\u202C', '\u202D', '\u2066', '\u2067', '\u2068', '\u2069']) {
      expect(escapeHtml(`a${control}b`)).toMatch(/^a\[U\+20[26][0-9A-F]\]b$/);
    }
  });

  it('keeps right-to-left text and the plain direction marks it needs', () => {
    const hebrew = 'חנות\u200F 123';
    const arabic = 'متجر الإلكترونيات';
    expect(escapeHtml(hebrew)).toBe(hebrew);
    expect(escapeHtml(arabic)).toBe(arabic);
  });

  it('keeps emoji, including joined sequences and flags, intact', () => {
    const emoji = 'Box 📦 crushed 😡 👨‍👩‍👧 🇩🇪 ❤️';
    expect(escapeHtml(emoji)).toBe(emoji);
  });

  it('drops control characters HTML forbids, keeps tabs and line breaks', () => {
    expect(escapeHtml('a\u0000b\u0007c\u001Bd\u007Fe')).toBe('abcde');
    expect(escapeHtml('line 1\nline 2\r\n\tindented')).toBe('line 1\nline 2\r\n\tindented');
  });

  it('escapes a 10 KB hostile string completely and fast', () => {
    const unit = '<script>alert("x")</script>&\u202E';
    const long = unit.repeat(Math.ceil(10_240 / unit.length));
    const started = performance.now();
    const escaped = escapeHtml(long);
    expect(performance.now() - started).toBeLessThan(50);
    expect(escaped).not.toMatch(/[<>"\u202E]/);
    expect(parse(escaped).elements).toBe(0);
  });
});
