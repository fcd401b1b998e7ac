import {
  DISPUTE_ID_LABELS,
  DISPUTE_OPENED_ON_LABELS,
  DISPUTE_REASON_LABELS,
} from '../marketplaces/aliexpress/dispute-labels';
import {
  ACTION_PHRASES,
  CARRIER_LABELS,
  CONFIRMED_ON_LABELS,
  DELIVERED_HEADLINE_LABELS,
  DELIVERED_ON_LABELS,
  DISPUTE_PHRASES,
  ORDER_DATE_LABELS,
  ORDER_ID_LABELS,
  PAID_ON_LABELS,
  REFUND_AMOUNT_LABELS,
  SHIPPED_ON_LABELS,
  STATUS_PHRASES,
  TIMER_PHRASES,
  TOTAL_LABELS,
  TRACKING_NUMBER_LABELS,
} from '../marketplaces/aliexpress/labels';
import { LANGUAGES, type Phrases } from '../marketplaces/aliexpress/languages';
import { findDate } from '../marketplaces/aliexpress/parse-date';
import { parseMoney } from '../marketplaces/aliexpress/parse-money';
import { foldText } from '../marketplaces/aliexpress/text';

/**
 * A page's structure with everything personal taken out, for a breakage report the buyer can read before
 * sharing it: tag names, class names, attribute names, the labels Buyer Guard knows from its phrase tables,
 * and for every other text only its length and what it looks like (a number, a date, an amount). Order ids,
 * names, addresses, prices, tracking numbers and free text never come out; digits in class names and URL
 * paths become `#`; URL query values are dropped.
 */

export interface RedactedText {
  /** A label of our phrase tables the text starts with, as our table writes it. */
  label?: string;
  /** Characters of the text (after the label, when there is one). */
  length: number;
  /** What the rest looks like. */
  looks?: 'number' | 'date' | 'money' | 'text';
}

export interface RedactedLink {
  /** aliexpress: one of AliExpress's hosts; other: any other host. */
  host: 'aliexpress' | 'other' | 'relative' | 'none';
  /** The path with every segment holding a digit replaced by `#`. */
  path?: string;
  /** Names of the query parameters (values dropped). */
  params?: string[];
}

export interface RedactedNode {
  tag: string;
  classes?: string[];
  attributes?: string[];
  link?: RedactedLink;
  text?: RedactedText[];
  children?: RedactedNode[];
  /** Elements left out below this one (the report's size limit). */
  omitted?: number;
}

const LABEL_TABLES: Phrases[] = [
  ORDER_ID_LABELS,
  ORDER_DATE_LABELS,
  PAID_ON_LABELS,
  SHIPPED_ON_LABELS,
  DELIVERED_ON_LABELS,
  DELIVERED_HEADLINE_LABELS,
  CONFIRMED_ON_LABELS,
  TOTAL_LABELS,
  TRACKING_NUMBER_LABELS,
  CARRIER_LABELS,
  REFUND_AMOUNT_LABELS,
  DISPUTE_ID_LABELS,
  DISPUTE_REASON_LABELS,
  DISPUTE_OPENED_ON_LABELS,
  ...Object.values(STATUS_PHRASES),
  ...Object.values(ACTION_PHRASES),
  ...Object.values(TIMER_PHRASES),
  ...Object.values(DISPUTE_PHRASES),
];

/** Every known label, folded, with the way our table writes it; longest first so "Order ID" wins over "Order". */
let knownLabels: Array<{ folded: string; label: string }> | undefined;
function labels() {
  knownLabels ??= LABEL_TABLES.flatMap((table) =>
    LANGUAGES.flatMap((language) => (table[language] ?? []).map((label) => ({ folded: foldText(label), label }))),
  ).sort((a, b) => b.folded.length - a.folded.length);
  return knownLabels;
}

