import { describe, expect, it } from 'vitest';
import {
  describeLimits,
  EVIDENCE_TARGETS,
  pickerAccept,
  targetLabel,
  typeName,
} from '../../../lib/pages/evidence-targets';
import { evidenceLimits } from '../../../lib/rules/evidence-limits';

describe('evidence targets', () => {
  it('offers every form the rules know, the dispute first', () => {
    expect(EVIDENCE_TARGETS.map((entry) => entry.target)).toEqual([
      'dispute',
      'complaint',
      'paypal',
      'card-chargeback',
    ]);
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
    expect(describeLimits(limits)).toBe('Up to 1 file, 1 KB each; any image, MSVIDEO.');
    expect(typeName('application/pdf')).toBe('PDF');
  });

  it('lets the picker offer any picture (it can be re-encoded) besides what the form takes', () => {
    expect(pickerAccept(evidenceLimits('dispute'))).toBe('image/*,image/jpeg,image/png,video/mp4,application/zip');
  });
});
