import { runToEnd, type Steps } from '../steps';
import { textLines } from './dom-text';
import { ORDER_ID_LABELS } from './labels';
import { findPhrase } from './match-phrases';
import { labelledOrderId } from './read-labelled';

export interface OrderElement {
  orderId: string;
  element: Element;
}

const ORDER_IN_HREF = /[?&](?:orderId|tradeOrderId)=(\d{6,24})(?!\d)/;

/** The order id a block shows: after its label, else in its detail or tracking link. */
export function orderIdOfBlock(block: Element): string | undefined {
  const header = block.querySelector('.order-item-header, [class*="order-item-header"]') ?? block;
  const fromLabel = labelledOrderId(textLines(header)) ?? labelledOrderId(textLines(block));
  if (fromLabel) return fromLabel;
  for (const link of block.querySelectorAll('a[href*="rderId="]')) {
    const id = ORDER_IN_HREF.exec(link.getAttribute('href') ?? '')?.[1];
    if (id) return id;
  }
  return undefined;
}

/** Looking at a page's every element goes in steps of this many elements. */
const ELEMENTS_PER_STEP = 200;

/** Elements whose own text holds an order-id label, with the id written after it. */
function* labelledIdElements(document: Document): Steps<OrderElement[]> {
  const found: OrderElement[] = [];
  let looked = 0;
  for (const element of document.body?.querySelectorAll('*') ?? []) {
    if (++looked % ELEMENTS_PER_STEP === 0) yield;
    let own = '';
    for (let child = element.firstChild; child; child = child.nextSibling)
      if (child.nodeType === 3) own += child.nodeValue ?? '';
    if (!own.trim() || !findPhrase(own, ORDER_ID_LABELS)) continue;
    const line = element.parentElement ?? element;
    const orderId = labelledOrderId(textLines(line));
    if (orderId && !found.some((other) => other.element.contains(element))) found.push({ orderId, element: line });
  }
  return found;
}

/**
 * Where each order's block sits on a list or detail page (the inline badges anchor here).
 * The list's `.order-item` cards when the page has them; otherwise, for layouts with other
 * class names, the outermost element around each order-id label that holds no other order.
 */
export function findOrderElements(document: Document): OrderElement[] {
  return runToEnd(findOrderElementsInSteps(document));
}

/** The same, pausing after each card's order id is read (a reading in slices, read-order-list.ts). */
export function* findOrderElementsInSteps(document: Document): Steps<OrderElement[]> {
  const fromCards: OrderElement[] = [];
  for (const element of document.querySelectorAll('.order-item')) {
    const orderId = orderIdOfBlock(element);
    if (orderId) fromCards.push({ orderId, element });
    yield;
  }
  if (fromCards.length) return dedupe(fromCards);

  const labelled = yield* labelledIdElements(document);
  const body = document.body;
  return dedupe(
    labelled.map(({ orderId, element }) => {
      let block = element;
      for (let parent = block.parentElement; parent && parent !== body; parent = parent.parentElement) {
        const holdsOther = labelled.some((other) => other.orderId !== orderId && parent.contains(other.element));
        if (holdsOther) break;
        block = parent;
      }
      return { orderId, element: block };
    }),
  );
}

function dedupe(elements: OrderElement[]): OrderElement[] {
  const seen = new Set<string>();
  return elements.filter(({ orderId }) => !seen.has(orderId) && seen.add(orderId));
}
