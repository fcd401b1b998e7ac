import type { Order, OrderAction, OrderItem, Store } from '../../model/order';
import { actionFromText, disputeFromText } from './classify';
import { allOfFirstMatch, firstMatch, imageUrlOf, textLines, textOf } from './dom-text';
import { REFUND_AMOUNT_LABELS, TOTAL_LABELS } from './labels';
import type { Phrases } from './languages';
import { findPhrase } from './match-phrases';
import { type FoundDate, findDate } from './parse-date';
import { parseMoney } from './parse-money';
import { offerOf } from './read-dispute-facts';
import { labelledValue, valueAfterLabel } from './read-labelled';
import { type Statements, unreadClauseNote } from './read-statements';
import { absoluteUrl, cleanText } from './text';

/** Parts every page kind reads the same way. Each returns undefined for what the page does not show. */

/** Puts what the page states (read-statements.ts) on the order; a clause not understood goes to the notes. */
export function applyStatements(order: Order, statements: Statements, notes: string[]): void {
  if (statements.timers.length) order.timers = statements.timers;
  if (statements.rules.length) order.pageRules = statements.rules;
  for (const clause of statements.unread) notes.push(unreadClauseNote(order.orderId, clause));
}

export function readStore(root: ParentNode, pageUrl: string): Store | undefined {
  const link = root.querySelector('a[href*="/store/"]');
  const named = firstMatch(root, [
    '.order-item-store-name',
    '[class*="store-name"]',
    '[class*="storeName"]',
    '[class*="shop-name"]',
  ]);
  const name = cleanText(textOf(named ?? link)).replace(/\s*>\s*$/, '');
  if (!name) return undefined;
  const store: Store = { name };
  const href = link?.getAttribute('href');
  const url = absoluteUrl(href, pageUrl);
  if (url) store.url = url;
  const id = /\/store\/(\d+)/.exec(href ?? '')?.[1];
  if (id) store.id = id;
  return store;
}

const BUTTON_SELECTOR = 'button, [role="button"], a[class*="btn"], a[class*="button"], [class*="comet-btn"]';

export interface ReadActions {
  actions: OrderAction[];
  /** Button labels no action phrase matched. */
  unrecognised: string[];
  /** Whether the block had buttons at all (no buttons: actions unknown, not "none"). */
  sawButtons: boolean;
}

export function readActions(root: ParentNode): ReadActions {
  const result: ReadActions = { actions: [], unrecognised: [], sawButtons: false };
  for (const button of root.querySelectorAll(BUTTON_SELECTOR)) {
    if (button.parentElement?.closest(BUTTON_SELECTOR) && root.contains(button.parentElement.closest(BUTTON_SELECTOR)))
      continue;
    const label = textOf(button);
    if (!label) continue;
    result.sawButtons = true;
    const action = actionFromText(label);
    if (!action) result.unrecognised.push(label);
    else if (!result.actions.includes(action)) result.actions.push(action);
  }
  return result;
}

/**
 * A date after one of the labels: on the label's line, or on the next line when that line is
 * only a date ("Paid on" / "Mar 5, 2026 14:05"). A status word that doubles as a label
 * (Russian "Оплачен") with no date next to it reads as nothing.
 */
export function labelledDate(
  lines: readonly string[],
  labels: Phrases,
  languages: readonly string[],
): FoundDate | undefined {
  for (let i = 0; i < lines.length; i++) {
    const value = valueAfterLabel(lines[i] ?? '', labels);
    if (value === undefined) continue;
    const sameLine = value ? findDate(value, languages) : undefined;
    if (sameLine) return sameLine;
    const next = lines[i + 1] ?? '';
    const nextDate = value ? undefined : findDate(next, languages);
    if (nextDate && nextDate.end - nextDate.start >= cleanText(next).length * 0.6) return nextDate;
  }
  return undefined;
}

export function readDispute(lines: readonly string[]): Order['dispute'] {
  for (const line of lines) {
    const status = disputeFromText(line);
    if (!status) continue;
    const dispute: NonNullable<Order['dispute']> = { status, statusText: line };
    const refund = parseMoney(labelledValue(lines, REFUND_AMOUNT_LABELS));
    if (refund) dispute.refundAmount = refund;
    // My Orders and the order page write the seller's proposal as a status line ("Seller proposed: resend the item").
    const offer = offerOf(lines);
    if (offer) dispute.offer = offer;
    return dispute;
  }
  return undefined;
}

