import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { textLines, withTextCache } from '../../../../lib/marketplaces/aliexpress/dom-text';

type Tree = { tag: string; hidden: boolean; children: Tree[] } | string;

const TAGS = ['div', 'span', 'p', 'a', 'b', 'li', 'button', 'td', 'br', 'script', 'section'];
const CHUNKS = [
  'US $',
  '1',
  '8',
  '.',
  '9',
  ' ',
  '\n  ',
  'Order ID',
  ': ',
  '8204',
  'Sep 4, 2026',
  'x',
  'Delivered',
  ',',
];

const tree: fc.Arbitrary<Tree> = fc.letrec<{ node: Tree }>((tie) => ({
  node: fc.oneof(
    { depthSize: 'small', withCrossShrink: true },
    fc.constantFrom(...CHUNKS),
    fc.record({
      tag: fc.constantFrom(...TAGS),
      hidden: fc.integer({ min: 0, max: 9 }).map((n) => n === 0),
      children: fc.array(tie('node'), { maxLength: 5 }),
    }),
  ),
})).node;

function build(node: Tree, document: Document): Node {
  if (typeof node === 'string') return document.createTextNode(node);
  const element = document.createElement(node.tag);
  if (node.hidden) element.setAttribute('hidden', '');
  for (const child of node.children) element.append(build(child, document));
  return element;
}

describe('textLines of a block, alone or remembered from its parent', () => {
  it('is the same lines either way', () => {
    fc.assert(
      fc.property(fc.array(tree, { minLength: 1, maxLength: 6 }), (children) => {
        const root = document.createElement('div');
        for (const child of children) root.append(build(child, document));
        const alone = new Map<Element, readonly string[]>();
        for (const element of root.querySelectorAll('*')) alone.set(element, textLines(element));
        withTextCache(() => {
          textLines(root);
          for (const [element, lines] of alone) expect(textLines(element)).toEqual(lines);
        });
      }),
      { numRuns: 300 },
    );
  });

  it('is the same lines for a parent walked after some of its blocks', () => {
    fc.assert(
      fc.property(fc.array(tree, { minLength: 1, maxLength: 6 }), fc.array(fc.nat()), (children, picks) => {
        const root = document.createElement('div');
        for (const child of children) root.append(build(child, document));
        const alone = textLines(root);
        const inside = [...root.querySelectorAll('*')];
        withTextCache(() => {
          for (const pick of picks) if (inside.length) textLines(inside[pick % inside.length] as Element);
          expect(textLines(root)).toEqual(alone);
        });
      }),
      { numRuns: 500 },
    );
  });
});
