import type { OrderProblemReason, ProblemGroup, ProblemReason } from '../model/problem-reasons';
import {
  ACCOUNT_PROBLEM_REASONS,
  ORDER_PROBLEM_REASONS,
  PAYMENT_PROBLEM_REASONS,
  SELLER_MISCONDUCT_REASONS,
} from '../model/problem-reasons';
import { buyerWords } from './buyer-words';

/**
 * What the buyer picks from, in their words and language (the catalogs' `problem.*`); the texts use
 * the phrases of lib/rules/compose/problem-phrases.ts, the dispute form its own reasons (`formReason.*`).
 * `locale` is a BCP 47 tag; English when none is given.
 */
export function problemLabel(reason: ProblemReason, locale?: string): string {
  return buyerWords(locale).t(`problem.${reason}`);
}

const GROUPS: readonly { group: ProblemGroup; reasons: readonly ProblemReason[] }[] = [
  { group: 'order', reasons: ORDER_PROBLEM_REASONS },
  { group: 'payment', reasons: PAYMENT_PROBLEM_REASONS },
  { group: 'misconduct', reasons: SELLER_MISCONDUCT_REASONS },
  { group: 'account', reasons: ACCOUNT_PROBLEM_REASONS },
];

export interface ProblemGroupChoices {
  group: ProblemGroup;
  label: string;
  reasons: readonly { reason: ProblemReason; label: string }[];
}

/** The full list of problems, grouped, labelled in the buyer's language. */
export function problemGroups(locale?: string): ProblemGroupChoices[] {
  const { t } = buyerWords(locale);
  return GROUPS.map(({ group, reasons }) => ({
    group,
    label: t(`problem.group.${group}`),
    reasons: reasons.map((reason) => ({ reason, label: t(`problem.${reason}`) })),
  }));
}

/** The dispute form's reason for an order problem, as the form names it in the buyer's language. */
export function formReasonLabel(reason: OrderProblemReason, locale?: string): string {
  return buyerWords(locale).t(`formReason.${reason}`);
}
