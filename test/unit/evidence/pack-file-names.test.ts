import { describe, expect, it } from 'vitest';
import { packFileNames, safeFileName } from '../../../lib/evidence/pack-file-names';

describe('safeFileName', () => {
  it.each([
    ['photo.jpg', 'image/jpeg', 'photo.jpg'],
    ['Photo.JPEG', 'image/jpeg', 'Photo.jpeg'], // extensions lower-cased,
    ['../../etc/passwd', 'text/plain', 'passwd.txt'],
    ['..\\..\\Windows\\system32\\evil.jpg', 'image/jpeg', 'evil.jpg'],
    ['C:evil.jpg', 'image/jpeg', 'C_evil.jpg'],
    ['/absolute/path/x.png', 'image/png', 'x.png'],
    ['..', 'image/jpeg', 'file.jpg'],
    ['...', '', 'file.txt'], // no type, no extension: kept as text (a browser could sniff it)
    ['.bashrc', 'text/plain', 'bashrc.txt'],
    ['', 'image/png', 'file.png'],
    ['   ', 'image/png', 'file.png'],
    ['name. ', 'image/png', 'name.png'],
    ['a<b>c:d"e|f?g*h.jpg', 'image/jpeg', 'a_b_c_d_e_f_g_h.jpg'],
    ['tab\tand\nnewline.jpg', 'image/jpeg', 'tab_and_newline.jpg'],
    ['invoice\u202Egpj.exe', 'image/jpeg', 'invoice_gpj.exe.jpg'],
    ['photo.png', 'image/jpeg', 'photo.png.jpg'], // re-encoded: the extension follows the bytes
    ['photo', 'image/jpeg', 'photo.jpg'],
    ['clip.MOV', 'video/quicktime', 'clip.mov'],
    ['scan.pdf', 'application/x-unknown', 'scan.pdf'],
    ['<img src=x onerror=alert(1)>.jpg', 'image/jpeg', '_img src=x onerror=alert(1)_.jpg'],
    ['Фото посылки 📦.jpg', 'image/jpeg', 'Фото посылки 📦.jpg'],
    ['e\u0301te\u0301.jpg', 'image/jpeg', 'été.jpg'], // NFC: one code point per letter
    // Types that run code when opened from the unpacked pack (file://) keep their name, made inert.
    ['drawing.svg', 'image/svg+xml', 'drawing.svg.txt'],
    ['page.html', 'text/html', 'page.html.txt'],
    ['page.HTM', '', 'page.htm.txt'],
    ['x.xhtml', 'application/xhtml+xml', 'x.xhtml.txt'],
    ['feed.xml', 'application/xml', 'feed.xml.txt'],
    ['run.js', 'text/javascript', 'run.js.txt'],
    ['evil.exe', 'application/octet-stream', 'evil.exe.txt'],
    ['photo.svg', 'image/jpeg', 'photo.svg.jpg'], // the bytes are a JPEG: the extension follows them
    ['photo.jpg', 'image/svg+xml', 'photo.jpg.txt'], // an SVG named .jpg is still an SVG
  ])('%j (%s) → %j', (name, type, expected) => {
    expect(safeFileName(name, type)).toBe(expected);
  });

  it('bounds the length without splitting an emoji', () => {
    const name = safeFileName(`${'📦'.repeat(200)}.jpg`, 'image/jpeg');
    expect(Array.from(name)).toHaveLength(80 + 4);
    expect(name).toMatch(/^(📦)+\.jpg$/u);
  });

  it('never returns a name with a path separator, a leading dot or a control character', () => {
    const hostile = ['../x', '..\\x', '\u0000x', '.x', 'x/', 'a/../../b', '\u202E', ' .. / .. ', 'CON'];
    for (const name of hostile) {
      const safe = safeFileName(name, 'image/jpeg');
      expect([...safe].some((c) => c === '/' || c === '\\' || c === '\u202E' || c.charCodeAt(0) < 0x20)).toBe(false);
      expect(safe.startsWith('.')).toBe(false);
      expect(safe.length).toBeGreaterThan(0);
    }
  });
});

describe('packFileNames', () => {
  it('numbers the files in order with an index that sorts', () => {
    expect(
      packFileNames([
        { name: 'front.jpg', type: 'image/jpeg' },
        { name: 'label.png', type: 'image/png' },
      ]),
    ).toEqual(['01-front.jpg', '02-label.png']);
    const many = packFileNames(Array.from({ length: 120 }, () => ({ name: 'p.jpg', type: 'image/jpeg' })));
    expect(many[0]).toBe('001-p.jpg');
    expect(many[119]).toBe('120-p.jpg');
  });

  it('keeps identical names distinct', () => {
    const names = packFileNames(Array.from({ length: 3 }, () => ({ name: 'IMG_0001.JPG', type: 'image/jpeg' })));
    expect(new Set(names.map((n) => n.toLowerCase())).size).toBe(3);
  });
});
