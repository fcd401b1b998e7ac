import { describe, expect, it, vi } from 'vitest';
import type { CreatePageBadges } from '../../../lib/badges/badge-handoff';
import type { BadgeLayer } from '../../../lib/badges/badge-layer';
import type { OrderBadge, PageWords } from '../../../lib/badges/order-badge';
import { createBadgeDrawing } from '../../../lib/content/badge-drawing';

const MY_ORDERS = 'https://www.aliexpress.com/p/order/index.html';
const CASE_PAGE = 'https://www.aliexpress.com/p/refund-dispute/detail.html?disputeId=1';
const words = {} as PageWords;
const badge = (orderId: string) => ({ orderId }) as unknown as OrderBadge;

/** A promise settled from outside: the layer's file "loading" until the test says. */
function deferred<T>() {
  let resolve!: (value: T) => void;
  let reject!: (error: unknown) => void;
  const promise = new Promise<T>((ok, fail) => {
    resolve = ok;
    reject = fail;
  });
  return { promise, resolve, reject };
}

/** A drawing over a fake layer: records what each call drew, in order, and when the layer was made. */
function setUp(options: { currentUrl?: string; valid?: () => boolean } = {}) {
  const shown: string[][] = [];
  const events: string[] = [];
  let clock = 0;
  const layer: BadgeLayer = {
    show: (badges) => {
      shown.push(badges.map((b) => b.orderId));
    },
    refresh: vi.fn(),
    destroy: vi.fn(),
  };
  const create = vi.fn<CreatePageBadges>(() => {
    events.push(`made at ${clock}`);
    return layer;
  });
  const loads: ReturnType<typeof deferred<CreatePageBadges>>[] = [];
  const load = vi.fn(() => {
    const next = deferred<CreatePageBadges>();
    loads.push(next);
    return next.promise;
  });
  const drawn: number[] = [];
  const errors: unknown[] = [];
  const drawing = createBadgeDrawing({
    window,
    load,
    layerOptions: { findBlocks: () => [], wantsBadges: () => true, openGuide: async () => undefined },
    belongsOn: (url) => url.includes('/p/order/'),
    currentUrl: () => options.currentUrl ?? MY_ORDERS,
    isValid: options.valid ?? (() => true),
    now: () => {
      clock += 1;
      return clock;
    },
    onDrawn: (startedAt) => {
      events.push(`drawn from ${startedAt}`);
      drawn.push(startedAt);
    },
    onError: (error) => errors.push(error),
  });
  /** The n-th load of the layer's file once the drawing has asked for it, still loading until the test settles it. */
  const loadAsked = async (n = 0) => {
    await vi.waitFor(() => expect(loads).toHaveLength(n + 1));
    return loads[n] as (typeof loads)[number];
  };
  return { drawing, shown, events, create, load, loadAsked, drawn, errors, layer };
}

describe('drawing the replies’ badges', () => {
  it('loads the layer’s file once, with the first badges, and draws the replies that came meanwhile in order', async () => {
    const t = setUp();
    const first = t.drawing.draw([badge('1')], words, MY_ORDERS, 0);
    const second = t.drawing.draw([badge('1'), badge('2')], words, MY_ORDERS, 0);
    const file = await t.loadAsked();
    expect(t.shown).toEqual([]);
    file.resolve(t.create);
    await Promise.all([first, second]);
    expect(t.load).toHaveBeenCalledTimes(1);
    expect(t.create).toHaveBeenCalledTimes(1);
    expect(t.shown).toEqual([['1'], ['1', '2']]);
  });

  it('never loads the layer for a reply with no badges, nor on a page badges do not belong on', async () => {
    const t = setUp({ currentUrl: CASE_PAGE });
    await t.drawing.draw([], words, MY_ORDERS, 0);
    await t.drawing.draw([badge('1')], words, CASE_PAGE, 0);
    expect(t.load).not.toHaveBeenCalled();
    expect(t.drawing.layer()).toBeUndefined();
    // Each reply is still told as drawn (the benchmark waits on it).
    expect(t.drawn).toHaveLength(2);
  });

  it('loads it for a reading of My Orders even when the buyer has moved on before the reply came', async () => {
    const t = setUp({ currentUrl: CASE_PAGE });
    const drawn = t.drawing.draw([badge('1')], words, MY_ORDERS, 0);
    (await t.loadAsked()).resolve(t.create);
    await drawn;
    expect(t.shown).toEqual([['1']]);
  });

  it('once made, the layer takes every reply: one with no badges clears them', async () => {
    const t = setUp();
    const first = t.drawing.draw([badge('1')], words, MY_ORDERS, 0);
    (await t.loadAsked()).resolve(t.create);
    await first;
    await t.drawing.draw([], words, MY_ORDERS, 0);
    expect(t.shown).toEqual([['1'], []]);
  });

  it('makes nothing when the extension went away while the file loaded', async () => {
    let valid = true;
    const t = setUp({ valid: () => valid });
    const drawn = t.drawing.draw([badge('1')], words, MY_ORDERS, 0);
    const file = await t.loadAsked();
    valid = false;
    file.resolve(t.create);
    await drawn;
    expect(t.create).not.toHaveBeenCalled();
    expect(t.drawing.layer()).toBeUndefined();
  });

  it('tells a failed load and tries again with the next badges', async () => {
    const t = setUp();
    const failed = t.drawing.draw([badge('1')], words, MY_ORDERS, 0);
    (await t.loadAsked()).reject(new Error('gone'));
    await failed;
    expect(t.errors).toHaveLength(1);
    const again = t.drawing.draw([badge('1')], words, MY_ORDERS, 0);
    (await t.loadAsked(1)).resolve(t.create);
    await again;
    expect(t.shown).toEqual([['1']]);
  });

  it('counts making the layer in the reply’s drawing time, not only in the file’s load', async () => {
    const t = setUp();
    const drawn = t.drawing.draw([badge('1')], words, MY_ORDERS, 0);
    (await t.loadAsked()).resolve(t.create);
    await drawn;
    const [made, measured] = t.events;
    expect(made).toMatch(/^made at \d+$/);
    expect(measured).toMatch(/^drawn from \d+$/);
    // The drawing's clock started before the layer was made.
    expect(Number(measured?.split(' ').at(-1))).toBeLessThanOrEqual(Number(made?.split(' ').at(-1)));
  });
});
