import { describe, expect, it } from 'vitest';
import { checkEvidenceFiles } from '../../../lib/evidence/check-evidence-files';
import type { EvidenceLimits } from '../../../lib/model/evidence';

const MB = 1024 * 1024;
// The complaint form's limits (test values; the rules engine owns the real ones).
const COMPLAINT: EvidenceLimits = {
  maxFiles: 5,
  maxBytesPerFile: 5 * MB,
  acceptedTypes: ['image/jpeg', 'image/png', 'video/mp4'],
  source: 'complaint form',
};

const jpeg = (name: string, size: number) => ({ name, type: 'image/jpeg', size });

describe('checkEvidenceFiles: size boundary', () => {
  it.each([
    ['exactly at the limit', 5 * MB, true],
    ['one byte under', 5 * MB - 1, true],
    ['one byte over', 5 * MB + 1, false],
    ['1 byte', 1, true],
  ])('%s', (_label, size, accepted) => {
    const [verdict] = checkEvidenceFiles([jpeg('a.jpg', size)], 0, COMPLAINT).files;
    expect(verdict?.accepted).toBe(accepted);
  });

  it('says by how much a file is over the limit', () => {
    const [verdict] = checkEvidenceFiles([jpeg('big.jpg', Math.round(6.2 * MB))], 0, COMPLAINT).files;
    expect(verdict?.problems).toEqual([expect.objectContaining({ code: 'too-large', limit: 5 * MB })]);
    const problem = verdict?.problems[0];
    expect(problem?.code === 'too-large' && problem.overBy).toBe(Math.round(6.2 * MB) - 5 * MB);
    expect(verdict?.reason).toMatch(/^6\.2 MB is over the 5 MB limit by 1\.2 MB/);
  });

  it('rejects an empty file and offers no fix', () => {
    const [verdict] = checkEvidenceFiles([jpeg('zero.jpg', 0)], 0, COMPLAINT).files;
    expect(verdict?.problems.map((p) => p.code)).toEqual(['empty']);
    expect(verdict?.fix).toBeUndefined();
  });
});

describe('checkEvidenceFiles: types', () => {
  it.each([
    ['image/jpeg', 'a.jpg', true],
    ['IMAGE/JPEG', 'a.jpg', true],
    ['image/jpeg; charset=binary', 'a.jpg', true],
    ['', 'a.JPG', true], // no browser type: taken from the extension
    ['video/mp4', 'a.mp4', true],
    ['video/quicktime', 'a.mov', false],
    ['image/heic', 'a.heic', false],
    ['', 'a.heic', false],
    ['', 'no-extension', false],
    ['application/pdf', 'a.pdf', false],
  ])('%s (%s) accepted: %s', (type, name, accepted) => {
    const [verdict] = checkEvidenceFiles([{ name, type, size: 1000 }], 0, COMPLAINT).files;
    expect(verdict?.accepted).toBe(accepted);
    if (!accepted) expect(verdict?.problems.map((p) => p.code)).toEqual(['type-not-accepted']);
  });

  it('names the accepted types in the reason', () => {
    const [verdict] = checkEvidenceFiles([{ name: 'clip.mov', type: 'video/quicktime', size: 10 }], 0, COMPLAINT).files;
    expect(verdict?.reason).toBe('QUICKTIME is not accepted (the form takes JPEG, PNG, MP4)');
  });

  it('matches wildcard accept entries', () => {
    const limits = { ...COMPLAINT, acceptedTypes: ['image/*'] };
    const { files } = checkEvidenceFiles(
      [
        { name: 'a.webp', type: 'image/webp', size: 10 },
        { name: 'a.mp4', type: 'video/mp4', size: 10 },
      ],
      0,
      limits,
    );
    expect(files.map((f) => f.accepted)).toEqual([true, false]);
    expect(files[1]?.reason).toContain('the form takes any picture');
  });
});

describe('checkEvidenceFiles: file count', () => {
  it.each([
    [0, 5, 5],
    [3, 5, 2],
    [4, 2, 1],
    [5, 1, 0],
    [7, 1, 0], // more stored than the form takes (limits changed): nothing fits
  ])('%i already added, %i picked → %i accepted', (existing, picked, acceptedCount) => {
    const files = Array.from({ length: picked }, (_, i) => jpeg(`p${i}.jpg`, 1000));
    const check = checkEvidenceFiles(files, existing, COMPLAINT);
    expect(check.files.filter((f) => f.accepted)).toHaveLength(acceptedCount);
    expect(check.slotsLeft).toBe(Math.max(0, 5 - existing - acceptedCount));
    // The first ones win; the rest are rejected for the count only.
    check.files.slice(acceptedCount).forEach((verdict) => {
      expect(verdict.problems.map((p) => p.code)).toEqual(['too-many-files']);
      expect(verdict.reason).toBe('The form takes at most 5 files and they are all used');
    });
  });

  it('does not spend a place on a file that cannot be added', () => {
    const check = checkEvidenceFiles(
      [{ name: 'a.pdf', type: 'application/pdf', size: 10 }, jpeg('b.jpg', 10)],
      4,
      COMPLAINT,
    );
    expect(check.files.map((f) => f.accepted)).toEqual([false, true]);
    expect(check.files[0]?.problems.map((p) => p.code)).toEqual(['type-not-accepted']);
    expect(check.slotsLeft).toBe(0);
  });

  it('keeps a place for a file that compression can fix', () => {
    const check = checkEvidenceFiles([jpeg('big.jpg', 8 * MB), jpeg('small.jpg', 10)], 4, COMPLAINT);
    expect(check.files[0]?.fix).toBeDefined();
    expect(check.files[1]?.problems.map((p) => p.code)).toEqual(['too-many-files']);
  });
});

