import type { DisputeOnPage, Order, PageTimerKind } from '../../model/order';
import type { PageReading } from '../../model/reading';
import { disputeFromText } from './classify';
import { detectLanguage, languageOrder } from './detect-language';
import {
  APPEAL_PHRASES,
  DISPUTE_ID_LABELS,
  DISPUTE_OPENED_ON_LABELS,
  DISPUTE_REASON_LABELS,
  DISPUTE_REASON_PHRASES,
  DISPUTE_REQUEST_LABELS,
  ESCALATE_PHRASES,
} from './dispute-labels';
import { textLines, textOf } from './dom-text';
import { findOrderElements } from './find-order-elements';
import { finishReading, pageFailure, type ReaderContext, type ReadOptions, readerContext } from './finish-reading';
import { DISPUTE_PHRASES, REFUND_AMOUNT_LABELS } from './labels';
import type { Phrases } from './languages';
import { classifyText, isExactly } from './match-phrases';
import { embeddedApiResponses, type ObservedApiResponse } from './observed-response';
import { parseMoney } from './parse-money';
import { decisionOf, labelled, offerOf, RESOLUTION_TABLE } from './read-dispute-facts';
import { labelledDate } from './read-dom-parts';
import { labelledOrderId, labelledValue } from './read-labelled';
import { ordersFromReverseResponses } from './read-reverse-json';
import { readStatements, unreadClauseNote } from './read-statements';
import { detectAliExpressPage } from './urls';

/**
 * The returns/refunds (dispute) pages: the case list and a case's own page. No public capture of their
 * markup exists, so they are read by what they write, not by class names: the status line, the labelled
 * facts (reason, request, opening day), the seller's proposal, the platform's decision, the countdowns
 * (the seller's reply, the buyer's answer, the return's shipping, escalation) and an "Escalate" button;
 * merged with the page's reverse JSON (read-reverse-json.ts) for ids, status and reason.
 */

const REASON_TABLE = Object.entries(DISPUTE_REASON_PHRASES) as Array<[keyof typeof DISPUTE_REASON_PHRASES, Phrases]>;
const STATUS_TABLE = Object.entries(DISPUTE_PHRASES) as Array<[keyof typeof DISPUTE_PHRASES, Phrases]>;

/** The countdowns a dispute page states; others on it (an item's delivery line) are not the case's. */
const DISPUTE_TIMERS = new Set<PageTimerKind>([
  'seller-response-due',
  'buyer-response-due',
  'return-ship-by',
  'escalation-possible',
  'dispute-window-closes',
  'buyer-protection-ends',
]);

const BUTTONS = 'button, [role="button"], a';

/** Labels of the block's buttons and links. */
function buttonLabels(block: Element): string[] {
  return [...block.querySelectorAll(BUTTONS)].map((button) => textOf(button)).filter(Boolean);
}

/** One case as a block of the page shows it (the whole page on a case's own page). */
function readCase(block: Element, orderId: string, context: ReaderContext, caseUrl: string | undefined): Order {
  const order: Order = { marketplace: 'aliexpress', orderId };
  const lines = textLines(block);
  const dispute: DisputeOnPage = {};
  const statusLine = lines.find((line) => line.length <= 120 && disputeFromText(line));
  if (statusLine) {
    dispute.statusText = statusLine;
    const status = classifyText(statusLine, STATUS_TABLE)?.key;
    if (status) dispute.status = status;
  }
  const id = /\d{6,24}/.exec(labelledValue(lines, DISPUTE_ID_LABELS) ?? '')?.[0];
  if (id) dispute.id = id;
  const reason = labelled(lines, DISPUTE_REASON_LABELS);
  if (reason) {
    dispute.reasonText = reason.value;
    const known = classifyText(reason.value, REASON_TABLE)?.key;
    if (known) dispute.reason = known;
    else context.notes.push(`${orderId}: dispute reason "${reason.value}" not recognised`);
  }
  const request = labelled(lines, DISPUTE_REQUEST_LABELS);
  const requested = request ? classifyText(request.value, RESOLUTION_TABLE)?.key : undefined;
  if (requested) dispute.requestedResolution = requested;
  const refund = parseMoney(request?.value) ?? parseMoney(labelledValue(lines, REFUND_AMOUNT_LABELS));
  if (refund) dispute.refundAmount = refund;
  const opened = labelledDate(lines, DISPUTE_OPENED_ON_LABELS, context.languages);
  if (opened) dispute.openedOn = opened.dateTime;
  const offer = offerOf(lines);
  if (offer) dispute.offer = offer;
  const buttons = buttonLabels(block);
  const decision = decisionOf(
    lines,
    buttons.some((label) => isExactly(label, APPEAL_PHRASES)),
    context.notes,
    orderId,
  );
  if (decision) dispute.decision = decision;
  const statements = readStatements(lines, context.now, context.languages);
  const timers = statements.timers.filter((timer) => DISPUTE_TIMERS.has(timer.kind));
  if (timers.length) order.timers = timers;
  if (statements.rules.length) order.pageRules = statements.rules;
  for (const clause of statements.unread) context.notes.push(unreadClauseNote(orderId, clause));
  if (dispute.status === 'escalated') dispute.escalation = 'escalated';
  else if (buttons.some((label) => isExactly(label, ESCALATE_PHRASES))) dispute.escalation = 'available';
  else if (timers.some((timer) => timer.kind === 'escalation-possible')) dispute.escalation = 'not-yet';
  // The case page's address belongs to a case the page showed; a page that showed none read nothing.
  if (Object.keys(dispute).length) order.dispute = { ...dispute, ...(caseUrl && { url: caseUrl }) };
  return order;
}

/** A case's own page (not the list of cases): its URL is the case's address. */
function isCasePage(url: string): boolean {
  try {
    return !/\/list\.html$/.test(new URL(url).pathname);
  } catch {
    return false;
  }
}

/** A returns/refunds page: every case it shows, merged with the page's reverse JSON. */
export function readDisputePage(
  document: Document,
  url: string,
  now: number,
  observed: readonly ObservedApiResponse[] = [],
  options: ReadOptions = {},
): PageReading {
  const page = detectAliExpressPage(url);
  const language = detectLanguage(document, url);
  const context = readerContext(url, now, languageOrder(language), options);
  const root = document.body ?? document.documentElement;
  const responses = [...observed, ...embeddedApiResponses(document, url, now)].filter((response) =>
    /\.buyer\.reverse\./i.test(response.api),
  );
  const casePage = isCasePage(url);
  const caseUrl = casePage ? url : undefined;
  const blocks = findOrderElements(document);
  const pageOrderId = (page.kind === 'dispute' ? page.orderId : undefined) ?? labelledOrderId(textLines(root));
  const domOrders = blocks.length
    ? blocks.map(({ orderId, element }) => readCase(element, orderId, context, caseUrl))
    : pageOrderId && casePage
      ? [readCase(root, pageOrderId, context, caseUrl)]
      : [];
  // finishReading keeps only the JSON's cases whose order the page shows (order-id-shown.ts).
  const jsonOrders = ordersFromReverseResponses(responses);
  const read = domOrders.filter((order) => order.dispute);
  const reading = finishReading({ document, pageKind: 'dispute', language, context, domOrders: read, jsonOrders });
  if (reading.ok && !reading.orders.length) {
    return pageFailure(
      'dispute',
      url,
      now,
      'layout-not-recognised',
      'The returns/refunds page shows no case Buyer Guard can recognise.',
    );
  }
  return reading;
}
