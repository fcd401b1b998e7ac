import { describe, expect, it } from 'vitest';
import { screenshotCaption } from '../../../lib/pages/capture-tab-screenshot';
import { dataUrlToBlob } from '../../../lib/pages/data-url-to-blob';
import { evidenceKindFor, isJudgedKind } from '../../../lib/pages/evidence-kind-for';
import { nameForType } from '../../../lib/pages/name-for-type';
import { screenshotName } from '../../../lib/pages/screenshot-name';

describe('nameForType', () => {
  it.each([
    ['IMG_2041.png', 'image/jpeg', 'IMG_2041.jpg'],
    ['IMG_2041.jpeg', 'image/jpeg', 'IMG_2041.jpeg'],
    ['IMG_2041.JPG', 'image/jpeg', 'IMG_2041.JPG'],
    ['scan', 'image/png', 'scan.png'],
    ['.png', 'image/jpeg', 'file.jpg'],
    ['archive.tar.gz', 'application/zip', 'archive.tar.gz'],
    ['notes.txt', 'application/x-unknown', 'notes.txt'],
  ])('%s as %s → %s', (name, type, expected) => {
    expect(nameForType(name, type)).toBe(expected);
  });
});

describe('evidenceKindFor', () => {
  it.each([
    ['image/jpeg', 'photo'],
    ['image/heic', 'photo'],
    ['video/mp4', 'video'],
    ['application/pdf', 'document'],
    ['', 'document'],
  ] as const)('%s → %s', (type, kind) => {
    expect(evidenceKindFor(type)).toBe(kind);
  });

  it('judges the quality of camera pictures only', () => {
    expect(['photo', 'video', 'screenshot', 'document'].filter((kind) => isJudgedKind(kind as never))).toEqual([
      'photo',
      'video',
    ]);
  });
});

describe('screenshots', () => {
  const at = Date.UTC(2026, 2, 20, 8, 30, 59);
  it.each([
    ['https://www.aliexpress.com/p/order/index.html', 'aliexpress-order-2026-03-20-0930.png'],
    ['https://www.aliexpress.us/p/tracking/index.html?tradeOrderId=1', 'aliexpress-tracking-2026-03-20-0930.png'],
    ['https://de.aliexpress.com/item/1005006123456789.html', 'aliexpress-2026-03-20-0930.png'],
    [undefined, 'screenshot-2026-03-20-0930.png'],
    ['not a url', 'screenshot-2026-03-20-0930.png'],
  ])('%s is named %s (Berlin time)', (url, name) => {
    expect(screenshotName(url, at, 'Europe/Berlin')).toBe(name);
  });

  it('captions the page by its title, else its address', () => {
    expect(screenshotCaption('My Orders - AliExpress', 'https://x')).toBe(
      'Screenshot of the AliExpress page “My Orders - AliExpress”',
    );
    expect(screenshotCaption('  ', 'https://www.aliexpress.com/')).toBe(
      'Screenshot of the AliExpress page “https://www.aliexpress.com/”',
    );
    expect(screenshotCaption('', '')).toBe('Screenshot of the AliExpress page');
    expect(screenshotCaption('x'.repeat(500), '').length).toBeLessThan(240);
  });
});

describe('dataUrlToBlob', () => {
  it('decodes a base64 data URL to bytes of its type', async () => {
    const blob = dataUrlToBlob('data:image/png;base64,iVBORw0KGgo=');
    expect(blob?.type).toBe('image/png');
    expect([...new Uint8Array(await (blob as Blob).arrayBuffer())]).toEqual([137, 80, 78, 71, 13, 10, 26, 10]);
  });

  it.each(['', 'data:image/png,rawtext', 'data:image/png;base64,@@@', 'https://x/y.png', 'data:;base64,AAAA'])(
    'refuses %s',
    (url) => {
      expect(dataUrlToBlob(url)).toBeNull();
    },
  );
});
