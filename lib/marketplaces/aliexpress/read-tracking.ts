import type { Order, Tracking, TrackingEvent } from '../../model/order';
import type { PageReading } from '../../model/reading';
import { stageFromText } from './classify';
import { detectLanguage, languageOrder } from './detect-language';
import { firstMatch, textLines, textOf } from './dom-text';
import { finishReading, pageFailure, type ReaderContext } from './finish-reading';
import { CARRIER_LABELS, TRACKING_NUMBER_LABELS } from './labels';
import { embeddedApiResponses, type ObservedApiResponse } from './observed-response';
import { findDate } from './parse-date';
import { ordersFromApiResponses } from './read-api-json';
import { labelledValue } from './read-labelled';
import { readTimers } from './read-timers';
import { cleanText } from './text';
import { detectAliExpressPage } from './urls';

/**
 * The tracking page's class names are hashed per release (`logistic-info-v2--mailNoValue--X0fPzen`),
 * so they are matched on their stable name part; the older page's plain names follow.
 */
const NUMBER = ['[class*="mailNoValue"]', '[class*="mailNo"]', '[class*="tracking-number"]', '[class*="trackingNo"]'];
const CARRIER = ['[class*="carrierTitle"]', '[class*="carrier-name"]', '.title-eclp', '[class*="carrierName"]'];
const EVENT = ['[class*="nodeDesc"]', '.ship-steps li .text', '[class*="track-node-desc"]'];
const EVENT_TITLE = ['[class*="nodeTitle"]', '.head', '[class*="track-node-title"]'];
const EVENT_TIME = ['[class*="nodeTime"]', '.time', '[class*="track-node-time"]'];
const EVENT_PLACE = ['[class*="nodeAddress"]', '[class*="nodeLocation"]', '[class*="location"]'];

const TRACKING_NUMBER = /[A-Z0-9]{8,40}/i;

/** The outermost element around `element` that holds no other element of `all`. */
function ownBlock(element: Element, all: readonly Element[], stop: Element): Element {
  let block = element;
  for (let parent = block.parentElement; parent && parent !== stop; parent = parent.parentElement) {
    if (all.some((other) => other !== element && parent.contains(other))) break;
    block = parent;
  }
  return block;
}

function readEvents(block: Element, descriptions: readonly Element[], languages: readonly string[]): TrackingEvent[] {
  return descriptions.flatMap((description) => {
    const node = ownBlock(description, descriptions, block);
    const text = textOf(description);
    const title = textOf(firstMatch(node, EVENT_TITLE));
    if (!text && !title) return [];
    const event: TrackingEvent = { description: text || title, stage: stageFromText(`${title} ${text}`) };
    const time = findDate(textOf(firstMatch(node, EVENT_TIME)), languages);
    if (time) event.time = time.dateTime;
    const place = cleanText(textOf(firstMatch(node, EVENT_PLACE)));
    if (place) event.location = place;
    return [event];
  });
}

function readPackage(block: Element, numberElement: Element | undefined, languages: readonly string[]): Tracking {
  const tracking: Tracking = {};
  const lines = textLines(block);
  const number = TRACKING_NUMBER.exec(
    numberElement ? textOf(numberElement) : (labelledValue(lines, TRACKING_NUMBER_LABELS) ?? ''),
  )?.[0];
  if (number) tracking.number = number;
  const carrier = textOf(firstMatch(block, CARRIER)) || labelledValue(lines, CARRIER_LABELS);
  if (carrier) tracking.carrier = carrier;
  const descriptions =
    EVENT.map((selector) => [...block.querySelectorAll(selector)]).find((found) => found.length) ?? [];
  const events = readEvents(block, descriptions, languages);
  if (events.length) tracking.events = events;
  return tracking;
}

/** The tracking page (`/p/tracking/index.html?tradeOrderId=`): one entry per package, merged with the page's tracking JSON. */
export function readTrackingPage(
  document: Document,
  url: string,
  now: number,
  observed: readonly ObservedApiResponse[] = [],
): PageReading {
  const page = detectAliExpressPage(url);
  const orderId = page.kind === 'tracking' ? page.orderId : undefined;
  const language = detectLanguage(document, url);
  const context: ReaderContext = { url, now, languages: languageOrder(language), notes: [] };
  if (!orderId) return pageFailure('tracking', url, now, 'layout-not-recognised', 'The tracking page names no order.');
  const root = document.body ?? document.documentElement;
  const responses = [...observed, ...embeddedApiResponses(document, url, now)].filter(
    (response) => response.api === 'mtop.ae.ld.querydetail',
  );
  const jsonOrders = ordersFromApiResponses(responses, context.languages, orderId).filter(
    (order) => order.orderId === orderId,
  );

  const numbers = NUMBER.map((selector) => [...root.querySelectorAll(selector)]).find((found) => found.length) ?? [];
  const packages = numbers.length
    ? numbers.map((element) => readPackage(ownBlock(element, numbers, root), element, context.languages))
    : [readPackage(root, undefined, context.languages)].filter((tracking) => tracking.number || tracking.events);
  if (!packages.length && !jsonOrders.length) {
    return pageFailure(
      'tracking',
      url,
      now,
      'layout-not-recognised',
      'No package or tracking event was found on the page.',
    );
  }
  const domOrders: Order[] = [];
  if (packages.length) {
    const order: Order = { marketplace: 'aliexpress', orderId, tracking: packages[0] };
    if (packages.length > 1) order.parcels = packages;
    const timers = readTimers(textLines(root), now, context.languages).filter(
      (timer) => timer.kind === 'buyer-protection-ends' || timer.kind === 'delivery-estimate',
    );
    if (timers.length) order.timers = timers;
    const delivered =
      packages.length === 1
        ? packages[0]?.events?.find((event) => event.stage === 'delivered' && event.time)
        : undefined;
    if (delivered?.time) order.deliveredOn = delivered.time;
    domOrders.push(order);
  }
  return finishReading({ document, pageKind: 'tracking', language, context, domOrders, jsonOrders });
}
