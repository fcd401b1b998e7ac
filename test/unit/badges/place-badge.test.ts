import { describe, expect, it } from 'vitest';
import { type Box, PLACEMENT, placeBadge } from '../../../lib/badges/place-badge';

const BLOCK: Box = { left: 100, top: 1000, width: 800, height: 300 };
const BADGE = { width: 200, height: 20 };
const { inset, gapX } = PLACEMENT;

const box = (left: number, top: number, width: number, height: number): Box => ({ left, top, width, height });
const overlaps = (a: Box, b: Box) =>
  a.left < b.left + b.width && b.left < a.left + a.width && a.top < b.top + b.height && b.top < a.top + a.height;

describe('placeBadge', () => {
  it('an empty block: top-left corner, inset', () => {
    expect(placeBadge(BLOCK, [], BADGE)).toEqual({ left: 100 + inset, top: 1000 + inset, free: true });
  });

  it('a header with a status on the left and dates on the right: right after the status, centred on its line', () => {
    const status = box(116, 1016, 120, 16);
    const dates = box(700, 1016, 180, 16);
    const spot = placeBadge(BLOCK, [status, dates], BADGE);
    expect(spot).toEqual({ left: 116 + 120 + gapX, top: 1016 + 8 - 10, free: true });
  });

  it('skips a gap too narrow for the badge and takes the next one on the same line', () => {
    const content = [box(116, 1016, 100, 16), box(330, 1016, 50, 16), box(700, 1016, 100, 16)];
    // 216+12 = 228 to 330-12 = 318 is 90 px: too narrow; after the second box there are 308 px.
    expect(placeBadge(BLOCK, content, BADGE)).toMatchObject({ left: 380 + gapX, free: true });
  });

  it('a full first line: the badge goes to the next line that has room', () => {
    const fullLine = box(108, 1016, 784, 16);
    const second = box(116, 1060, 100, 16);
    const spot = placeBadge(BLOCK, [fullLine, second], BADGE);
    expect(spot).toEqual({ left: 216 + gapX, top: 1060 + 8 - 10, free: true });
  });

  it('never covers content, for every spot it calls free', () => {
    const content = [box(116, 1016, 300, 16), box(116, 1034, 500, 14), box(600, 1010, 280, 60), box(116, 1080, 80, 80)];
    const spot = placeBadge(BLOCK, content, BADGE);
    expect(spot.free).toBe(true);
    const badge = { ...spot, ...BADGE };
    for (const item of content) expect(overlaps(badge, item)).toBe(false);
    expect(spot.left + BADGE.width).toBeLessThanOrEqual(BLOCK.left + BLOCK.width - inset);
  });

  it('looks only at the top of the block: content further down does not draw the badge there', () => {
    const fullLines = [0, 30, 60, 90, 120, 150].map((y) => box(108, 1008 + y, 784, 20));
    const roomLowDown = box(116, 1250, 100, 16);
    expect(placeBadge(BLOCK, [...fullLines, roomLowDown], BADGE)).toEqual({
      left: 100 + 800 - inset - BADGE.width,
      top: 1000 + inset,
      free: false,
    });
  });

  it('a block narrower than the badge: its top-left corner, not off to the left of it', () => {
    const narrow = box(100, 1000, 150, 300);
    expect(placeBadge(narrow, [], BADGE)).toEqual({ left: 100 + inset, top: 1000 + inset, free: false });
  });

  it('a block too short for the badge: the corner, marked not free', () => {
    expect(placeBadge(box(100, 1000, 800, 30), [], BADGE).free).toBe(false);
    expect(placeBadge(box(100, 1000, 800, 36), [], BADGE).free).toBe(true);
  });
});
