import { describe, expect, it } from 'vitest';
import type { Order } from '../../../lib/model/order';
import type { Problem } from '../../../lib/model/problem';
import type { Advice } from '../../../lib/rules/advice';
import { draftsFor } from '../../../lib/rules/compose/drafts';
import { aDispute, anOrder } from './builders';

const TZ = 'Europe/Berlin';
const order: Order = anOrder({
  status: 'delivered',
  total: { amount: 40, currency: 'USD' },
  store: { name: 'Acme Store', url: 'https://www.aliexpress.com/store/1' },
  items: [{ title: 'Wireless earbuds', quantity: 1, productUrl: 'https://www.aliexpress.com/item/1005001.html' }],
});

function advice(action: Advice['action']): Advice {
  return {
    action,
    title: 't',
    why: 'w',
    branch: 'status-unknown',
    ruleIds: [],
    alternatives: [],
    warnings: [],
    safetyNets: [],
  };
}

function ids(
  problem: Problem | undefined,
  action: Advice['action'],
  extra: Partial<Parameters<typeof draftsFor>[0]> = {},
) {
  return draftsFor({ order, ...(problem && { problem }), advice: advice(action), timeZone: TZ, ...extra }).map(
    (d) => d.id,
  );
}

describe('draftsFor', () => {
  it.each([
    ['nothing wrong, nothing to ask', undefined, 'wait', []],
    ['nothing wrong, protection to extend', undefined, 'ask-extend-protection', ['seller-message']],
    [
      'not received: ask for tracking, then dispute',
      { reason: 'not-received' as const },
      'contact-seller',
      ['seller-message', 'dispute-description', 'chargeback'],
    ],
    [
      'damaged, advisor says open a dispute: that text first',
      { reason: 'damaged' as const },
      'open-dispute',
      ['dispute-description', 'seller-message', 'chargeback'],
    ],
    [
      'counterfeit: a complaint too',
      { reason: 'counterfeit' as const },
      'report-seller',
      ['complaint', 'seller-message', 'dispute-description', 'chargeback'],
    ],
    [
      'seller misconduct: no refund texts',
      { reason: 'pay-outside-platform' as const },
      'report-seller',
      ['complaint', 'chargeback'],
    ],
  ] as const)('%s', (_name, problem, action, expected) => {
    expect(ids(problem, action)).toEqual(expected);
  });

  it('adds the escalation statement once a dispute runs, first when escalating', () => {
    const dispute = aDispute({ reason: 'damaged', status: 'seller-rejected' });
    expect(ids({ reason: 'damaged' }, 'escalate', { dispute })).toEqual([
      'escalation-statement',
      'seller-message',
      'dispute-description',
      'chargeback',
    ]);
  });

  it('addresses PayPal when the buyer pays with PayPal, the bank otherwise', () => {
    const paypal = draftsFor({
      order,
      problem: { reason: 'damaged' },
      advice: advice('chargeback'),
      timeZone: TZ,
      settings: { paymentMethod: 'paypal' },
    });
    expect(paypal[0]).toMatchObject({ id: 'chargeback', title: 'PayPal dispute summary' });
    const card = draftsFor({ order, problem: { reason: 'damaged' }, advice: advice('chargeback'), timeZone: TZ });
    expect(card[0]).toMatchObject({ id: 'chargeback', title: 'Card chargeback summary' });
  });

  it('puts the order number and the evidence captions in the texts', () => {
    const [dispute] = draftsFor({
      order,
      problem: { reason: 'damaged', details: 'Cracked case.' },
      advice: advice('open-dispute'),
      timeZone: TZ,
      evidence: ['Photo of the cracked case'],
    });
    expect(dispute?.body).toContain(order.orderId);
    expect(dispute?.body).toContain('Photo of the cracked case');
    expect(dispute?.body).toContain('Cracked case.');
  });

  it('asking for an extension: the message to the seller asks for the extension, not a refund', () => {
    const [message] = draftsFor({
      order,
      problem: { reason: 'not-received' },
      advice: advice('ask-extend-protection'),
      timeZone: TZ,
    });
    expect(message?.id).toBe('seller-message');
    expect(message?.body).toContain('approve the extension of the buyer protection period');
    expect(message?.body).not.toContain('refund');
  });
});
