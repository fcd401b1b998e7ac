import { act } from 'react';
import { beforeEach, describe, expect, it, vi } from 'vitest';
import { fakeBrowser } from 'wxt/testing/fake-browser';
import { WhatsWrong } from '../../../components/orders/WhatsWrong';
import type { Order } from '../../../lib/model/order';
import { reactRootPerTest } from './react-root';

// The guide's start when an order has no problem: "What's wrong?" as buttons, the seller's offer
// recorded from its own short form, the full list behind "Something else". Rendered with React in
// happy-dom; the messages the background would get are recorded.

const order: Order = {
  marketplace: 'aliexpress',
  orderId: '8240000000000011',
  total: { amount: 18.99, currency: 'USD' },
  dispute: {
    status: 'counter-offer',
    reason: 'not-received',
    offer: { from: 'seller', resolution: 'resend', raw: 'x' },
  },
};

let sent: { type: string; payload: unknown }[];
const page = reactRootPerTest();

beforeEach(() => {
  sent = [];
  vi.spyOn(fakeBrowser.runtime, 'sendMessage').mockImplementation((async (message: {
    type: string;
    payload: unknown;
  }) => {
    sent.push({ type: message.type, payload: message.payload });
    return { ok: true, data: message.type === 'addJournalEntry' ? { id: 'j1' } : { ok: true } };
  }) as unknown as typeof fakeBrowser.runtime.sendMessage);
});

const button = (name: string) =>
  [...page.container.querySelectorAll('button')].find((candidate) => candidate.textContent?.trim() === name);

async function click(name: string) {
  const target = button(name);
  expect(target, `button "${name}"`).toBeDefined();
  await act(async () => target?.click());
}

describe('"What\'s wrong?"', () => {
  it('offers the six choices, in order, as buttons', () => {
    act(() => page.root.render(<WhatsWrong order={order} />));
    expect([...page.container.querySelectorAll('button.choice')].map((b) => b.textContent)).toEqual([
      'Not arrived',
      'Arrived damaged',
      'Not as described',
      'Items missing',
      'The seller made an offer',
      'Something else',
    ]);
  });

  it('a problem is saved at once: one click', async () => {
    act(() => page.root.render(<WhatsWrong order={order} />));
    await click('Arrived damaged');
    expect(sent).toEqual([{ type: 'setProblem', payload: { orderId: order.orderId, problem: { reason: 'damaged' } } }]);
  });

  it('the seller’s offer: what was proposed, the dispute’s reason from its page, saved as the seller’s offer', async () => {
    act(() => page.root.render(<WhatsWrong order={order} />));
    await click('The seller made an offer');
    const resolution = page.container.querySelector<HTMLSelectElement>('select');
    expect(resolution?.value).toBe('resend');
    const about = page.container.querySelectorAll<HTMLSelectElement>('select')[1];
    expect(about?.value).toBe('not-received');
    await act(async () => page.container.querySelector('form')?.requestSubmit());
    await vi.waitFor(() => expect(sent).toHaveLength(2));
    expect(sent).toEqual([
      { type: 'setProblem', payload: { orderId: order.orderId, problem: { reason: 'not-received' } } },
      { type: 'addJournalEntry', payload: { orderId: order.orderId, kind: 'offer-received', resolution: 'resend' } },
    ]);
  });

  it('a partial refund the page shows is what the form starts from, amount included', async () => {
    const partial: Order = {
      ...order,
      dispute: {
        status: 'counter-offer',
        reason: 'damaged',
        offer: { from: 'seller', resolution: 'partial-refund', amount: { amount: 5, currency: 'USD' }, raw: 'x' },
      },
    };
    act(() => page.root.render(<WhatsWrong order={partial} />));
    await click('The seller made an offer');
    expect(page.container.querySelector<HTMLSelectElement>('select')?.value).toBe('partial-refund');
    expect(page.container.querySelector<HTMLInputElement>('input')?.value).toBe('5');
    await act(async () => page.container.querySelector('form')?.requestSubmit());
    await vi.waitFor(() => expect(sent).toHaveLength(2));
    expect(sent[1]).toEqual({
      type: 'addJournalEntry',
      payload: {
        orderId: order.orderId,
        kind: 'offer-received',
        resolution: 'partial-refund',
        amount: { amount: 5, currency: 'USD' },
      },
    });
  });

  it('"Something else" opens the full list, and back', async () => {
    act(() => page.root.render(<WhatsWrong order={order} />));
    await click('Something else');
    expect(page.container.querySelector('select optgroup')).not.toBeNull();
    await click('Back to the choices');
    expect(page.container.querySelectorAll('button.choice')).toHaveLength(6);
  });
});
