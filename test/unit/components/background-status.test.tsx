import { act } from 'react';
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { fakeBrowser } from 'wxt/testing/fake-browser';
import { useBackgroundStatus } from '../../../components/data/useBackgroundStatus';
import { reactRootPerTest } from './react-root';
import { until } from './until';

// The popup shows the background's status in three places (page status, reading notes, storage banner):
// one getStatus answers all of them, and a change in session storage asks again, once.

let asked: number;
const page = reactRootPerTest();

function Shows({ name }: { name: string }) {
  const { status, error } = useBackgroundStatus();
  return (
    <p data-name={name}>
      {error !== null ? `error:${error}` : status ? `seen:${status.lastPage?.url ?? 'none'}` : 'loading'}
    </p>
  );
}

const shown = () => [...page.container.querySelectorAll('p')].map((p) => `${p.dataset.name}=${p.textContent}`);

beforeEach(() => {
  asked = 0;
  vi.spyOn(fakeBrowser.runtime, 'sendMessage').mockImplementation((async (message: { type: string }) => {
    if (message.type !== 'getStatus') return { ok: false, error: { code: 'bad-request', message: 'unexpected' } };
    asked++;
    return {
      ok: true,
      data: {
        lastPage: { url: `https://www.aliexpress.com/p/order/index.html#${asked}`, pageKind: 'order-list', seenAt: 1 },
        lastReading: null,
      },
    };
  }) as unknown as typeof fakeBrowser.runtime.sendMessage);
});

afterEach(() => {
  vi.restoreAllMocks();
});

describe('useBackgroundStatus', () => {
  it('asks the background once for every component that shows its status', async () => {
    act(() =>
      page.root.render(
        <>
          <Shows name="a" />
          <Shows name="b" />
          <Shows name="c" />
        </>,
      ),
    );
    expect(shown()).toEqual(['a=loading', 'b=loading', 'c=loading']);
    const first = 'seen:https://www.aliexpress.com/p/order/index.html#1';
    await until(() => expect(shown()).toEqual([`a=${first}`, `b=${first}`, `c=${first}`]));
    expect(asked).toBe(1);
  });

  it('asks again when session storage changes, and every component shows the new answer', async () => {
    act(() =>
      page.root.render(
        <>
          <Shows name="a" />
          <Shows name="b" />
        </>,
      ),
    );
    // A remount shows the last answer at once (here the previous test's) while it asks again.
    const first = 'seen:https://www.aliexpress.com/p/order/index.html#1';
    await until(() => {
      expect(asked).toBe(1);
      expect(shown()).toEqual([`a=${first}`, `b=${first}`]);
    });
    const before = asked;
    await act(async () => fakeBrowser.storage.session.set({ something: Date.now() }));
    const latest = `seen:https://www.aliexpress.com/p/order/index.html#${before + 1}`;
    await until(() => expect(shown()).toEqual([`a=${latest}`, `b=${latest}`]));
    expect(asked).toBe(before + 1);
  });

  it('says when the background did not answer', async () => {
    vi.spyOn(fakeBrowser.runtime, 'sendMessage').mockRejectedValue(new Error('Could not establish connection'));
    act(() => page.root.render(<Shows name="a" />));
    await until(() => expect(shown()[0]).toMatch(/^a=error:/));
  });
});