describe('checkEvidenceFiles: which rejected images compression can fix', () => {
  it.each([
    ['too large JPEG → JPEG', { name: 'a.jpg', type: 'image/jpeg', size: 9 * MB }, COMPLAINT, 'image/jpeg'],
    ['too large PNG → JPEG', { name: 'a.png', type: 'image/png', size: 9 * MB }, COMPLAINT, 'image/jpeg'],
    ['WebP not accepted → JPEG', { name: 'a.webp', type: 'image/webp', size: 100 }, COMPLAINT, 'image/jpeg'],
    [
      'too large WebP stays WebP where accepted',
      { name: 'a.webp', type: 'image/webp', size: 9 * MB },
      { ...COMPLAINT, acceptedTypes: ['image/webp', 'image/jpeg'] },
      'image/webp',
    ],
    [
      'PNG-only form: PNG (downscaled)',
      { name: 'a.png', type: 'image/png', size: 9 * MB },
      { ...COMPLAINT, acceptedTypes: ['image/png'] },
      'image/png',
    ],
    ['HEIC cannot be decoded', { name: 'a.heic', type: 'image/heic', size: 9 * MB }, COMPLAINT, undefined],
    ['GIF would lose its animation', { name: 'a.gif', type: 'image/gif', size: 9 * MB }, COMPLAINT, undefined],
    ['a video is not an image', { name: 'a.mp4', type: 'video/mp4', size: 9 * MB }, COMPLAINT, undefined],
    [
      'no image type accepted at all',
      { name: 'a.jpg', type: 'image/jpeg', size: 9 * MB },
      { ...COMPLAINT, acceptedTypes: ['video/mp4'] },
      undefined,
    ],
  ])('%s', (_label, file, limits, outputType) => {
    const [verdict] = checkEvidenceFiles([file], 0, limits).files;
    expect(verdict?.accepted).toBe(false);
    expect(verdict?.fix?.outputType).toBe(outputType);
    if (outputType) {
      expect(verdict?.fix?.maxBytes).toBe(limits.maxBytesPerFile);
      expect(verdict?.reason).toMatch(/compressing it as (JPEG|WEBP|PNG) can make it fit$/);
    }
  });

  it('lists both problems when a file has the wrong type and is too large', () => {
    const [verdict] = checkEvidenceFiles(
      [{ name: 'a.mov', type: 'video/quicktime', size: 6 * MB }],
      0,
      COMPLAINT,
    ).files;
    expect(verdict?.problems.map((p) => p.code)).toEqual(['type-not-accepted', 'too-large']);
    expect(verdict?.reason).toBe(
      'QUICKTIME is not accepted (the form takes JPEG, PNG, MP4); 6 MB is over the 5 MB limit by 1 MB',
    );
  });
});

describe('checkEvidenceFiles: a total limit (PayPal: 50 MB per submission)', () => {
  const paypal = {
    maxFiles: 10,
    maxBytesPerFile: 10 * MB,
    maxTotalBytes: 50 * MB,
    acceptedTypes: ['application/pdf'],
    source: 't',
  };
  const pdf = (size: number) => ({ name: 'statement.pdf', type: 'application/pdf', size });

  it('accepts files up to the total and rejects the one that would pass it', () => {
    const check = checkEvidenceFiles(
      [pdf(9 * MB), pdf(9 * MB), pdf(9 * MB), pdf(9 * MB), pdf(9 * MB), pdf(9 * MB)],
      0,
      paypal,
    );
    expect(check.files.map((f) => f.accepted)).toEqual([true, true, true, true, true, false]);
    expect(check.files[5]?.problems.map((p) => p.code)).toEqual(['total-too-large']);
    expect(check.files[5]?.reason).toMatch(/total/);
  });

  it('counts bytes already attached', () => {
    const check = checkEvidenceFiles([pdf(2 * MB)], 5, paypal, 49 * MB);
    expect(check.files[0]?.problems.map((p) => p.code)).toEqual(['total-too-large']);
    expect(checkEvidenceFiles([pdf(MB)], 5, paypal, 49 * MB).files[0]?.accepted).toBe(true);
  });

  it('has no total when the form sets none', () => {
    const complaint = { ...paypal, maxTotalBytes: undefined, maxFiles: 5, maxBytesPerFile: 5 * MB };
    expect(checkEvidenceFiles([pdf(4 * MB)], 0, complaint, 10_000 * MB).files[0]?.accepted).toBe(true);
  });
});
