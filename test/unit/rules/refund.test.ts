import { describe, expect, it } from 'vitest';
import { MINOR_DEFECT_PARTIAL_SHARE, severityOf, suggestRefund } from '../../../lib/rules/refund';
import { anOrder } from './builders';

const order = anOrder({
  total: { amount: 45.5, currency: 'USD' },
  items: [
    { title: 'Socks', quantity: 3 },
    { title: 'Cap', quantity: 1 },
  ],
});

describe('suggestRefund', () => {
  it.each([
    ['not-received', 'full-refund', 1, 45.5],
    ['empty-package', 'full-refund', 1, 45.5],
    ['does-not-work', 'full-refund', 1, 45.5],
    ['wrong-item', 'full-refund', 1, 45.5],
    ['counterfeit', 'full-refund', 1, 45.5],
    ['damaged', 'partial-refund', MINOR_DEFECT_PARTIAL_SHARE, 13.65],
    ['quality-problem', 'partial-refund', MINOR_DEFECT_PARTIAL_SHARE, 13.65],
    ['size-colour-mismatch', 'partial-refund', MINOR_DEFECT_PARTIAL_SHARE, 13.65],
    ['different-shipping-method', 'partial-refund', MINOR_DEFECT_PARTIAL_SHARE, 13.65],
    ['not-as-described', 'partial-refund', MINOR_DEFECT_PARTIAL_SHARE, 13.65],
  ] as const)('%s → %s (%s of the price = %s)', (reason, resolution, share, amount) => {
    const refund = suggestRefund(order, { reason });
    expect(refund).toMatchObject({ resolution, share, amount: { amount, currency: 'USD' } });
    expect(refund?.rationale.length).toBeGreaterThan(30);
    expect(refund?.ruleIds).toEqual(['full-refund-only-when-unusable']);
  });

  it('the buyer’s own severity wins over the default', () => {
    expect(suggestRefund(order, { reason: 'damaged', severity: 'unusable' })?.resolution).toBe('full-refund');
    expect(suggestRefund(order, { reason: 'wrong-item', severity: 'minor' })?.resolution).toBe('partial-refund');
  });

  it('missing units: their share of the price; all missing: full refund', () => {
    expect(suggestRefund(order, { reason: 'missing-items', missingQuantity: 1 })).toMatchObject({
      resolution: 'partial-refund',
      share: 0.25,
      amount: { amount: 11.38, currency: 'USD' },
    });
    expect(suggestRefund(order, { reason: 'missing-items', missingQuantity: 4 })?.rationale).toMatch(
      /Nothing of the order/,
    );
    expect(suggestRefund(order, { reason: 'missing-items' })?.share).toBe(MINOR_DEFECT_PARTIAL_SHARE);
    const unknownQuantities = anOrder({ items: [{ title: 'Socks' }] });
    expect(suggestRefund(unknownQuantities, { reason: 'missing-items', missingQuantity: 1 })?.share).toBe(
      MINOR_DEFECT_PARTIAL_SHARE,
    );
  });

  it('rounds to the currency’s minor unit (JPY has none)', () => {
    const yen = anOrder({ total: { amount: 1999, currency: 'JPY' } });
    expect(suggestRefund(yen, { reason: 'damaged' })?.amount).toEqual({ amount: 600, currency: 'JPY' });
  });

  it('no amount without a total; no refund for non-order problems', () => {
    expect(suggestRefund(anOrder(), { reason: 'not-received' })?.amount).toBeUndefined();
    expect(suggestRefund(order, { reason: 'spam' })).toBeUndefined();
    expect(suggestRefund(order, { reason: 'refund-not-received' })).toBeUndefined();
  });

  it('severityOf: explicit, per reason, minor for other groups', () => {
    expect(severityOf({ reason: 'damaged', severity: 'unusable' })).toBe('unusable');
    expect(severityOf({ reason: 'counterfeit' })).toBe('unusable');
    expect(severityOf({ reason: 'spam' })).toBe('minor');
  });
});
