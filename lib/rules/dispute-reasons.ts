import type { OrderProblemReason, ProblemSeverity } from '../model/problem';

export interface DisputeFormReason {
  /** The reason as the dispute form names it (sources use several wordings). */
  formLabel: string;
  /** Whether the buyer has the item in hand: evidence is required then, optional otherwise. */
  itemReceived: boolean;
  /** Unless the buyer says otherwise: unusable items deserve a full refund, minor defects a partial one. */
  defaultSeverity: ProblemSeverity;
}

/**
 * Source: the current dispute form's reason list (shared/rules/aliexpress.md "Dispute reasons").
 * There is no "defective" option: a defect is filed as "Does not work properly".
 */
export const DISPUTE_FORM_REASONS: Readonly<Record<OrderProblemReason, DisputeFormReason>> = {
  'not-received': { formLabel: 'Not received', itemReceived: false, defaultSeverity: 'unusable' },
  damaged: { formLabel: 'Damaged goods', itemReceived: true, defaultSeverity: 'minor' },
  'not-as-described': { formLabel: 'Not as described', itemReceived: true, defaultSeverity: 'minor' },
  'quality-problem': { formLabel: 'Quality problem', itemReceived: true, defaultSeverity: 'minor' },
  'missing-items': { formLabel: 'Quantity problem', itemReceived: true, defaultSeverity: 'minor' },
  'wrong-item': { formLabel: 'Wrong item', itemReceived: true, defaultSeverity: 'unusable' },
  'does-not-work': { formLabel: 'Does not work properly', itemReceived: true, defaultSeverity: 'unusable' },
  counterfeit: { formLabel: 'Counterfeit', itemReceived: true, defaultSeverity: 'unusable' },
  'size-colour-mismatch': {
    formLabel: 'Size/colour/style not as ordered',
    itemReceived: true,
    defaultSeverity: 'minor',
  },
  'empty-package': { formLabel: 'Incomplete or empty package', itemReceived: true, defaultSeverity: 'unusable' },
  'different-shipping-method': {
    formLabel: 'Different shipping method used',
    itemReceived: true,
    defaultSeverity: 'minor',
  },
};
