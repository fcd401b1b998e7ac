import type { Resolution } from '../model/dispute';
import type { Money } from '../model/money';
import type { Order } from '../model/order';
import type { Problem, ProblemSeverity } from '../model/problem';
import { isOrderProblem } from '../model/problem-reasons';
import { type BuyerWords, buyerWords, selectKey } from './buyer-words';
import { FULL_REFUND_ONLY_WHEN_UNUSABLE } from './catalog';
import { DISPUTE_FORM_REASONS } from './dispute-reasons';
import { formatMoney, roundMoney } from './format';

/**
 * Buyer Guard's own figure (no marketplace source): the share of the price proposed as a partial refund
 * for a minor defect when the buyer keeps the item. Sources only say a minor defect "realistically gets
 * partial compensation" and that asking too much loses disputes (DISPUTE_LOSS_REASONS); 30% is a modest,
 * defensible opening the buyer edits.
 */
export const MINOR_DEFECT_PARTIAL_SHARE = 0.3;

export interface RefundSuggestion {
  resolution: Extract<Resolution, 'full-refund' | 'partial-refund'>;
  /** Share of the order total, 0–1. */
  share: number;
  /** Absent when the order total was not read. */
  amount?: Money;
  rationale: string;
  /** The buyer has not said whether the item can still be used: the severity was assumed, not stated. */
  severityAssumed?: boolean;
  ruleIds: string[];
}

export function severityOf(problem: Problem): ProblemSeverity {
  if (problem.severity !== undefined) return problem.severity;
  return isOrderProblem(problem.reason) ? DISPUTE_FORM_REASONS[problem.reason].defaultSeverity : 'minor';
}

/**
 * Problems where only the buyer can say whether the item still serves its purpose: the guide asks
 * "Can you still use it?", and until it is answered no text claims the item is usable.
 */
export const SEVERITY_ASKED_FOR: ReadonlySet<Problem['reason']> = new Set<Problem['reason']>([
  'damaged',
  'does-not-work',
  'not-as-described',
  'quality-problem',
]);

function orderedQuantity(order: Order): number | undefined {
  const quantities = (order.items ?? []).map((item) => item.quantity);
  if (quantities.length === 0 || quantities.some((quantity) => quantity === undefined)) return undefined;
  return quantities.reduce<number>((sum, quantity) => sum + (quantity ?? 0), 0);
}

/**
 * What to ask for: a full refund for non-arrival or an unusable item, a partial refund with a rationale
 * for a minor defect (FULL_REFUND_ONLY_WHEN_UNUSABLE). Only for order problems. The rationale is in the
 * language of `locale` (BCP 47; English, with amounts as the platform reads them, when none is given:
 * the texts for the platform quote it).
 */
export function suggestRefund(order: Order, problem: Problem, locale?: string): RefundSuggestion | undefined {
  if (!isOrderProblem(problem.reason)) return undefined;
  const ruleIds = [FULL_REFUND_ONLY_WHEN_UNUSABLE.id];
  const total = order.total;
  const withAmount = (share: number): Money | undefined =>
    total === undefined
      ? undefined
      : { amount: roundMoney(total.amount * share, total.currency), currency: total.currency };
  const words = buyerWords(locale);
  // Money in the buyer's form; the platform's texts (no locale) keep "12.00 USD".
  const money = (amount: Money) => (locale === undefined ? formatMoney(amount) : words.money(amount));

  const quantity = problem.reason === 'missing-items' ? orderedQuantity(order) : undefined;
  const allMissing = quantity !== undefined && (problem.missingQuantity ?? 0) >= quantity;
  if (quantity !== undefined && problem.missingQuantity !== undefined) {
    if (problem.missingQuantity < quantity) {
      const share = problem.missingQuantity / quantity;
      return {
        resolution: 'partial-refund',
        share,
        amount: withAmount(share),
        rationale: rationale(words, money, 'refund.missingShare', 'refund.missingShareOf', withAmount(share), {
          missing: problem.missingQuantity,
          quantity,
        }),
        ruleIds,
      };
    }
  }
  if (problem.reason === 'not-received' || allMissing || severityOf(problem) === 'unusable') {
    const why = problem.reason === 'not-received' ? 'not-received' : allMissing ? 'all-missing' : 'unusable';
    return {
      resolution: 'full-refund',
      share: 1,
      amount: withAmount(1),
      rationale: rationale(words, money, 'refund.full', 'refund.fullOf', withAmount(1), { why: selectKey(why) }),
      ruleIds,
    };
  }
  const share = rationale(words, money, 'refund.share', 'refund.shareOf', withAmount(MINOR_DEFECT_PARTIAL_SHARE), {
    percent: Math.round(MINOR_DEFECT_PARTIAL_SHARE * 100),
  });
  // Only the buyer's own answer ("I can still use it") lets a text say the item is usable.
  return {
    resolution: 'partial-refund',
    share: MINOR_DEFECT_PARTIAL_SHARE,
    amount: withAmount(MINOR_DEFECT_PARTIAL_SHARE),
    rationale: words.t(problem.severity === 'minor' ? 'refund.partialMinor' : 'refund.partialAssumed', { share }),
    ...(problem.severity === undefined && { severityAssumed: true }),
    ruleIds,
  };
}

/** A rationale with the amount when the order total is known, without it otherwise. */
function rationale(
  words: BuyerWords,
  money: (amount: Money) => string,
  bare: 'refund.missingShare' | 'refund.full' | 'refund.share',
  withAmount: 'refund.missingShareOf' | 'refund.fullOf' | 'refund.shareOf',
  amount: Money | undefined,
  values: Readonly<Record<string, string | number>>,
): string {
  return amount === undefined ? words.t(bare, values) : words.t(withAmount, { ...values, amount: money(amount) });
}
