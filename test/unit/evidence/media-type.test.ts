import { describe, expect, it } from 'vitest';
import { extensionFor, extensionOf, mediaTypeOf, typeIsAccepted } from '../../../lib/evidence/media-type';
import { reencodeTypeFor } from '../../../lib/evidence/reencode-type';

describe('mediaTypeOf', () => {
  it.each([
    [{ name: 'a.jpg', type: 'image/jpeg' }, 'image/jpeg'],
    [{ name: 'a.jpg', type: ' Image/JPEG ; q=1' }, 'image/jpeg'],
    [{ name: 'a.png', type: 'image/jpeg' }, 'image/jpeg'], // the browser's sniffed type wins over the name
    [{ name: 'IMG_0001.HEIC', type: '' }, 'image/heic'],
    [{ name: 'clip.mov', type: '' }, 'video/quicktime'],
    [{ name: 'archive.tar.gz', type: '' }, ''],
    [{ name: 'noext', type: '' }, ''],
  ])('%o → %s', (file, type) => {
    expect(mediaTypeOf(file)).toBe(type);
  });
});

describe('extensions', () => {
  it.each([
    ['photo.JPG', 'jpg'],
    ['a.b.webp', 'webp'],
    ['.hidden', 'hidden'],
    ['name.', ''],
    ['x.thisistoolong', ''],
  ])('extensionOf(%s) = %s', (name, ext) => {
    expect(extensionOf(name)).toBe(ext);
  });

  it('knows the usual extension of evidence types', () => {
    expect(extensionFor('image/jpeg')).toBe('jpg');
    expect(extensionFor('video/quicktime')).toBe('mov');
    expect(extensionFor('application/x-unknown')).toBe('');
  });
});

describe('typeIsAccepted', () => {
  it.each([
    ['image/jpeg', ['image/jpeg'], true],
    ['image/jpeg', ['IMAGE/JPEG'], true],
    ['image/png', ['image/*'], true],
    ['video/mp4', ['image/*'], false],
    ['imagex/png', ['image/*'], false],
    ['', ['image/*'], false],
  ])('%s in %o: %s', (type, accepted, result) => {
    expect(typeIsAccepted(type, accepted)).toBe(result);
  });
});

describe('reencodeTypeFor', () => {
  it.each([
    ['image/jpeg', ['image/jpeg'], 'image/jpeg'],
    ['image/png', ['image/png', 'image/jpeg'], 'image/jpeg'],
    ['image/webp', ['image/webp', 'image/jpeg'], 'image/webp'],
    ['image/webp', ['image/png'], 'image/png'],
    ['image/bmp', ['image/*'], 'image/jpeg'],
    ['image/gif', ['image/*'], undefined],
    ['image/heic', ['image/*'], undefined],
    ['video/mp4', ['image/*', 'video/*'], undefined],
    ['image/jpeg', ['video/mp4'], undefined],
  ])('%s for %o → %s', (type, accepted, output) => {
    expect(reencodeTypeFor(type, accepted)).toBe(output);
  });
});
