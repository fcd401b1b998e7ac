import { describe, expect, it } from 'vitest';
import {
  isOrderProblem,
  orderProblemReasonSchema,
  paymentProblemReasonSchema,
  problemGroupOf,
  problemReasonSchema,
  problemSchema,
  sellerMisconductReasonSchema,
} from '../../../lib/model/problem';

describe('problem reasons', () => {
  it('covers the order problems of the rules brief, once each', () => {
    expect(orderProblemReasonSchema().options).toEqual([
      'not-received',
      'damaged',
      'wrong-item',
      'missing-items',
      'quality-problem',
      'does-not-work',
      'not-as-described',
      'counterfeit',
      'size-colour-mismatch',
      'empty-package',
      'different-shipping-method',
    ]);
    expect(new Set(problemReasonSchema().options).size).toBe(problemReasonSchema().options.length);
  });

  it.each([
    ['damaged', 'order'],
    ['different-shipping-method', 'order'],
    ['refund-not-received', 'payment'],
    ['order-cancelled', 'payment'],
    ['pay-outside-platform', 'misconduct'],
    ['fake-tracking', 'misconduct'],
    ['account-question', 'account'],
  ] as const)('%s belongs to the %s group', (reason, group) => {
    expect(problemGroupOf(reason)).toBe(group);
    expect(isOrderProblem(reason)).toBe(group === 'order');
  });

  it('every reason has exactly one group', () => {
    const groups = [orderProblemReasonSchema(), paymentProblemReasonSchema(), sellerMisconductReasonSchema()];
    for (const reason of problemReasonSchema().options) {
      const owners = groups.filter((schema) => (schema.options as readonly string[]).includes(reason)).length;
      expect(owners + (reason === 'account-question' ? 1 : 0)).toBe(1);
    }
  });
});

describe('problemSchema()', () => {
  it('accepts a described problem and rejects unknown reasons or bad counts', () => {
    expect(
      problemSchema().safeParse({
        reason: 'missing-items',
        secondary: ['damaged'],
        severity: 'minor',
        missingQuantity: 2,
      }).success,
    ).toBe(true);
    expect(problemSchema().safeParse({ reason: 'defective' }).success).toBe(false);
    expect(problemSchema().safeParse({ reason: 'missing-items', missingQuantity: 0 }).success).toBe(false);
  });
});
