import type { Box } from './place-badge';

/** Elements that show something even without text inside: a badge must not cover them. */
const VISIBLE_WITHOUT_TEXT = new Set([
  'IMG',
  'SVG',
  'VIDEO',
  'CANVAS',
  'IFRAME',
  'INPUT',
  'SELECT',
  'TEXTAREA',
  'BUTTON',
]);

/**
 * What the page shows inside a block, down to `bottom` (viewport px): the boxes of its text (per
 * line, through a Range) and of its images, controls and empty leaf elements (icons, pictures
 * set as backgrounds). Reads layout only; changes nothing.
 */
export function contentBoxes(block: Element, bottom: number): Box[] {
  const boxes: Box[] = [];
  const add = (rect: DOMRect) => {
    if (rect.width > 0 && rect.height > 0 && rect.top < bottom) {
      boxes.push({ left: rect.left, top: rect.top, width: rect.width, height: rect.height });
    }
  };
  const document = block.ownerDocument;
  const range = document.createRange();
  const texts = document.createTreeWalker(block, NodeFilter.SHOW_TEXT);
  for (let node = texts.nextNode(); node; node = texts.nextNode()) {
    if (!node.nodeValue?.trim()) continue;
    range.selectNodeContents(node);
    for (const rect of range.getClientRects()) add(rect);
  }
  for (const element of block.querySelectorAll('*')) {
    const tag = element.tagName.toUpperCase();
    // A leaf with text is already covered by its text's boxes (its own box may span the whole row).
    const emptyLeaf = element.childElementCount === 0 && !element.textContent?.trim();
    if (emptyLeaf || VISIBLE_WITHOUT_TEXT.has(tag)) add(element.getBoundingClientRect());
  }
  return boxes;
}
