import { describe, expect, it } from 'vitest';
import { translatorFor } from '../../../lib/i18n/translator';
import type { PendingFile } from '../../../lib/pages/pending-evidence-store';
import { pendingVerdicts, readyToSave, storedVerdicts } from '../../../lib/pages/pending-verdicts';
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

describe('pendingVerdicts in the buyer’s language', () => {
  it('words the reasons in Spanish and Russian, sizes and counts included', () => {
    const files = [pending('clip.mp4', 'video/mp4', 6 * MB), pending('x.jpg', 'image/jpeg', 1000)];
    const limits = { ...evidenceLimits('dispute'), maxFiles: 1 };
    const [tooBig, tooMany] = pendingVerdicts(files, [{ size: 1000 }], limits, translatorFor('es'));
    expect(tooBig?.reason).toBe('6 MB supera el límite de 5 MB en 1 MB');
    expect(tooMany?.reason).toBe('El formulario admite como máximo 1 archivo y ya está ocupado');
    const ru = pendingVerdicts(
      files.slice(1),
      [1, 2].map(() => ({ size: 1000 })),
      { ...limits, maxFiles: 2 },
      translatorFor('ru'),
    );
    expect(ru[0]?.reason).toBe('Форма принимает не больше 2 файлов, и все места заняты');
  });
});

describe('readyToSave ("Save all")', () => {
  const file = (key: string, over: Partial<PendingFile> = {}): PendingFile => ({
    key,
    blob: new Blob(['x']),
    name: `${key}.jpg`,
    type: 'image/jpeg',
    kind: 'photo',
    originalSize: 1,
    fit: { state: 'idle' },
    quality: { state: 'idle' },
    caption: '',
    checklistItemIds: [],
    save: { state: 'idle' },
    ...over,
  });

  it('takes the files that fit the form and that nothing is running on', () => {
    const files = [
      file('fits'),
      file('rejected'),
      file('compressing', { fit: { state: 'running' } }),
      file('measuring', { quality: { state: 'running' } }),
      file('saving', { save: { state: 'saving', sent: 0, total: 1 } }),
      file('failed-before', { save: { state: 'failed', message: 'disk full' } }),
    ];
    const accepted = { accepted: true } as const;
    const verdicts = [accepted, { accepted: false }, accepted, accepted, accepted, accepted].map((v, index) => ({
      index,
      name: '',
      type: '',
      problems: [],
      ...v,
    }));
    expect(readyToSave(files, verdicts)).toEqual(['fits', 'failed-before']);
    expect(readyToSave(files, [])).toEqual([]);
  });
});
