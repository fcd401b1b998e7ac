import { textLines } from './dom-text';

/**
 * The visibility rule: what counts as an order "shown on the page". The page's scripts are trusted no
 * further than what the page visibly shows the buyer, so an order read only from data (the page's JSON,
 * a script block, an attribute) counts only when its number is written in rendered text, whole.
 *
 * Not shown: text in script, style, template, noscript or textarea elements; text under `hidden`,
 * display:none, visibility:hidden or opacity:0 (and, where the browser lays the page out, text with no
 * box or entirely off the page); a number that is part of a longer one ("20441736654" inside
 * 8204417366541234), including one the page splits across elements.
 *
 * What this cannot judge: text rendered too small or in the background's colour to read. Such an
 * order still only gets what the page shows for it; see docs/SECURITY.md.
 */

/** Elements whose text is never rendered as such. */
const NOT_RENDERED = 'script, style, template, noscript, textarea, [hidden]';
/** The block a line of text belongs to (dom-text.ts joins a line's inline pieces the same way). */
const LINE_BLOCK =
  'div, p, li, td, th, dd, dt, h1, h2, h3, h4, h5, h6, section, article, header, footer, main, aside, nav, form, button, label, body';
const SIX_DIGITS = /\d{6}/;

/** Whether the page renders `element` for the buyer to see (see the rule above). */
export function isRendered(element: Element): boolean {
  if (element.closest(NOT_RENDERED)) return false;
  const checkVisibility = (element as Element & { checkVisibility?: (o?: object) => boolean }).checkVisibility;
  // Style is known only for a document a window renders (not one DOMParser made, as read-page does).
  if (typeof checkVisibility === 'function' && element.isConnected && element.ownerDocument.defaultView) {
    if (!checkVisibility.call(element, { opacityProperty: true, visibilityProperty: true })) return false;
  } else if (element.closest('[style*="display:none"], [style*="display: none"]')) {
    return false;
  }
  return hasVisibleBox(element);
}

/** In a browser that lays the page out: the element has a box of some size, not wholly off the page. */
function hasVisibleBox(element: Element): boolean {
  const document = element.ownerDocument;
  const view = document.defaultView;
  if (!view || document.documentElement.getBoundingClientRect().width === 0) return true; // no layout here
  const box = element.getBoundingClientRect();
  if (box.width < 1 || box.height < 1) return false;
  return box.right + view.scrollX > 0 && box.bottom + view.scrollY > 0;
}

/** Whole numbers of six digits or more in a line, as the buyer reads it. */
function wholeNumbersIn(line: string): string[] {
  return line.match(/\d{6,}/g) ?? [];
}

/**
 * Which of `orderIds` the page shows (see the rule above). Cheap when none is anywhere in the page's
 * text, which is the common case for an order only the JSON has.
 */
export function shownOrderIds(document: Document, orderIds: readonly string[]): Set<string> {
  const shown = new Set<string>();
  const body = document.body;
  if (!body) return shown;
  const everything = body.textContent ?? '';
  const wanted = new Set(orderIds.filter((id) => everything.includes(id)));
  if (!wanted.size) return shown;
  const seenBlocks = new Set<Element>();
  const walker = document.createTreeWalker(body, 4 /* NodeFilter.SHOW_TEXT */);
  for (let node = walker.nextNode(); node && wanted.size; node = walker.nextNode()) {
    const text = node.nodeValue ?? '';
    if (!SIX_DIGITS.test(text) || ![...wanted].some((id) => text.includes(id))) continue;
    const parent = node.parentElement;
    const block = parent?.closest(LINE_BLOCK);
    if (!parent || !block || seenBlocks.has(block) || !isRendered(parent)) continue;
    seenBlocks.add(block);
    for (const line of textLines(block)) {
      for (const number of wholeNumbersIn(line)) {
        if (wanted.delete(number)) shown.add(number);
      }
    }
  }
  return shown;
}
