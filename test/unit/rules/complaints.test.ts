import { describe, expect, it } from 'vitest';
import { sellerMisconductReasonSchema } from '../../../lib/model/problem';
import {
  COMPLAINT_CATEGORIES_CURRENT,
  COMPLAINT_CATEGORIES_LEGACY,
  complaintCategories,
  complaintFor,
} from '../../../lib/rules/complaints';

describe('complaint categories', () => {
  it('current list: IPR, prohibited, search/price manipulation, other — no trading rules', () => {
    expect(COMPLAINT_CATEGORIES_CURRENT).toEqual(['ipr', 'prohibited', 'search-price-manipulation', 'other']);
    expect(complaintCategories('current').map((category) => category.id)).toEqual(COMPLAINT_CATEGORIES_CURRENT);
    // Worded once per list and language, on first use (not when the module loads: the worker's cold start).
    expect(complaintCategories('current')).toBe(complaintCategories('current'));
  });

  it('legacy list keeps "Trading rules violations"', () => {
    expect(complaintCategories('legacy').map((category) => category.id)).toEqual([
      'ipr',
      'prohibited',
      'trading-rules',
      'search-price-manipulation',
      'other',
    ]);
    expect(COMPLAINT_CATEGORIES_LEGACY).toEqual(complaintCategories('legacy').map((category) => category.id));
  });

  it('sub-types as the form lists them', () => {
    const prohibited = complaintCategories('current').find((category) => category.id === 'prohibited');
    expect(prohibited?.subTypes).toHaveLength(8);
    const search = complaintCategories('current').find((category) => category.id === 'search-price-manipulation');
    expect(search?.subTypes.map((subType) => subType.label)).toEqual([
      'Wrong category',
      'Wrong five-category posting',
      'Incorrect measuring units',
      'Prices too low',
      'SKU infringements',
      'Actual vs listed shipping cost mismatch',
      'Duplicate listings',
      'Incorrect category title',
      'Prices too high',
    ]);
  });
});

describe('complaintFor', () => {
  it.each([
    ['pay-outside-platform', 'other', 'trading-rules', undefined],
    ['confirm-before-arrival', 'other', 'trading-rules', undefined],
    ['threats-or-rudeness', 'other', 'trading-rules', undefined],
    ['changed-quantity', 'other', 'trading-rules', undefined],
    ['fake-tracking', 'other', 'trading-rules', undefined],
    ['spam', 'other', 'other', undefined],
    ['phishing', 'other', 'other', undefined],
    ['inflated-price', 'search-price-manipulation', 'search-price-manipulation', 'prices-too-high'],
    ['changed-shipping-cost', 'search-price-manipulation', 'search-price-manipulation', 'shipping-cost-mismatch'],
  ] as const)('%s → %s (current), %s (legacy)', (reason, current, legacy, subType) => {
    expect(complaintFor(reason)?.category.id).toBe(current);
    expect(complaintFor(reason, 'legacy')?.category.id).toBe(legacy);
    expect(complaintFor(reason)?.subType?.id).toBe(subType);
  });

  it('every misconduct has a complaint route', () => {
    for (const reason of sellerMisconductReasonSchema().options) expect(complaintFor(reason)).toBeDefined();
  });

  it('explains the missing trading-rules form and phishing’s lack of a form', () => {
    expect(complaintFor('threats-or-rudeness')?.note).toMatch(/no "Trading rules violations"/);
    expect(complaintFor('phishing')?.note).toMatch(/no form of its own/);
  });

  it('counterfeit: IPR, with a dispute beside it; order problems without misconduct have no complaint', () => {
    expect(complaintFor('counterfeit')).toMatchObject({ category: { id: 'ipr' }, alsoDispute: true });
    expect(complaintFor('damaged')).toBeUndefined();
    expect(complaintFor('refund-not-received')).toBeUndefined();
  });
});
