import type { Order, Tracking } from '../../model/order';
import { statusFromText } from './classify';
import { detectLanguage, languageOrder } from './detect-language';
import { allOfFirstMatch, firstMatch, textLines, textOf } from './dom-text';
import { finishReading, pageFailure, type ReadingSteps, type ReadOptions, readerContext } from './finish-reading';
import {
  CARRIER_LABELS,
  CONFIRMED_ON_LABELS,
  DELIVERED_ON_LABELS,
  ORDER_DATE_LABELS,
  PAID_ON_LABELS,
  SHIPPED_ON_LABELS,
  TOTAL_LABELS,
  TRACKING_NUMBER_LABELS,
} from './labels';
import { classifyText, findPhrase, isExactly } from './match-phrases';
import { embeddedApiResponses, type ObservedApiResponse } from './observed-response';
import { parseMoney } from './parse-money';
import { ordersFromApiResponses } from './read-api-json';
import { applyStatements, labelledDate, readActions, readDispute, readItems, readStore } from './read-dom-parts';
import { labelledOrderId, labelledValue } from './read-labelled';
import { combineStatements, readStatements } from './read-statements';
import { absoluteUrl } from './text';
import { detectAliExpressPage, orderDetailPageUrl, trackingPageUrl } from './urls';

const DETAIL_ITEMS = {
  blocks: [
    '.order-detail-item-content-wrap',
    '[class*="order-detail-item-content-wrap"]',
    '[class*="order-detail-item-content"]',
  ],
  title: ['.item-title', '[class*="item-title"]', '[class*="product-title"]'],
  sku: ['.item-sku-attr', '[class*="sku-attr"]', '[class*="item-sku"]'],
  price: ['.item-price', '[class*="item-price"]'],
  quantity: ['.item-quantity', '[class*="item-quantity"]', '.item-price', '[class*="item-price"]'],
  image: ['.order-detail-item-content-img', '[class*="content-img"]', 'img'],
};

const TRACKING_NUMBER = /[A-Z0-9]{8,40}/i;

/** The order total from the price rows ("Total" / "US $25.66"), or a labelled line. */
function readTotal(root: ParentNode, lines: readonly string[]) {
  for (const row of root.querySelectorAll('.order-price-item, [class*="order-price-item"], [class*="price-item"]')) {
    const label = textOf(firstMatch(row, ['.left-col', '[class*="left"]']));
    const value = textOf(firstMatch(row, ['.right-col', '[class*="right"]']));
    if (label && value && isExactly(label, TOTAL_LABELS)) return parseMoney(value);
  }
  const totalLine = lines.find((line) => {
    const match = findPhrase(line, TOTAL_LABELS);
    return match?.start === 0 && parseMoney(line);
  });
  return totalLine ? parseMoney(totalLine) : undefined;
}

function readTrackingSummary(lines: readonly string[]): Tracking | undefined {
  const tracking: Tracking = {};
  const number = TRACKING_NUMBER.exec(labelledValue(lines, TRACKING_NUMBER_LABELS) ?? '')?.[0];
  if (number) tracking.number = number;
  const carrier = labelledValue(lines, CARRIER_LABELS);
  if (carrier) tracking.carrier = carrier;
  return Object.keys(tracking).length ? tracking : undefined;
}

/** The service commitment's lines ("Fast delivery" / "Apply for … · Refund if no delivery before …"). */
function serviceLines(root: Element): string[] {
  return [...root.querySelectorAll('[class*="order-services"], [class*="service-commitment"], [class*="service-item"]')]
    .filter((element, _index, all) => !all.some((other) => other !== element && other.contains(element)))
    .flatMap((element) => [...textLines(element)]);
}

/**
 * An order's detail page (`/p/order/detail.html?orderId=`), merged with the page's order-detail JSON.
 * In steps: it pauses after reading the JSON and after the DOM's fields (a reading in slices).
 */
