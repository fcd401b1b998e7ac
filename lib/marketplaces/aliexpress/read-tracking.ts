import type { Order, PageTimerKind, Tracking, TrackingEvent } from '../../model/order';
import type { PageReading } from '../../model/reading';
import type { LocalDateTime } from '../../model/time';
import { stageFromText } from './classify';
import { detectLanguage, languageOrder } from './detect-language';
import { firstMatch, textLines, textOf } from './dom-text';
import { finishReading, pageFailure, type ReadOptions, readerContext } from './finish-reading';
import { CARRIER_LABELS, DELIVERED_HEADLINE_LABELS, TRACKING_NUMBER_LABELS } from './labels';
import { findPhrase } from './match-phrases';
import { embeddedApiResponses, type ObservedApiResponse } from './observed-response';
import { findDate, findMonthDay, pastMonthDay } from './parse-date';
import { ordersFromApiResponses } from './read-api-json';
import { applyStatements } from './read-dom-parts';
import { labelledValue } from './read-labelled';
import { readStatements } from './read-statements';
import { cleanText } from './text';
import { detectAliExpressPage, trackingPageUrl } from './urls';

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

/** An event's time: with its year ("Nov 19, 2026 09:03"), or without (real pages: "Tue | Jul. 28 18:39"), a past day. */
function eventTime(text: string, languages: readonly string[], now: number): LocalDateTime | undefined {
  const dated = findDate(text, languages);
  if (dated) return dated.dateTime;
  const monthDay = findMonthDay(text, languages);
  return monthDay ? pastMonthDay(monthDay, now) : undefined;
}

/** "Delivered：Jul. 28": the day the carrier delivered, stated as a fact on the page's headline. */
function deliveredHeadline(lines: readonly string[], languages: readonly string[], now: number) {
  for (const line of lines) {
    const label = findPhrase(line, DELIVERED_HEADLINE_LABELS);
    const rest = label?.start === 0 ? /^\s*[:：]\s*(.+)$/u.exec(cleanText(line).slice(label.end))?.[1] : undefined;
    const time = rest ? eventTime(rest, languages, now) : undefined;
    if (time) return time.slice(0, 10);
  }
  return undefined;
}

function readEvents(
  block: Element,
  descriptions: readonly Element[],
  languages: readonly string[],
  now: number,
): TrackingEvent[] {
  return descriptions.flatMap((description) => {
    const node = ownBlock(description, descriptions, block);
    const text = textOf(description);
    const title = textOf(firstMatch(node, EVENT_TITLE));
    if (!text && !title) return [];
    const event: TrackingEvent = { description: text || title, stage: stageFromText(`${title} ${text}`) };
    const time = eventTime(textOf(firstMatch(node, EVENT_TIME)), languages, now);
    if (time) event.time = time;
    const place = cleanText(textOf(firstMatch(node, EVENT_PLACE)));
    if (place) event.location = place;
    return [event];
  });
}

function readPackage(
  block: Element,
  numberElement: Element | undefined,
  languages: readonly string[],
  now: number,
): Tracking {
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
  const events = readEvents(block, descriptions, languages, now);
  if (events.length) tracking.events = events;
  return tracking;
}

/** The deadlines a tracking page states for the order. */
const TRACKING_TIMERS = new Set<PageTimerKind>(['buyer-protection-ends', 'delivery-estimate', 'late-delivery-coupon']);

/** The tracking page (`/p/tracking/index.html?tradeOrderId=`): one entry per package, merged with the page's tracking JSON. */
export function readTrackingPage(
  document: Document,
  url: string,
  now: number,
  observed: readonly ObservedApiResponse[] = [],
  options: ReadOptions = {},
): PageReading {
  const page = detectAliExpressPage(url);
  const orderId = page.kind === 'tracking' ? page.orderId : undefined;
  const language = detectLanguage(document, url);
  const context = readerContext(url, now, languageOrder(language), options);
  if (!orderId) return pageFailure('tracking', url, now, 'layout-not-recognised', 'The tracking page names no order.');
  const root = document.body ?? document.documentElement;
  const responses = [...observed, ...embeddedApiResponses(document, url, now)].filter(
    (response) => response.api === 'mtop.ae.ld.querydetail',
  );
  const jsonOrders = ordersFromApiResponses(responses, context, orderId).filter((order) => order.orderId === orderId);

  const numbers = NUMBER.map((selector) => [...root.querySelectorAll(selector)]).find((found) => found.length) ?? [];
  const packages = numbers.length
    ? numbers.map((element) => readPackage(ownBlock(element, numbers, root), element, context.languages, now))
    : [readPackage(root, undefined, context.languages, now)].filter((tracking) => tracking.number || tracking.events);
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
    const order: Order = {
      marketplace: 'aliexpress',
      orderId,
      tracking: packages[0],
      trackingUrl: trackingPageUrl(orderId, url),
    };
    if (packages.length > 1) order.parcels = packages;
    const lines = textLines(root);
    const statements = readStatements(lines, now, context.languages);
    applyStatements(
      order,
      { ...statements, timers: statements.timers.filter((timer) => TRACKING_TIMERS.has(timer.kind)) },
      context.notes,
    );
    // An estimate the page shows once the parcel was delivered is history, not a deadline.
    const delivered =
      packages.length === 1
        ? packages[0]?.events?.find((event) => event.stage === 'delivered' && event.time)?.time
        : undefined;
    const deliveredOn = delivered ?? deliveredHeadline(lines, context.languages, now);
    if (deliveredOn) order.deliveredOn = deliveredOn;
    domOrders.push(order);
  }
  return finishReading({ document, pageKind: 'tracking', language, context, domOrders, jsonOrders });
}
