import { cleanText } from './text';

/** Elements that start a new line of text; everything else (span, a, b, …) runs inline. */
const BLOCK_TAGS = new Set([
  'ADDRESS',
  'ARTICLE',
  'ASIDE',
  'BLOCKQUOTE',
  'BUTTON',
  'DD',
  'DIV',
  'DL',
  'DT',
  'FIELDSET',
  'FIGCAPTION',
  'FIGURE',
  'FOOTER',
  'FORM',
  'H1',
  'H2',
  'H3',
  'H4',
  'H5',
  'H6',
  'HEADER',
  'HR',
  'LI',
  'MAIN',
  'NAV',
  'OL',
  'P',
  'SECTION',
  'TABLE',
  'TBODY',
  'TD',
  'TFOOT',
  'TH',
  'THEAD',
  'TR',
  'UL',
  'BR',
  'OPTION',
  'SELECT',
]);
const SKIPPED_TAGS = new Set(['SCRIPT', 'STYLE', 'NOSCRIPT', 'TEMPLATE', 'svg', 'SVG', 'IFRAME']);

const ELEMENT_NODE = 1;
const TEXT_NODE = 3;

/**
 * The lines of text a block shows, in page order, without layout: block elements break lines,
 * inline ones join without a space — AliExpress splits prices into one span per character
 * ("US $1", "8", ".99"), and joining them back is what the buyer reads.
 */
export function textLines(root: Element): string[] {
  const lines: string[] = [];
  let current = '';
  const flush = () => {
    const line = cleanText(current);
    if (line) lines.push(line);
    current = '';
  };
  const walk = (node: Node) => {
    for (let child = node.firstChild; child; child = child.nextSibling) {
      if (child.nodeType === TEXT_NODE) {
        current += child.nodeValue ?? '';
      } else if (child.nodeType === ELEMENT_NODE) {
        const tag = (child as Element).tagName.toUpperCase();
        if (SKIPPED_TAGS.has(tag) || (child as Element).hasAttribute('hidden')) continue;
        const block = BLOCK_TAGS.has(tag);
        if (block) flush();
        walk(child);
        if (block) flush();
      }
    }
  };
  walk(root);
  flush();
  return lines;
}

/** The text of an element as one line (its lines joined with spaces). */
export function textOf(element: Element | null | undefined): string {
  return element ? textLines(element).join(' ') : '';
}

/** The first element matching any of the selectors (in the order given) inside `root`. */
export function firstMatch(root: ParentNode, selectors: readonly string[]): Element | undefined {
  for (const selector of selectors) {
    const found = root.querySelector(selector);
    if (found) return found;
  }
  return undefined;
}

/** All elements matching the first selector that matches anything. */
export function allOfFirstMatch(root: ParentNode, selectors: readonly string[]): Element[] {
  for (const selector of selectors) {
    const found = root.querySelectorAll(selector);
    if (found.length > 0) return [...found];
  }
  return [];
}

/** The URL in an inline `background-image: url(...)`, or an <img>'s src. */
export function imageUrlOf(element: Element | null | undefined): string | undefined {
  if (!element) return undefined;
  const style = element.getAttribute('style') ?? '';
  const fromStyle = /url\(\s*(?:&quot;|["'])?(.*?)(?:&quot;|["'])?\s*\)/.exec(style)?.[1];
  if (fromStyle) return fromStyle;
  const img = element.tagName.toUpperCase() === 'IMG' ? element : element.querySelector('img');
  return img?.getAttribute('src') ?? img?.getAttribute('data-src') ?? undefined;
}
