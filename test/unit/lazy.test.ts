import { describe, expect, it, vi } from 'vitest';
import { lazy } from '../../lib/lazy';

describe('lazy', () => {
  it('makes nothing until it is first called', () => {
    const make = vi.fn(() => ({ built: true }));
    lazy(make);
    expect(make).not.toHaveBeenCalled();
  });

  it('makes the value once and returns the same value on every call', () => {
    const make = vi.fn(() => ({ built: true }));
    const value = lazy(make);
    const first = value();
    expect(value()).toBe(first);
    expect(value()).toBe(first);
    expect(make).toHaveBeenCalledTimes(1);
  });

  it('keeps a made value that is falsy (undefined, 0) instead of making it again', () => {
    const makeUndefined = vi.fn(() => undefined);
    const makeZero = vi.fn(() => 0);
    const none = lazy(makeUndefined);
    const zero = lazy(makeZero);
    none();
    none();
    zero();
    expect(zero()).toBe(0);
    expect(makeUndefined).toHaveBeenCalledTimes(1);
    expect(makeZero).toHaveBeenCalledTimes(1);
  });

  it('makes the value again on the next call when making it threw (nothing half-made is kept)', () => {
    let attempts = 0;
    const value = lazy(() => {
      attempts++;
      if (attempts === 1) throw new Error('not yet');
      return 'made';
    });
    expect(() => value()).toThrow('not yet');
    expect(value()).toBe('made');
    expect(attempts).toBe(2);
  });
});