const SKIP_CONTENT = new Set(['SCRIPT', 'STYLE', 'NOSCRIPT', 'TEMPLATE', 'SVG', 'IFRAME', 'OBJECT']);
const LINK_ATTRIBUTES = ['href', 'src'];
const MAX_NODES = 5000;
const MAX_DEPTH = 60;
const LETTER = /\p{L}/u;

function looksOf(text: string): RedactedText['looks'] {
  if (/^[\d\s.,:/-]+$/.test(text)) return 'number';
  if (findDate(text)) return 'date';
  if (parseMoney(text)) return 'money';
  return 'text';
}

/** A text as a known label and the length of what follows it, or only its length. */
export function redactText(raw: string): RedactedText {
  const text = raw.replace(/\s+/g, ' ').trim();
  const folded = foldText(text);
  const known = labels().find(
    ({ folded: label }) => folded.startsWith(label) && !LETTER.test(folded.charAt(label.length)),
  );
  const rest = known ? text.slice(known.folded.length).replace(/^[\s:：#№.\-–]+/, '') : text;
  return {
    ...(known && { label: known.label }),
    length: rest.length,
    ...(rest && { looks: looksOf(rest) }),
  };
}

/** Class names as the page's stylesheet knows them, with digits (ids some pages put in classes) replaced. */
function redactClass(name: string): string {
  return name.replace(/\d+/g, '#').slice(0, 80);
}

/** A link's host kind, its path with personal segments replaced, and its parameter names. */
export function redactLink(raw: string | null): RedactedLink {
  const value = (raw ?? '').trim();
  if (!value) return { host: 'none' };
  let url: URL;
  try {
    url = new URL(value, 'https://relative.invalid/');
  } catch {
    return { host: 'other' };
  }
  const relative = url.hostname === 'relative.invalid' && !/^[a-z][a-z+.-]*:|^\/\//i.test(value);
  const aliexpress = /(^|\.)aliexpress\.(com|us)$/i.test(url.hostname);
  const path = url.pathname
    .split('/')
    .map((segment) => (/\d/.test(segment) ? '#' : segment.slice(0, 40)))
    .join('/');
  const params = [...new Set(url.searchParams.keys())].map((name) => name.replace(/\d+/g, '#').slice(0, 40));
  return {
    host: relative ? 'relative' : aliexpress ? 'aliexpress' : 'other',
    ...(url.protocol === 'http:' || url.protocol === 'https:' ? { path } : {}),
    ...(params.length && { params }),
  };
}

/** The redacted structure of the document's body (or root). Never throws on odd markup. */
export function redactPage(document: Document): RedactedNode {
  let budget = MAX_NODES;
  const walk = (element: Element, depth: number): RedactedNode => {
    budget--;
    const tag = element.tagName.toLowerCase();
    const node: RedactedNode = { tag };
    const classes = [...element.classList].map(redactClass);
    if (classes.length) node.classes = classes;
    const attributes = element
      .getAttributeNames()
      .filter((name) => name !== 'class')
      .map((name) => name.slice(0, 60));
    if (attributes.length) node.attributes = attributes;
    const linkAttribute = LINK_ATTRIBUTES.find((name) => element.hasAttribute(name));
    if (linkAttribute) node.link = redactLink(element.getAttribute(linkAttribute));
    if (SKIP_CONTENT.has(element.tagName.toUpperCase())) {
      const length = element.textContent?.length ?? 0;
      if (length) node.text = [{ length }];
      return node;
    }
    const texts: RedactedText[] = [];
    const children: RedactedNode[] = [];
    let omitted = 0;
    for (let child = element.firstChild; child; child = child.nextSibling) {
      if (child.nodeType === 3) {
        const value = child.nodeValue ?? '';
        if (value.trim()) texts.push(redactText(value));
      } else if (child.nodeType === 1) {
        if (budget <= 0 || depth >= MAX_DEPTH) omitted++;
        else children.push(walk(child as Element, depth + 1));
      }
    }
    if (texts.length) node.text = texts;
    if (children.length) node.children = children;
    if (omitted) node.omitted = omitted;
    return node;
  };
  return walk(document.body ?? document.documentElement, 0);
}
