import { describe, expect, it } from 'vitest';
import { evidenceLimitsSchema } from '../../../lib/model/evidence';
import { problemReasonSchema } from '../../../lib/model/problem';
import {
  CARD_CHARGEBACK_EVIDENCE_LIMITS,
  COMPLAINT_EVIDENCE_LIMITS,
  DISPUTE_EVIDENCE_LIMITS,
  evidenceLimits,
  PAYPAL_EVIDENCE_LIMITS,
} from '../../../lib/rules/evidence-limits';
import { EVIDENCE_QUALITY_TIPS, evidenceRequirements, missingEvidence } from '../../../lib/rules/evidence-requirements';

const MB = 1024 * 1024;

describe('evidenceRequirements', () => {
  it.each([
    [
      'not-received',
      ['tracking-screenshot', 'tracking-number', 'customs-papers', 'order-page-screenshot', 'seller-chat-screenshot'],
    ],
    ['damaged', ['damage-photos', 'packaging-photos', 'unboxing-video', 'order-page-screenshot']],
    ['wrong-item', ['item-next-to-order', 'listing-screenshot', 'item-label-photo', 'order-page-screenshot']],
    ['missing-items', ['contents-photo', 'label-weight-photo', 'unboxing-video', 'order-page-screenshot']],
    ['quality-problem', ['defect-video', 'defect-photos', 'listing-screenshot', 'order-page-screenshot']],
    ['does-not-work', ['not-working-video', 'item-label-photo', 'order-page-screenshot']],
    ['size-colour-mismatch', ['ruler-photo', 'size-label-photo', 'size-chart-screenshot', 'order-page-screenshot']],
    ['empty-package', ['package-photos', 'label-weight-photo', 'unboxing-video', 'order-page-screenshot']],
  ] as const)('%s: %j', (reason, ids) => {
    expect(evidenceRequirements(reason).map((item) => item.id)).toEqual(ids);
  });

  it('the advised capture per reason: several angles, defect video, item beside the order, ruler, label and weight', () => {
    expect(evidenceRequirements('damaged')[0]?.what).toMatch(/several angles/);
    expect(evidenceRequirements('does-not-work')[0]).toMatchObject({ kind: 'video', required: true });
    expect(evidenceRequirements('quality-problem')[0]?.kind).toBe('video');
    expect(evidenceRequirements('wrong-item')[0]?.what).toMatch(/next to the order/);
    expect(evidenceRequirements('size-colour-mismatch')[0]?.what).toMatch(/ruler/);
    expect(evidenceRequirements('missing-items')[1]?.what).toMatch(/weight/);
  });

  it('required when the item was received, optional when not', () => {
    expect(evidenceRequirements('not-received').every((item) => !item.required)).toBe(true);
    expect(
      evidenceRequirements('damaged')
        .filter((item) => item.required)
        .map((item) => item.id),
    ).toEqual(['damage-photos', 'packaging-photos', 'order-page-screenshot']);
    // For an empty package the unboxing video is what proves it.
    expect(evidenceRequirements('empty-package').find((item) => item.id === 'unboxing-video')?.required).toBe(true);
    expect(evidenceRequirements('account-question')).toEqual([]);
  });

  it('every reason has a well-formed checklist with unique ids', () => {
    for (const reason of problemReasonSchema().options) {
      const items = evidenceRequirements(reason);
      expect(new Set(items.map((item) => item.id)).size).toBe(items.length);
      for (const item of items) {
        expect(item.what.length).toBeGreaterThan(5);
        expect(item.how.length).toBeGreaterThan(5);
      }
    }
    expect(EVIDENCE_QUALITY_TIPS.some((tip) => tip.includes('zip'))).toBe(true);
  });

  it('missingEvidence lists the required items not yet covered', () => {
    expect(missingEvidence('damaged', ['damage-photos']).map((item) => item.id)).toEqual([
      'packaging-photos',
      'order-page-screenshot',
    ]);
    expect(missingEvidence('not-received', [])).toEqual([]);
  });
});

describe('evidenceLimits', () => {
  it('complaint form: at most 5 files of 5 MB', () => {
    expect(evidenceLimits('complaint')).toMatchObject({ maxFiles: 5, maxBytesPerFile: 5 * MB });
  });

  it('dispute: not published, the complaint limits are the safe default, and it says so', () => {
    expect(evidenceLimits('dispute')).toMatchObject({ maxFiles: 5, maxBytesPerFile: 5 * MB });
    expect(DISPUTE_EVIDENCE_LIMITS.source).toMatch(/Not published/);
    expect(DISPUTE_EVIDENCE_LIMITS.acceptedTypes).toContain('video/mp4');
  });

  it('PayPal: under 10 MB each, 50 MB per submission, JPG/GIF/PNG/PDF', () => {
    expect(evidenceLimits('paypal')).toBe(PAYPAL_EVIDENCE_LIMITS);
    expect(PAYPAL_EVIDENCE_LIMITS).toMatchObject({ maxBytesPerFile: 10 * MB - 1, maxTotalBytes: 50 * MB });
    expect(PAYPAL_EVIDENCE_LIMITS.acceptedTypes).toEqual(['image/jpeg', 'image/gif', 'image/png', 'application/pdf']);
  });

  it('card chargeback: the safe default', () => {
    expect(evidenceLimits('card-chargeback')).toBe(CARD_CHARGEBACK_EVIDENCE_LIMITS);
  });

  it('every target’s limits satisfy the shared model', () => {
    for (const limits of [
      COMPLAINT_EVIDENCE_LIMITS,
      DISPUTE_EVIDENCE_LIMITS,
      PAYPAL_EVIDENCE_LIMITS,
      CARD_CHARGEBACK_EVIDENCE_LIMITS,
    ]) {
      expect(evidenceLimitsSchema().parse(limits)).toEqual(limits);
    }
  });
});
