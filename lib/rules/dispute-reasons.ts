import type { OrderProblemReason, ProblemSeverity } from '../model/problem';

export interface DisputeFormReason {
  /** Whether the buyer has the item in hand: evidence is required then, optional otherwise. */
  itemReceived: boolean;
  /** Unless the buyer says otherwise: unusable items deserve a full refund, minor defects a partial one. */
  defaultSeverity: ProblemSeverity;
}

/**
 * Source: the current dispute form's reason list (shared/rules/aliexpress.md "Dispute reasons").
 * There is no "defective" option: a defect is filed as "Does not work properly". The form's own words
 * for each reason, in each language, are the catalogs' `formReason.*` (lib/rules/problem-labels.ts).
 */
export const DISPUTE_FORM_REASONS: Readonly<Record<OrderProblemReason, DisputeFormReason>> = {
  'not-received': { itemReceived: false, defaultSeverity: 'unusable' },
  damaged: { itemReceived: true, defaultSeverity: 'minor' },
  'not-as-described': { itemReceived: true, defaultSeverity: 'minor' },
  'quality-problem': { itemReceived: true, defaultSeverity: 'minor' },
  'missing-items': { itemReceived: true, defaultSeverity: 'minor' },
  'wrong-item': { itemReceived: true, defaultSeverity: 'unusable' },
  'does-not-work': { itemReceived: true, defaultSeverity: 'unusable' },
  counterfeit: { itemReceived: true, defaultSeverity: 'unusable' },
  'size-colour-mismatch': { itemReceived: true, defaultSeverity: 'minor' },
  'empty-package': { itemReceived: true, defaultSeverity: 'unusable' },
  'different-shipping-method': { itemReceived: true, defaultSeverity: 'minor' },
};
