import { ORDER_ID_LABELS } from './labels';
import type { Phrases } from './languages';
import { findPhrase } from './match-phrases';
import { cleanText } from './text';

/** The text written after a label on the same line ("Order date: Oct 28, 2026" → "Oct 28, 2026"), or undefined. */
export function valueAfterLabel(line: string, labels: Phrases): string | undefined {
  const match = findPhrase(line, labels);
  if (!match) return undefined;
  return cleanText(
    cleanText(line)
      .slice(match.end)
      .replace(/^[\s:：#№.\-–]+/, ''),
  );
}

/**
 * The value of a labelled field among lines: the rest of the label's line, or the next line
 * when the label stands alone ("Order ID" / "8204…"). Undefined when no line has the label.
 */
export function labelledValue(lines: readonly string[], labels: Phrases): string | undefined {
  for (let i = 0; i < lines.length; i++) {
    const value = valueAfterLabel(lines[i] ?? '', labels);
    if (value === undefined) continue;
    return value || lines[i + 1];
  }
  return undefined;
}

const ORDER_ID = /^[\s:：#№.]*(\d{6,24})(?!\d)/;

/** An order id written after an order-id label ("Order ID: 8204417366541234Copy"). */
export function labelledOrderId(lines: readonly string[]): string | undefined {
  for (let i = 0; i < lines.length; i++) {
    const value = valueAfterLabel(lines[i] ?? '', ORDER_ID_LABELS);
    if (value === undefined) continue;
    const id = ORDER_ID.exec(value)?.[1] ?? ORDER_ID.exec(lines[i + 1] ?? '')?.[1];
    if (id) return id;
  }
  return undefined;
}

/** Every order id written after an order-id label in the lines. */
export function labelledOrderIds(lines: readonly string[]): string[] {
  const ids: string[] = [];
  for (let i = 0; i < lines.length; i++) {
    const id = labelledOrderId([lines[i] ?? '', lines[i + 1] ?? '']);
    if (id && valueAfterLabel(lines[i] ?? '', ORDER_ID_LABELS) !== undefined && !ids.includes(id)) ids.push(id);
  }
  return ids;
}
