import { describe, expect, it } from 'vitest';
import { packAvailability } from '../../../lib/pages/pack-availability';

describe('"Download evidence pack" availability', () => {
  it('waits for a saved file, with the reason to show beside the button', () => {
    expect(packAvailability(0, false)).toEqual({ ready: false, reason: 'no-saved-file' });
    // Nothing saved wins over "packing": the reason the buyer can act on.
    expect(packAvailability(0, true)).toEqual({ ready: false, reason: 'no-saved-file' });
  });

  it('is ready once one file is saved, and waits while a pack is being built', () => {
    expect(packAvailability(1, false)).toEqual({ ready: true });
    expect(packAvailability(4, false)).toEqual({ ready: true });
    expect(packAvailability(1, true)).toEqual({ ready: false, reason: 'packing' });
  });
});
