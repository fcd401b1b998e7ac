import type { PageReading } from '../model/reading';
import { type RedactedLink, type RedactedNode, redactLink, redactPage, redactText } from './redact-page';

/**
 * A breakage report: what Buyer Guard could not read on a page, and the page's structure with nothing
 * personal in it (redact-page.ts), with the extension's and the browser's versions. The buyer saves it as a
 * file and can read it before sharing it anywhere; Buyer Guard sends nothing.
 */

export const PAGE_REPORT_KIND = 'buyer-guard-page-report';

export interface PageReport {
  kind: typeof PAGE_REPORT_KIND;
  version: 1;
  createdAt: string;
  extensionVersion: string;
  browser: string;
  page: { kind: string; address: RedactedLink };
  reading: {
    ok: boolean;
    reason?: string;
    /** Buyer Guard's message, redacted like the notes (a reader error may quote the page). */
    message?: string;
    language?: string;
    orders: number;
    sources?: string[];
    /** What stayed unread, with order ids replaced by "order 1", "order 2"… and quoted page text by its length. */
    missing: string[];
    disagreements: Array<{ order: string; field: string }>;
  };
  structure: RedactedNode;
}

/** Stable stand-ins for the order ids a report mentions ("order 1", "order 2"…). */
function aliases() {
  const known = new Map<string, string>();
  return (id: string) => {
    let alias = known.get(id);
    if (!alias) {
      alias = `order ${known.size + 1}`; // i18n-exempt: the report is read by developers, in English
      known.set(id, alias);
    }
    return alias;
  };
}

/** A diagnostics line with every id replaced and every quoted page text reduced to a label and a length. */
function redactNote(note: string, alias: (id: string) => string): string {
  return note
    .replace(/"([^"]*)"/g, (_quote, text: string) => {
      const redacted = redactText(text);
      return `"${redacted.label ? `${redacted.label} + ` : ''}${redacted.length} characters"`;
    })
    .replace(/\d{6,24}/g, (id) => alias(id))
    .replace(/\d{4,}/g, '#');
}

export function buildPageReport(input: {
  document: Document;
  reading: PageReading;
  extensionVersion: string;
  browser: string;
  now: number;
}): PageReport {
  const { document, reading } = input;
  const alias = aliases();
  // Orders first, so the aliases follow the page's order.
  if (reading.ok) for (const order of reading.orders) alias(order.orderId);
  return {
    kind: PAGE_REPORT_KIND,
    version: 1,
    createdAt: new Date(input.now).toISOString(),
    extensionVersion: input.extensionVersion.slice(0, 40),
    browser: input.browser.slice(0, 300),
    page: { kind: reading.pageKind ?? 'unknown', address: redactLink(reading.url) },
    reading: reading.ok
      ? {
          ok: true,
          ...(reading.language && { language: reading.language }),
          orders: reading.orders.length,
          sources: reading.diagnostics.sources,
          missing: reading.diagnostics.missing.map((note) => redactNote(note, alias)),
          disagreements: reading.diagnostics.disagreements.map((d) => ({ order: alias(d.orderId), field: d.field })),
        }
      : {
          ok: false,
          reason: reading.reason,
          message: redactNote(reading.message, alias),
          orders: 0,
          missing: [],
          disagreements: [],
        },
    structure: redactPage(document),
  };
}

/** Fields deadlines hinge on: without them an order's dates cannot be worked out. */
const DEADLINE_FIELDS = /^\d+: (status|orderedOn|tracking|dispute)$|: statement not understood: /;

/**
 * Whether a reading is worth a report: the page was not read, or some of what it shows stayed unread.
 * `deadlines`: only gaps that touch the deadlines (a status, an order date, the tracking, the dispute, a
 * stated date Buyer Guard could not place); a list card that shows its items as pictures only is not one.
 */
export function readingHasGaps(reading: PageReading, scope: 'any' | 'deadlines' = 'any'): boolean {
  if (!reading.ok) return reading.reason === 'layout-not-recognised';
  const { missing } = reading.diagnostics;
  return scope === 'any' ? missing.length > 0 : missing.some((note) => DEADLINE_FIELDS.test(note));
}
