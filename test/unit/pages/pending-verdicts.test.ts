import { describe, expect, it } from 'vitest';
import { pendingVerdicts, storedVerdicts } from '../../../lib/pages/pending-verdicts';
import { evidenceLimits } from '../../../lib/rules/evidence-limits';

const MB = 1024 * 1024;
const pending = (name: string, type: string, size: number) => ({
  name,
  type,
  blob: new Blob([new Uint8Array(size)], { type }),
});

describe('pendingVerdicts', () => {
  it('accepts, offers to compress, or rejects with the reason, counting the stored files first', () => {
    const stored = [{ size: 1 * MB }, { size: 2 * MB }];
    const verdicts = pendingVerdicts(
      [
        pending('ok.jpg', 'image/jpeg', 1 * MB),
        pending('big.png', 'image/png', 5 * MB + 1),
        pending('clip.mp4', 'video/mp4', 6 * MB),
        pending('extra.jpg', 'image/jpeg', 1000),
        pending('one-too-many.jpg', 'image/jpeg', 1000),
      ],
      stored,
      evidenceLimits('dispute'),
    );
    expect(verdicts.map((v) => [v.name, v.accepted, v.fix?.outputType ?? null])).toEqual([
      ['ok.jpg', true, null],
      ['big.png', false, 'image/jpeg'],
      ['clip.mp4', false, null],
      ['extra.jpg', true, null],
      ['one-too-many.jpg', false, null],
    ]);
    expect(verdicts[2]?.reason).toBe('6 MB is over the 5 MB limit by 1 MB');
    expect(verdicts[4]?.reason).toMatch(/at most 5 files/);
  });

  it('counts stored bytes against a form with a total (PayPal: 50 MB)', () => {
    const paypal = evidenceLimits('paypal');
    const photo = [pending('a.jpg', 'image/jpeg', 9 * MB)];
    const sizes = (...mb: number[]) => mb.map((n) => ({ size: n * MB }));
    expect(pendingVerdicts(photo, sizes(9, 9, 9, 9), paypal)[0]?.accepted).toBe(true); // 45 MB
    const [over] = pendingVerdicts(photo, sizes(9, 9, 9, 15), paypal); // 51 MB
    expect(over?.problems.map((p) => p.code)).toEqual(['total-too-large']);
  });
});

describe('storedVerdicts', () => {
  it('flags stored files a stricter form would not take', () => {
    const verdicts = storedVerdicts(
      [
        { name: 'a.jpg', type: 'image/jpeg', size: 1 * MB },
        { name: 'clip.mp4', type: 'video/mp4', size: 2 * MB },
      ],
      evidenceLimits('complaint'),
    );
    expect(verdicts.map((v) => v.accepted)).toEqual([true, false]);
    expect(verdicts[1]?.reason).toMatch(/MP4 is not accepted/);
  });
});
