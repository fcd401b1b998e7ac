import type { ProblemReason } from '../model/problem-reasons';
import { buyerWords } from './buyer-words';

/**
 * The "What's wrong?" choices that start the guide and the badge panel when an order has no problem
 * yet: the four problems most buyers have, the seller's offer in a dispute, and "something else" for
 * the full list (problemGroups). A choice that is a problem sets it at once; `offer` asks what the
 * seller proposed; `other` opens the list.
 */
export type WhatsWrongChoice =
  | { id: 'not-received' | 'damaged' | 'not-as-described' | 'missing-items'; reason: ProblemReason; label: string }
  | { id: 'offer'; label: string }
  | { id: 'other'; label: string };

const PROBLEM_CHOICES = ['not-received', 'damaged', 'not-as-described', 'missing-items'] as const;

/** The choices in the buyer's language (`locale`: a BCP 47 tag; English when none is given), in order. */
export function whatsWrongChoices(locale?: string): WhatsWrongChoice[] {
  const { t } = buyerWords(locale);
  return [
    ...PROBLEM_CHOICES.map((id) => ({ id, reason: id, label: t(`problem.choice.${id}`) })),
    { id: 'offer', label: t('problem.choice.offer') },
    { id: 'other', label: t('problem.choice.other') },
  ];
}
