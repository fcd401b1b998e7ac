import type { DecisionOnPage, OfferOnPage } from '../../model/order';
import {
  DECISION_OUTCOME_PHRASES,
  PLATFORM_DECISION_LABELS,
  RESOLUTION_PHRASES,
  RETURN_POSTAGE_PHRASES,
  SELLER_OFFER_LABELS,
} from './dispute-labels';
import type { Phrases } from './languages';
import { classifyText } from './match-phrases';
import { parseMoney } from './parse-money';
import { valueAfterLabel } from './read-labelled';

/** Facts of a dispute that any page with a dispute line may state: the seller's proposal, the platform's ruling. */

export const RESOLUTION_TABLE = Object.entries(RESOLUTION_PHRASES) as Array<[keyof typeof RESOLUTION_PHRASES, Phrases]>;
const POSTAGE_TABLE = Object.entries(RETURN_POSTAGE_PHRASES) as Array<['buyer' | 'seller', Phrases]>;
const OUTCOME_TABLE = Object.entries(DECISION_OUTCOME_PHRASES) as Array<['buyer-favour' | 'seller-favour', Phrases]>;

/** Every text after a label: on its line, or the next line when the label stands alone. With the line(s) it came from. */
export function labelledAll(lines: readonly string[], labels: Phrases): Array<{ value: string; raw: string }> {
  const found: Array<{ value: string; raw: string }> = [];
  for (let i = 0; i < lines.length; i++) {
    const line = lines[i] ?? '';
    const value = valueAfterLabel(line, labels);
    if (value === undefined) continue;
    const next = lines[i + 1];
    if (value) found.push({ value, raw: line });
    else if (next) found.push({ value: next, raw: `${line} ${next}` });
  }
  return found;
}

/** The first text after a label (see labelledAll). */
export function labelled(lines: readonly string[], labels: Phrases): { value: string; raw: string } | undefined {
  return labelledAll(lines, labels)[0];
}

/**
 * The seller's proposal. A status line ("Seller proposed a solution") carries the label too: the line that
 * names a resolution is the proposal, else a labelled field ("Seller's proposal: …").
 */
export function offerOf(lines: readonly string[]): OfferOnPage | undefined {
  const all = labelledAll(lines, SELLER_OFFER_LABELS);
  const found =
    all.find((candidate) => classifyText(candidate.value, RESOLUTION_TABLE)) ??
    all.find((candidate) => /[:：]/.test(candidate.raw)) ??
    all[0];
  if (!found) return undefined;
  const offer: OfferOnPage = {
    from: 'seller',
    resolution: classifyText(found.value, RESOLUTION_TABLE)?.key ?? 'other',
    raw: found.raw,
  };
  const amount = parseMoney(found.value);
  if (amount) offer.amount = amount;
  const postage = classifyText(found.raw, POSTAGE_TABLE)?.key;
  if (postage) offer.returnPostagePaidBy = postage;
  return offer;
}

export function decisionOf(lines: readonly string[], hasAppeal: boolean, notes: string[], orderId: string) {
  const found = labelled(lines, PLATFORM_DECISION_LABELS);
  if (!found) return undefined;
  const resolution = classifyText(found.value, RESOLUTION_TABLE)?.key;
  const outcome =
    classifyText(found.value, OUTCOME_TABLE)?.key ??
    (resolution === 'full-refund' || resolution === 'return-and-refund'
      ? 'buyer-favour'
      : resolution === 'partial-refund'
        ? 'partial'
        : undefined);
  if (!outcome) {
    notes.push(`${orderId}: decision not understood: "${found.raw}"`);
    return undefined;
  }
  const decision: DecisionOnPage = { outcome, raw: found.raw };
  const refund = parseMoney(found.value);
  if (refund && outcome !== 'seller-favour') decision.refund = refund;
  if (resolution) decision.returnRequired = resolution === 'return-and-refund';
  if (hasAppeal) decision.appealable = true;
  return decision;
}