export function* readOrderDetailPage(
  document: Document,
  url: string,
  now: number,
  observed: readonly ObservedApiResponse[] = [],
  options: ReadOptions = {},
): ReadingSteps {
  const page = detectAliExpressPage(url);
  const urlOrderId = page.kind === 'order-detail' ? page.orderId : undefined;
  const language = detectLanguage(document, url);
  const context = readerContext(url, now, languageOrder(language), options);
  const root = document.body ?? document.documentElement;
  const lines = textLines(root);
  const orderId = labelledOrderId(lines) ?? urlOrderId;
  const responses = [...observed, ...embeddedApiResponses(document, url, now)].filter(
    (response) => response.api === 'mtop.aliexpress.trade.buyer.order.detail',
  );
  yield;
  const jsonOrders = ordersFromApiResponses(responses, context, orderId).filter(
    (order) => !orderId || order.orderId === orderId,
  );
  yield;

  const statusBlock = firstMatch(root, ['.order-status', '[class*="order-status"]', '[class*="orderStatus"]']);
  const itemBlocks = allOfFirstMatch(root, DETAIL_ITEMS.blocks);
  const recognised = Boolean(statusBlock || itemBlocks.length || findPhrase(lines.join('\n'), ORDER_DATE_LABELS));
  if (!orderId || (!recognised && !jsonOrders.length)) {
    return pageFailure(
      'order-detail',
      url,
      now,
      'layout-not-recognised',
      'The order page shows no order Buyer Guard can recognise.',
    );
  }
  if (!recognised)
    return finishReading({ document, pageKind: 'order-detail', language, context, domOrders: [], jsonOrders });

  const order: Order = { marketplace: 'aliexpress', orderId };
  const statusLines = statusBlock ? textLines(statusBlock) : [];
  const statusTitle = firstMatch(statusBlock ?? root, [
    '.order-block-title',
    '[class*="status-title"]',
    '[class*="block-title"]',
  ]);
  const statusText = statusTitle
    ? textOf(statusTitle)
    : statusLines.find((line) => line.length <= 48 && statusFromText(line));
  if (statusText) {
    order.statusText = statusText;
    const status = statusFromText(statusText);
    if (status) order.status = status;
  }
  const dates = [
    ['orderedOn', ORDER_DATE_LABELS],
    ['paidOn', PAID_ON_LABELS],
    ['shippedOn', SHIPPED_ON_LABELS],
    ['deliveredOn', DELIVERED_ON_LABELS],
    ['confirmedOn', CONFIRMED_ON_LABELS],
  ] as const;
  const infoArea = firstMatch(root, ['.order-detail-order-info', '[class*="order-info"]']) ?? root;
  const infoLines = textLines(infoArea);
  // Each line belongs to the field whose label it matches longest ("Shipment completed on" is not "Completed on").
  for (const line of infoLines) {
    const field = classifyText(line, dates)?.key;
    if (!field || order[field] !== undefined) continue;
    const found = labelledDate([line], dates.find(([key]) => key === field)?.[1] ?? {}, context.languages);
    if (!found) continue;
    if (field === 'orderedOn') order.orderedOn = found.date;
    else order[field] = found.dateTime;
  }
  const storeArea =
    firstMatch(root, ['.order-detail-item-store', '[class*="item-store"]', '[class*="store-info"]']) ?? root;
  const store = readStore(storeArea, url);
  if (store) order.store = store;
  const total = readTotal(root, lines);
  if (total) order.total = total;
  const itemsRoot = firstMatch(root, ['.order-detail-item', '[class*="order-detail-item"]']) ?? root;
  const { items, untitled } = readItems(itemsRoot, DETAIL_ITEMS, url);
  if (items.length) order.items = items;
  if (untitled) context.notes.push(`${orderId}: ${untitled} item(s) shown without a title`);
  // Buttons of the order, not of the site header around it.
  const actions = readActions(
    firstMatch(root, ['.order-wrap', '.order-detail', '[class*="order-detail-wrap"]']) ?? root,
  );
  if (actions.sawButtons) order.actions = actions.actions;
  for (const label of actions.unrecognised) context.notes.push(`${orderId}: button "${label}" not recognised`);
  yield;
  const progressLines = [...root.querySelectorAll('.service-progress-node-info, [class*="progress-node"]')].map(textOf);
  // The status block's reminder and the service lines are statements: each of their clauses must be placed.
  const statements = readStatements([...statusLines, ...serviceLines(root)], now, context.languages, {
    statement: true,
  });
  const elsewhere = readStatements([...progressLines, ...lines], now, context.languages);
  applyStatements(order, combineStatements(statements, elsewhere), context.notes);
  order.detailUrl = orderDetailPageUrl(orderId, url);
  const trackingLink = root.querySelector('a[href*="/p/tracking/"]');
  if (trackingLink || order.actions?.includes('track'))
    order.trackingUrl = trackingPageUrl(orderId, absoluteUrl(trackingLink?.getAttribute('href'), url));
  const tracking = readTrackingSummary(lines);
  if (tracking) order.tracking = tracking;
  const dispute = readDispute([...statusLines, ...lines]);
  if (dispute) order.dispute = dispute;
  return finishReading({ document, pageKind: 'order-detail', language, context, domOrders: [order], jsonOrders });
}
