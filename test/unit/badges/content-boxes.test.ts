import { afterEach, describe, expect, it, vi } from 'vitest';
import { contentBoxes } from '../../../lib/badges/content-boxes';

/** happy-dom has no layout: each element says its box in data-box, each text node gets its parent's box. */
function boxFromAttribute(element: Element | null): DOMRect {
  const [left = 0, top = 0, width = 0, height = 0] = (element?.getAttribute('data-box') ?? '0 0 0 0')
    .split(' ')
    .map(Number);
  return { left, top, width, height, right: left + width, bottom: top + height, x: left, y: top } as DOMRect;
}

afterEach(() => {
  vi.restoreAllMocks();
  document.body.innerHTML = '';
});

function setUp(html: string): Element {
  document.body.innerHTML = html;
  vi.spyOn(Element.prototype, 'getBoundingClientRect').mockImplementation(function (this: Element) {
    return boxFromAttribute(this);
  });
  vi.spyOn(Range.prototype, 'getClientRects').mockImplementation(function (this: Range) {
    const parent = this.startContainer.parentElement;
    const text = parent?.getAttribute('data-text-box');
    const [left = 0, top = 0, width = 0, height = 0] = (text ?? '0 0 0 0').split(' ').map(Number);
    return [{ left, top, width, height }] as unknown as DOMRectList;
  });
  const block = document.querySelector('.block');
  if (!block) throw new Error('no block');
  return block;
}

describe('contentBoxes', () => {
  it('takes text by its own boxes, not by the (full-width) box of the element around it', () => {
    const block = setUp(`<div class="block" data-box="0 0 800 200">
      <div class="title" data-box="0 0 800 20" data-text-box="10 0 120 20">Awaiting delivery</div>
    </div>`);
    expect(contentBoxes(block, 1000)).toEqual([{ left: 10, top: 0, width: 120, height: 20 }]);
  });

  it('takes images, controls and empty leaves (icons, background pictures); skips collapsed boxes and blank text nodes', () => {
    const block = setUp(`<div class="block" data-box="0 0 800 200">
      <a class="picture" data-box="10 40 80 80"></a>
      <button data-box="600 40 100 28"><span data-box="610 44 80 20" data-text-box="610 44 80 20">Track</span></button>
      <span class="collapsed" data-box="0 0 0 0"></span>
      <div data-box="0 150 800 10">   </div>
    </div>`);
    expect(contentBoxes(block, 1000)).toEqual([
      { left: 610, top: 44, width: 80, height: 20 },
      { left: 10, top: 40, width: 80, height: 80 },
      { left: 600, top: 40, width: 100, height: 28 },
      { left: 0, top: 150, width: 800, height: 10 },
    ]);
  });

  it('ignores what starts below the searched depth', () => {
    const block = setUp(`<div class="block" data-box="0 0 800 400">
      <a data-box="10 10 80 80"></a><a data-box="10 300 80 80"></a>
    </div>`);
    expect(contentBoxes(block, 200)).toEqual([{ left: 10, top: 10, width: 80, height: 80 }]);
  });
});
