import { describe, expect, it } from 'vitest';
import { shortName } from '../../../lib/evidence/check-evidence-files';
import { translatorFor } from '../../../lib/i18n/translator';
import { describeLimits, EVIDENCE_TARGETS, pickerAccept, targetLabel } from '../../../lib/pages/evidence-targets';
import { evidenceLimits } from '../../../lib/rules/evidence-limits';

describe('evidence targets', () => {
  it('offers every form the rules know, the dispute first', () => {
    expect(EVIDENCE_TARGETS).toEqual(['dispute', 'complaint', 'paypal', 'card-chargeback']);
    expect(targetLabel('paypal')).toBe('PayPal dispute');
  });

  it.each([
    ['dispute', 'Up to 5 files, 5 MB each; JPEG, PNG, MP4, ZIP.'],
    ['complaint', 'Up to 5 files, 5 MB each; JPEG, PNG.'],
    ['paypal', 'Up to 5 files, 10 MB each (50 MB in all); JPEG, GIF, PNG, PDF.'],
    ['card-chargeback', 'Up to 5 files, 5 MB each; JPEG, PNG, PDF.'],
  ] as const)('describes the %s limits in one line', (target, line) => {
    expect(describeLimits(evidenceLimits(target))).toBe(line);
  });

  it('says "1 file" for a single-file form and names wildcard types', () => {
    const limits = { maxFiles: 1, maxBytesPerFile: 1024, acceptedTypes: ['image/*', 'video/x-msvideo'], source: '' };
    expect(describeLimits(limits)).toBe('Up to 1 file, 1 KB each; any picture, MSVIDEO.');
    expect(shortName('application/pdf')).toBe('PDF');
  });

  it('speaks the buyer’s language: the form, the counts, the sizes', () => {
    const es = translatorFor('es');
    expect(targetLabel('paypal', es)).toBe('Disputa de PayPal');
    expect(describeLimits(evidenceLimits('paypal'), es)).toBe(
      'Hasta 5 archivos, 10 MB cada uno (50 MB en total); JPEG, GIF, PNG, PDF.',
    );
    const pl = translatorFor('pl');
    expect(
      describeLimits({ ...evidenceLimits('complaint'), maxFiles: 2, maxBytesPerFile: 1.5 * 1024 * 1024 }, pl),
    ).toBe('Do 2 plików, każdy do 1,5 MB; JPEG, PNG.');
  });

  it('lets the picker offer any picture (it can be re-encoded) besides what the form takes', () => {
    expect(pickerAccept(evidenceLimits('dispute'))).toBe('image/*,image/jpeg,image/png,video/mp4,application/zip');
  });
});
