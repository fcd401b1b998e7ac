import type { ProblemReason } from '../../model/problem';
import {
  ACCOUNT_PROBLEM_REASONS,
  ORDER_PROBLEM_REASONS,
  PAYMENT_PROBLEM_REASONS,
  SELLER_MISCONDUCT_REASONS,
} from '../../model/problem-reasons';
import { PLATFORM_LANGUAGE, problemPhrase } from './text-language';

const REASONS: readonly ProblemReason[] = [
  ...ORDER_PROBLEM_REASONS,
  ...PAYMENT_PROBLEM_REASONS,
  ...SELLER_MISCONDUCT_REASONS,
  ...ACCOUNT_PROBLEM_REASONS,
];

/**
 * Short English phrase per problem, as the texts for the platform state it ("the item arrived damaged");
 * every language's are the catalogs' `compose.problem.*`.
 */
export const PROBLEM_PHRASES: Readonly<Record<ProblemReason, string>> = Object.fromEntries(
  REASONS.map((reason) => [reason, problemPhrase(PLATFORM_LANGUAGE, reason)]),
) as Record<ProblemReason, string>;