const QUANTITY_LABELLED = /(?:qty|cant|qte|qté|qtd|menge|кол-во|ilosc|ilość)\.?\s*:?\s*(\d{1,4})(?!\d)/iu;
/** "x2" alone (the quantity element), or after a price at the end of the line ("US $3.50x2", "US $18.99 x1"). */
const QUANTITY_ALONE = /^\s*[x×]\s?(\d{1,4})\s*$/u;
const QUANTITY_AFTER_PRICE = /\d\s?[x×]\s?(\d{1,4})\s*$/u;

/** The quantity an item shows; a title's "x86" is no quantity. */
export function quantityIn(text: string): number | undefined {
  const match = QUANTITY_LABELLED.exec(text) ?? QUANTITY_ALONE.exec(text) ?? QUANTITY_AFTER_PRICE.exec(text);
  const value = Number(match?.[1]);
  return Number.isInteger(value) && value > 0 ? value : undefined;
}

export interface ItemSelectors {
  blocks: readonly string[];
  title: readonly string[];
  sku: readonly string[];
  price: readonly string[];
  quantity: readonly string[];
  image: readonly string[];
}

/** Without a title element: the longest text of a link to the product, else its image's alt text. */
function titleFromLinks(block: Element): string {
  const links = [...block.querySelectorAll('a[href*="/item/"]')];
  const texts = links.map((link) => textOf(link)).filter((text) => text.length > 2);
  const longest = texts.sort((a, b) => b.length - a.length)[0];
  return cleanText(longest ?? links.map((link) => link.querySelector('img[alt]')?.getAttribute('alt')).find(Boolean));
}

function productLinkOf(block: Element): Element | undefined {
  return block.querySelector('a[href*="/item/"]') ?? undefined;
}

/** One item per item block; blocks found by class, else one per distinct product link. */
export function readItems(root: Element, selectors: ItemSelectors, pageUrl: string) {
  let blocks = allOfFirstMatch(root, selectors.blocks);
  if (!blocks.length) {
    const hrefs = new Map<string, Element>();
    for (const link of root.querySelectorAll('a[href*="/item/"]')) {
      const href = link.getAttribute('href') ?? '';
      if (hrefs.has(href)) continue;
      let block: Element = link;
      for (let parent = link.parentElement; parent && parent !== root; parent = parent.parentElement) {
        const others = [...parent.querySelectorAll('a[href*="/item/"]')].some(
          (other) => other.getAttribute('href') !== href,
        );
        if (others) break;
        block = parent;
      }
      hrefs.set(href, block);
    }
    blocks = [...hrefs.values()];
  }
  const items: Array<OrderItem | undefined> = blocks.map((block) => {
    const titled = firstMatch(block, selectors.title);
    const title = titled
      ? cleanText(
          titled.querySelector('[title]')?.getAttribute('title') ?? titled.getAttribute('title') ?? textOf(titled),
        )
      : titleFromLinks(block);
    if (!title) return undefined;
    const item: OrderItem = { title };
    const sku = textOf(firstMatch(block, selectors.sku));
    if (sku) item.sku = sku;
    const priceElement = firstMatch(block, selectors.price);
    // Without a price element, the first amount on a line of the item that is not a total line.
    const priceText = priceElement
      ? textLines(priceElement)[0]
      : textLines(block).find((line) => parseMoney(line) && !findPhrase(line, TOTAL_LABELS));
    const unitPrice = parseMoney(priceText);
    if (unitPrice) item.unitPrice = unitPrice;
    const quantity = quantityIn(textOf(firstMatch(block, selectors.quantity)) || textLines(block).join(' '));
    if (quantity) item.quantity = quantity;
    const link = productLinkOf(block);
    const productUrl = absoluteUrl(link?.getAttribute('href'), pageUrl);
    if (productUrl) item.productUrl = productUrl;
    const productId = /\/item\/(\d+)\.html/.exec(productUrl ?? '')?.[1];
    if (productId) item.productId = productId;
    const imageUrl = absoluteUrl(imageUrlOf(firstMatch(block, selectors.image)), pageUrl);
    if (imageUrl) item.imageUrl = imageUrl;
    return item;
  });
  return {
    items: items.filter((item): item is OrderItem => item !== undefined),
    untitled: items.filter((item) => !item).length,
  };
}
