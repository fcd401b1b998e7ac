import { describe, expect, it } from 'vitest';
import type { Box } from '../../../lib/badges/place-badge';
import { panelBelow, placePanel } from '../../../lib/badges/place-panel';

const box = (left: number, top: number, width: number, height: number): Box => ({ left, top, width, height });
const PAGE = { width: 1280, height: 3000, scrollY: 0 };
// A 20 px badge at (400, 100); its 320×200 panel laid out 6 px below it.
const BADGE = box(400, 100, 200, 20);
const below = (badge: Box, left = badge.left) => box(left, badge.top + badge.height + 6, 320, 200);

describe('placePanel', () => {
  it('room below and to the right: stays where CSS put it', () => {
    expect(placePanel(BADGE, below(BADGE), PAGE)).toEqual({ left: 0, top: undefined });
  });

  it('would run past the right side: shifted left just enough to keep the margin', () => {
    const badge = box(1100, 100, 150, 20);
    expect(placePanel(badge, below(badge), PAGE)).toEqual({ left: -(1100 + 320 - (1280 - 8)), top: undefined });
  });

  it('never shifted past the left side of a page narrower than the panel', () => {
    const badge = box(20, 100, 150, 20);
    expect(placePanel(badge, below(badge), { ...PAGE, width: 300 }).left).toBe(-12);
  });

  it('would run past the end of the page: flipped above the badge', () => {
    const badge = box(400, 2850, 200, 20);
    expect(placePanel(badge, below(badge), PAGE)).toEqual({ left: 0, top: -206 });
  });

  it('counts the page in page coordinates: a scrolled window changes nothing', () => {
    const badge = box(400, 350, 200, 20);
    expect(placePanel(badge, below(badge), { ...PAGE, scrollY: 2500 }).top).toBe(-206);
    expect(placePanel(badge, below(badge), { ...PAGE, scrollY: 2000 }).top).toBeUndefined();
  });

  it('a page too short for either: stays below rather than going off the top', () => {
    const badge = box(400, 40, 200, 20);
    expect(placePanel(badge, below(badge), { ...PAGE, height: 200 }).top).toBeUndefined();
  });
});

describe('panelBelow', () => {
  it('is where CSS puts the panel: under the slot, 6 px apart, left edges aligned', () => {
    expect(panelBelow(box(400, 100, 180, 22), { width: 320, height: 200 })).toEqual(box(400, 128, 320, 200));
  });
});
