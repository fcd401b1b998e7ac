import { afterEach, describe, expect, it, vi } from 'vitest';
import { type BridgeEnd, openBridgeEnd } from '../../../../lib/marketplaces/aliexpress/bridge-channel';

type BridgeWindow = Parameters<typeof openBridgeEnd>[0];
const open = () => openBridgeEnd(window as BridgeWindow);
const microtasks = () => new Promise((resolve) => setTimeout(resolve, 0));

/** What `end` hears of type 'x'. */
function heard(end: BridgeEnd): string[] {
  const texts: string[] = [];
  end.listen('x', (text) => texts.push(text));
  return texts;
}

afterEach(async () => {
  // The parser's next change closes any end left waiting by a test.
  document.body.append(document.createElement('i'));
  await microtasks();
  document.body.replaceChildren();
  vi.restoreAllMocks();
});

describe('openBridgeEnd', () => {
  it('two ends opened one after the other meet, and texts go both ways (one type per direction)', () => {
    const first = open();
    expect(first.isOpen()).toBe(false);
    const second = open();
    expect([first.isOpen(), second.isOpen()]).toEqual([true, true]);
    const atSecond = heard(second);
    const atFirst: string[] = [];
    first.listen('back', (text) => atFirst.push(text));
    first.send('x', 'from the first');
    second.send('back', 'from the second');
    second.send('y', 'another type');
    expect(atSecond).toEqual(['from the first']);
    expect(atFirst).toEqual(['from the second']);
  });

  it('a third end (a page script acting later) meets no one and reaches no one', () => {
    const first = open();
    const second = open();
    const atSecond = heard(second);
    const page = open();
    expect(page.isOpen()).toBe(false);
    page.send('x', 'forged');
    first.send('x', 'real');
    expect(atSecond).toEqual(['real']);
  });

  it('an end left alone stops listening at the parser’s first change, before any page script could run', async () => {
    const lonely = open();
    document.body.append(document.createElement('script'));
    await microtasks();
    const page = open();
    expect([lonely.isOpen(), page.isOpen()]).toEqual([false, false]);
  });

  it('a page that patches dispatchEvent afterwards never sees the channel', () => {
    const first = open();
    const second = open();
    const atSecond = heard(second);
    const seen: EventTarget[] = [];
    const original = EventTarget.prototype.dispatchEvent;
    vi.spyOn(EventTarget.prototype, 'dispatchEvent').mockImplementation(function (this: EventTarget, event: Event) {
      seen.push(this);
      return original.call(this, event);
    });
    first.send('x', 'private');
    expect(atSecond).toEqual(['private']);
    expect(seen).toEqual([]);
  });

  it('texts before the ends met are dropped, not queued for whoever comes', () => {
    const first = open();
    first.send('x', 'too early');
    const second = open();
    expect(heard(second)).toEqual([]);
  });
});
