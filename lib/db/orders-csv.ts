import { deadlineIso } from '../format/deadline-format';
import { DEFAULT_LOCALE } from '../i18n/locales';
import { type Translator, translatorFor } from '../i18n/translator';
import { isoInstant } from '../model/time';
import type { DeadlineRow, OrderRow } from './records';

/** The columns, as catalog keys: the headers are in the buyer's language, the values as stored. */
const COLUMNS = [
  'csv.orderId',
  'csv.orderedOn',
  'csv.status',
  'csv.statusText',
  'csv.store',
  'csv.items',
  'csv.total',
  'csv.currency',
  'csv.nextDeadline',
  'csv.due',
  'csv.dueSource',
  'csv.dispute',
  'csv.trackingNumber',
  'csv.carrier',
  'csv.lastSeen',
] as const;

/**
 * A spreadsheet cell: quoted per RFC 4180, and text a spreadsheet would run as a formula (a store named
 * "=HYPERLINK(…)", also after leading spaces, or starting with a tab, CR or NUL: OWASP, ASVS 1.2.10) gets
 * an apostrophe so it stays text. Spreadsheets in many locales split lines on semicolons (or tabs) and
 * then ignore our quotes, so a formula right after one inside the text ("Cable;=1+1") gets one too.
 */
export function csvCell(value: string | number | undefined): string {
  if (value === undefined) return '';
  let text = String(value);
  if (typeof value === 'string') {
    text = text.replace(/([;\t]\s*)(?=["\s]*[=+\-@])/g, "$1'");
    if (/^(\s*[=+\-@]|[\t\r\0])/.test(text)) text = `'${text}`;
  }
  return /[",;\t\r\n]/.test(text) ? `"${text.replace(/"/g, '""')}"` : text;
}

function iso(instant: number | undefined): string | undefined {
  return instant === undefined ? undefined : isoInstant(instant);
}

/**
 * One line per order, most urgent first as given; the next deadline is the earliest one still ahead.
 * Headers in the language of `t` (English by default); values stay codes and ISO dates a spreadsheet sorts.
 */
export function ordersToCsv(
  rows: readonly OrderRow[],
  deadlinesByRef: ReadonlyMap<string, readonly DeadlineRow[]>,
  { t }: Pick<Translator, 't'> = translatorFor(DEFAULT_LOCALE),
): string {
  const lines = [COLUMNS.map((column) => csvCell(t(column))).join(',')];
  for (const row of rows) {
    const { order } = row;
    const next = [...(deadlinesByRef.get(row.ref) ?? [])]
      .filter((d) => d.dueAt === row.nextDueAt)
      .sort((a, b) => a.dueAt - b.dueAt)[0];
    const cells = [
      order.orderId,
      order.orderedOn,
      order.status,
      order.statusText,
      order.store?.name,
      order.items?.map((i) => `${i.quantity ?? 1} × ${i.title}${i.sku ? ` (${i.sku})` : ''}`).join('; '),
      order.total?.amount,
      order.total?.currency,
      next?.label,
      // The one deadline formatter: a whole day is written as the day ("2026-12-03"), never with a time.
      next && deadlineIso(next),
      next?.source,
      order.dispute?.status,
      order.tracking?.number,
      order.tracking?.carrier,
      iso(row.lastSeenAt),
    ];
    lines.push(cells.map(csvCell).join(','));
  }
  // A byte-order mark so spreadsheet programs read UTF-8 (Cyrillic store names) correctly.
  return `\uFEFF${lines.join('\r\n')}\r\n`;
}
