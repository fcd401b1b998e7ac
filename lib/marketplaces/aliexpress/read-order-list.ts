import { LIST_LIMITS, type Order } from '../../model/order';
import { STATUS_TABLE, statusFromText } from './classify';
import { detectLanguage, languageOrder } from './detect-language';
import { firstMatch, textLines, textOf } from './dom-text';
import { findOrderElementsInSteps } from './find-order-elements';
import {
  finishReading,
  pageFailure,
  type ReaderContext,
  type ReadingSteps,
  type ReadOptions,
  readerContext,
} from './finish-reading';
import { EMPTY_LIST_PHRASES, ORDER_DATE_LABELS, SIGN_IN_PHRASES, TOTAL_LABELS } from './labels';
import { classifyText, findPhrase } from './match-phrases';
import { embeddedApiResponses, type ObservedApiResponse } from './observed-response';
import { isRendered } from './order-id-shown';
import { parseMoney } from './parse-money';
import { ordersFromApiResponses } from './read-api-json';
import { applyStatements, labelledDate, readActions, readDispute, readItems, readStore } from './read-dom-parts';
import { labelledValue } from './read-labelled';
import { readStatements } from './read-statements';
import { absoluteUrl, cleanText } from './text';
import { orderDetailPageUrl, trackingPageUrl } from './urls';

const LIST_ITEMS = {
  blocks: ['.order-item-content-body', '[class*="order-item-content-body"]'],
  title: ['.order-item-content-info-name', '[class*="info-name"]', '[class*="item-title"]'],
  sku: ['.order-item-content-info-sku', '[class*="info-sku"]', '[class*="sku"]'],
  price: ['.order-item-content-info-number', '[class*="info-number"]', '[class*="item-price"]'],
  quantity: ['.order-item-content-info-number-quantity', '[class*="quantity"]'],
  image: ['.order-item-content-img', '[class*="content-img"]', 'img'],
};

/** A status wording inside a header line that also holds other text ("Awaiting deliveryOrder date: …"). */
function statusPhraseIn(lines: readonly string[]): string | undefined {
  for (const line of lines) {
    const found = classifyText(line, STATUS_TABLE);
    if (found) return cleanText(line).slice(found.match.start, found.match.end);
  }
  return undefined;
}

/** One order card of My Orders, as the DOM shows it. */
export function readOrderCard(card: Element, orderId: string, context: ReaderContext): Order {
  const order: Order = { marketplace: 'aliexpress', orderId };
  const lines = textLines(card);
  const header = firstMatch(card, ['.order-item-header', '[class*="order-item-header"]']) ?? card;
  const statusElement = firstMatch(header, [
    '.order-item-header-status-text',
    '[class*="status-text"]',
    '[class*="header-status"]',
  ]);
  const statusText = statusElement ? textOf(statusElement) : statusPhraseIn(textLines(header));
  if (statusText) {
    order.statusText = statusText;
    const status = statusFromText(statusText);
    if (status) order.status = status;
  }
  const orderedOn = labelledDate(lines, ORDER_DATE_LABELS, context.languages);
  if (orderedOn) order.orderedOn = orderedOn.date;
  const storeArea = firstMatch(card, ['.order-item-store', '[class*="order-item-store"]']) ?? card;
  const store = readStore(storeArea, context.url);
  if (store) order.store = store;
  const totalElement = firstMatch(card, ['.order-item-content-opt-price-total', '[class*="price-total"]']);
  const total = parseMoney(totalElement ? textOf(totalElement) : labelledValue(lines, TOTAL_LABELS));
  if (total) order.total = total;
  const { items, untitled } = readItems(card, LIST_ITEMS, context.url);
  if (items.length) order.items = items;
  if (untitled) {
    order.itemCount = Math.min(items.length + untitled, LIST_LIMITS.items);
    context.notes.push(`${orderId}: ${untitled} item(s) shown without a title`);
  }
  const actions = readActions(card);
  if (actions.sawButtons) order.actions = actions.actions;
  for (const label of actions.unrecognised) context.notes.push(`${orderId}: button "${label}" not recognised`);
  applyStatements(order, readStatements(lines, context.now, context.languages), context.notes);
  const dispute = readDispute(lines);
  if (dispute) order.dispute = dispute;
  const detailLink = card.querySelector(`a[href*="detail.html?orderId=${orderId}"]`);
  const detailUrl = absoluteUrl(detailLink?.getAttribute('href'), context.url);
  if (detailUrl) order.detailUrl = orderDetailPageUrl(orderId, detailUrl);
  const trackingLink = card.querySelector('a[href*="/p/tracking/"]');
  const trackingUrl = absoluteUrl(trackingLink?.getAttribute('href'), context.url);
  if (trackingUrl) order.trackingUrl = trackingPageUrl(orderId, trackingUrl);
  return order;
}

/** Why a page with no order cards shows none: signed out, an empty list, or a layout we do not know. */
export function unreadableListReason(document: Document): 'not-signed-in' | 'empty' | 'layout-not-recognised' {
  const text = textLines(document.body ?? document.documentElement).join('\n');
  if (document.querySelector('input[type="password"]') && findPhrase(text, SIGN_IN_PHRASES)) return 'not-signed-in';
  if (findPhrase(text, EMPTY_LIST_PHRASES)) return 'empty';
  return 'layout-not-recognised';
}

const FAILURE_MESSAGES = {
  'not-signed-in': 'The page asks the buyer to sign in; no orders are shown.',
  empty: 'The order list shows no orders.',
  'layout-not-recognised': 'No order cards were found: the page layout is not one Buyer Guard knows.',
} as const;

/**
 * My Orders (`/p/order/index.html`): every order card on the page, merged with the page's order-list JSON.
 * In steps: it pauses (`yield`) after each card, so a reading done in slices lets the page run between
 * cards (../run-in-slices.ts, run by lib/content/start-reader.ts); run to its end at once, it is the plain
 * pure reading.
 */
export function* readOrderListPage(
  document: Document,
  url: string,
  now: number,
  observed: readonly ObservedApiResponse[] = [],
  options: ReadOptions = {},
): ReadingSteps {
  const language = detectLanguage(document, url);
  const context = readerContext(url, now, languageOrder(language), options);
  const domOrders: Order[] = [];
  for (const { orderId, element } of yield* findOrderElementsInSteps(document)) {
    // A card the page does not render (hidden, display:none) is no order the buyer sees.
    if (!isRendered(element)) continue;
    domOrders.push(readOrderCard(element, orderId, context));
    yield;
  }
  const responses = [...observed, ...embeddedApiResponses(document, url, now)].filter(
    (response) => response.api === 'mtop.aliexpress.trade.buyer.order.list',
  );
  const jsonOrders = ordersFromApiResponses(responses, context);
  const reading = finishReading({ document, pageKind: 'order-list', language, context, domOrders, jsonOrders });
  if (reading.ok && !reading.orders.length) {
    const reason = unreadableListReason(document);
    return pageFailure('order-list', url, now, reason, FAILURE_MESSAGES[reason]);
  }
  return reading;
}
