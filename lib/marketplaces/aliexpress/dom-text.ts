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

const NUMBER_CHAR = /[\d.,]/;

/**
 * The lines of text a block shows, in page order, without layout: block elements break lines;
 * inline elements are joined with a space, except where the page splits one word or number
 * across elements — AliExpress prints prices one span per character ("U", "S", " ", "$", "1",
 * "8", ".", "9", "9"), and "US $18.99" is what the buyer reads.
 */
export function textLines(root: Element): readonly string[] {
  const cached = readingCache?.get(root);
  if (cached) return cached;
  const lines = linesOf(root);
  readingCache?.set(root, lines);
  return lines;
}

/**
 * Readers ask for the lines of the same blocks many times in one reading (a card, its header,
 * its price). While `withTextCache` runs they are computed once; outside it nothing is kept,
 * so a later reading of a changed page never sees stale text.
 */
let readingCache: TextCache | undefined;

/** The lines already walked during one reading, by block. */
export type TextCache = Map<Element, readonly string[]>;

/**
 * Runs `read` with a text cache. A reading done in slices (../run-in-slices.ts, run by
 * lib/content/start-reader.ts) passes the same `cache` to each slice, so a block walked before a pause is not
 * walked again after it.
 */
export function withTextCache<T>(read: () => T, cache: TextCache = new Map()): T {
  if (readingCache) return read();
  readingCache = cache;
  try {
    return read();
  } finally {
    readingCache = undefined;
  }
}

function linesOf(root: Element): string[] {
  const lines: string[] = [];
  let current = '';
  let atBoundary = false;
  let lastChunk = '';
  const flush = () => {
    const line = cleanText(current);
    if (line) lines.push(line);
    current = '';
    atBoundary = false;
  };
  const walk = (node: Node) => {
    for (let child = node.firstChild; child; child = child.nextSibling) {
      if (child.nodeType === TEXT_NODE) {
        const text = child.nodeValue ?? '';
        if (!text) continue;
        const splitWord = lastChunk.length === 1 || text.length === 1;
        const splitNumber = NUMBER_CHAR.test(current.at(-1) ?? '') && NUMBER_CHAR.test(text[0] ?? '');
        if (atBoundary && !splitWord && !splitNumber) current += ' ';
        current += text;
        lastChunk = text;
        atBoundary = false;
      } else if (child.nodeType === ELEMENT_NODE) {
        const tag = (child as Element).tagName.toUpperCase();
        if (SKIPPED_TAGS.has(tag) || (child as Element).hasAttribute('hidden')) continue;
        const block = BLOCK_TAGS.has(tag);
        if (block) flush();
        // A block already walked in this reading (a card's header, read for its order id) is not walked again.
        // After a block the line starts afresh, so nothing of the skipped walk's state is needed.
        const known = block ? readingCache?.get(child as Element) : undefined;
        if (known) {
          lines.push(...known);
          continue;
        }
        const firstLine = lines.length;
        atBoundary = true;
        walk(child);
        atBoundary = true;
        if (block) {
          flush();
          // A block's lines are the same whether it is walked alone or inside its parent (it starts and ends
          // on a line of its own): kept for the reading, the readers' later textOf(block) walks nothing.
          if (readingCache && !readingCache.has(child as Element))
            readingCache.set(child as Element, lines.slice(firstLine));
        }
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
