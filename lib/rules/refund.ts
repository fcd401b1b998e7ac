import type { Resolution } from '../model/dispute';
import type { Money } from '../model/money';
import type { Order } from '../model/order';
import type { Problem, ProblemSeverity } from '../model/problem';
import { isOrderProblem } from '../model/problem-reasons';
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
 * for a minor defect (FULL_REFUND_ONLY_WHEN_UNUSABLE). Only for order problems.
 */
export function suggestRefund(order: Order, problem: Problem): RefundSuggestion | undefined {
  if (!isOrderProblem(problem.reason)) return undefined;
  const ruleIds = [FULL_REFUND_ONLY_WHEN_UNUSABLE.id];
  const total = order.total;
  const withAmount = (share: number): Money | undefined =>
    total === undefined
      ? undefined
      : { amount: roundMoney(total.amount * share, total.currency), currency: total.currency };
  const priceText = (share: number) => {
    const amount = withAmount(share);
    return amount === undefined ? '' : ` (${formatMoney(amount)})`;
  };

  const quantity = problem.reason === 'missing-items' ? orderedQuantity(order) : undefined;
  const allMissing = quantity !== undefined && (problem.missingQuantity ?? 0) >= quantity;
  if (quantity !== undefined && problem.missingQuantity !== undefined) {
    if (problem.missingQuantity < quantity) {
      const share = problem.missingQuantity / quantity;
      return {
        resolution: 'partial-refund',
        share,
        amount: withAmount(share),
        rationale: `${problem.missingQuantity} of ${quantity} units are missing, so the refund asked is their share of the price${priceText(share)}.`,
        ruleIds,
      };
    }
  }
  if (problem.reason === 'not-received' || allMissing || severityOf(problem) === 'unusable') {
    const why =
      problem.reason === 'not-received'
        ? 'The order never arrived'
        : allMissing
          ? 'Nothing of the order arrived'
          : 'The item cannot be used for its purpose';
    return {
      resolution: 'full-refund',
      share: 1,
      amount: withAmount(1),
      rationale: `${why}, so a full refund${priceText(1)} is the fair request.`,
      ruleIds,
    };
  }
  const share = `${Math.round(MINOR_DEFECT_PARTIAL_SHARE * 100)}% of the price${priceText(MINOR_DEFECT_PARTIAL_SHARE)}`;
  // Only the buyer's own answer ("I can still use it") lets a text say the item is usable.
  const rationale =
    problem.severity === 'minor'
      ? `The item can still be used despite the problem, and the platform realistically grants partial compensation for a minor defect; ${share} is a reasonable proposal while keeping the item.`
      : `For a defect that leaves the item usable the platform realistically grants partial compensation; ${share} is a reasonable proposal while keeping the item. If the item cannot be used for its purpose, a full refund is the fair request instead.`;
  return {
    resolution: 'partial-refund',
    share: MINOR_DEFECT_PARTIAL_SHARE,
    amount: withAmount(MINOR_DEFECT_PARTIAL_SHARE),
    rationale,
    ...(problem.severity === undefined && { severityAssumed: true }),
    ruleIds,
  };
}
