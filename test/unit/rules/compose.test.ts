import { describe, expect, it } from 'vitest';
import type { Order } from '../../../lib/model/order';
import { complaintFor } from '../../../lib/rules/complaints';
import { composeChargebackSummary } from '../../../lib/rules/compose/chargeback-summary';
import { composeComplaintText } from '../../../lib/rules/compose/complaint-text';
import { composeDisputeDescription, composeEscalationStatement } from '../../../lib/rules/compose/dispute-description';
import { orderFacts, orderReference, paragraphs } from '../../../lib/rules/compose/facts';
import { PROBLEM_PHRASES } from '../../../lib/rules/compose/problem-phrases';
import { composeSellerMessage } from '../../../lib/rules/compose/seller-message';
import { suggestRefund } from '../../../lib/rules/refund';
import { aDispute, anOrder, utc } from './builders';

const TZ = 'Europe/Berlin';
const order: Order = anOrder({
  orderedOn: '2026-02-27',
  paidOn: '2026-02-27T09:00',
  shippedOn: '2026-03-01T10:00',
  deliveredOn: '2026-03-20T12:00',
  total: { amount: 40, currency: 'USD' },
  store: { name: 'Acme Store', url: 'https://www.aliexpress.com/store/1' },
  items: [{ title: 'Wireless earbuds', quantity: 1, productUrl: 'https://www.aliexpress.com/item/1005001.html' }],
  tracking: {
    number: 'LP00123456789',
    carrier: 'Cainiao',
    events: [{ time: '2026-03-19T08:00', description: 'Arrived at local depot', stage: 'arrived-destination' }],
  },
});
const damaged = {
  reason: 'damaged' as const,
  severity: 'minor' as const,
  secondary: ['missing-items' as const],
  details: 'The case is cracked.',
};
const refund = suggestRefund(order, damaged);
if (refund === undefined) throw new Error('test setup');

/** Drafts never promise an outcome or threaten. */
const PROMISES = /guarantee|will be refunded|you will (get|receive)|must refund|or else|legal action/i;

describe('composeSellerMessage', () => {
  it('polite, concise: order number, what happened, the ask, the attachments', () => {
    const text = composeSellerMessage({
      order,
      problem: damaged,
      request: { kind: 'refund', refund },
      evidence: ['3 photos of the crack'],
    });
    expect(text).toBe(
      [
        'Hello,',
        'I am writing about order 8100000000000001 (Wireless earbuds, store: Acme Store). The item arrived damaged. The case is cracked.',
        'Also:\n- Part of the order is missing',
        `Could you please offer a partial refund of 12.00 USD? ${refund.rationale}`,
        'I have attached:\n- 3 photos of the crack',
        'Thank you, I look forward to your reply.',
      ].join('\n\n'),
    );
    expect(text).not.toMatch(PROMISES);
  });

  it('asks for a full refund, an extension or a tracking update', () => {
    const full = suggestRefund(order, { reason: 'not-received' });
    if (full === undefined) throw new Error('test setup');
    expect(
      composeSellerMessage({ order, problem: { reason: 'not-received' }, request: { kind: 'refund', refund: full } }),
    ).toContain('offer a full refund of 40.00 USD');
    expect(
      composeSellerMessage({
        order,
        problem: { reason: 'not-received' },
        request: { kind: 'extend-protection', days: 15 },
      }),
    ).toContain('extension of the buyer protection period by 15 days');
    expect(
      composeSellerMessage({ order, problem: { reason: 'not-received' }, request: { kind: 'extend-protection' } }),
    ).toContain('protection period that I requested');
    const tracking = composeSellerMessage({
      order: anOrder(),
      problem: { reason: 'not-received' },
      request: { kind: 'tracking-update' },
    });
    expect(tracking).toContain('I am writing about order 8100000000000001. The order has not been received.');
    expect(tracking).not.toContain('attached');
  });
});

describe('composeDisputeDescription', () => {
  it('main problem first, secondary as a list, facts with dates, evidence, requested resolution', () => {
    const text = composeDisputeDescription({ order, problem: damaged, refund, timeZone: TZ, evidence: ['photo.jpg'] });
    const lines = text.split('\n');
    expect(lines[0]).toBe('Reason: Damaged goods');
    expect(text.indexOf('Main problem: The item arrived damaged')).toBeLessThan(text.indexOf('Other problems:'));
    expect(text).toContain('Other problems:\n- Part of the order is missing');
    expect(text).toContain(
      [
        'Facts:',
        '- Feb 27, 2026: order placed',
        '- Feb 27, 2026: paid 40.00 USD',
        '- Mar 1, 2026: shipped by the seller (Cainiao, tracking number LP00123456789)',
        '- Mar 19, 2026: last tracking event: "Arrived at local depot"',
        '- Mar 20, 2026: tracking shows delivered',
      ].join('\n'),
    );
    expect(text).toContain('Evidence attached:\n- photo.jpg');
    expect(text.endsWith(`Requested resolution: Partial refund of 12.00 USD. ${refund.rationale}`)).toBe(true);
    expect(text).not.toMatch(PROMISES);
  });

  it('merges the buyer’s own facts by date; skips empty sections', () => {
    const text = composeDisputeDescription({
      order: anOrder({ shippedOn: '2026-03-01' }),
      problem: { reason: 'not-received' },
      refund: { ...refund, resolution: 'full-refund', amount: undefined, rationale: 'The order never arrived.' },
      timeZone: TZ,
      extraFacts: [{ at: utc('2026-02-20T10:00:00Z'), text: 'seller promised delivery in 10 days' }],
    });
    expect(text).toContain(
      'Facts:\n- Feb 20, 2026: seller promised delivery in 10 days\n- Mar 1, 2026: shipped by the seller',
    );
    expect(text).not.toContain('Other problems');
    expect(text).not.toContain('Evidence attached');
    expect(text).toContain('Requested resolution: Full refund. The order never arrived.');
  });

  it('never tells the platform or the seller the item is usable unless the buyer said so', () => {
    // "Two of the four mugs arrived shattered": the buyer has not answered "Can you still use it?".
    const words = { reason: 'damaged' as const, details: 'Two of the four mugs arrived shattered.' };
    const assumed = suggestRefund(order, words);
    if (assumed === undefined) throw new Error('test setup');
    expect(assumed).toMatchObject({ resolution: 'partial-refund', severityAssumed: true });
    expect(assumed.rationale).not.toMatch(/is usable despite|can still be used/);
    const description = composeDisputeDescription({ order, problem: words, refund: assumed, timeZone: TZ });
    const message = composeSellerMessage({ order, problem: words, request: { kind: 'refund', refund: assumed } });
    for (const text of [description, message]) {
      expect(text).toContain('Two of the four mugs arrived shattered.');
      expect(text).not.toMatch(/usable/);
    }
    // Answered "No, it cannot be used": a full refund, and the texts say why.
    const unusable = suggestRefund(order, { ...words, severity: 'unusable' });
    expect(unusable).toMatchObject({ resolution: 'full-refund', amount: { amount: 40, currency: 'USD' } });
    expect(unusable?.rationale).toContain('cannot be used');
  });
});

describe('composeEscalationStatement', () => {
  const openedAt = utc('2026-03-22T10:00:00Z');
  it.each([
    ['seller-rejected', [], 'rejected the dispute without evidence'],
    ['seller-responded', [], 'has not proposed a solution'],
    [
      'counter-offer',
      [{ from: 'seller', at: openedAt + 1, resolution: 'resend' }],
      'only offers to send the item again',
    ],
    [
      'counter-offer',
      [
        {
          from: 'seller',
          at: openedAt + 1,
          resolution: 'partial-refund',
          amount: { amount: 2, currency: 'USD' },
          response: 'rejected',
        },
      ],
      'does not cover the problem',
    ],
  ] as const)('%s: says why there is no agreement', (status, offers, expected) => {
    const dispute = aDispute({
      reason: 'damaged',
      status,
      openedAt,
      offers: [...offers],
      requestedResolution: 'partial-refund',
    });
    const text = composeEscalationStatement({
      order,
      dispute,
      problem: damaged,
      refund,
      timeZone: TZ,
      evidence: ['video.mp4'],
    });
    expect(text).toContain(expected);
    expect(text).toContain('- Mar 22, 2026: dispute opened, asking for a partial refund');
    expect(text).toContain('Requested resolution: Partial refund of 12.00 USD.');
    expect(text).not.toMatch(PROMISES);
  });

  it('lists the seller’s proposals and the escalation in the history', () => {
    const dispute = aDispute({
      reason: 'damaged',
      status: 'escalated',
      openedAt,
      escalatedAt: openedAt + 6 * 86_400_000,
      offers: [
        { from: 'buyer', at: openedAt, resolution: 'partial-refund' },
        {
          from: 'seller',
          at: openedAt + 86_400_000,
          resolution: 'partial-refund',
          amount: { amount: 2, currency: 'USD' },
          response: 'rejected',
        },
      ],
    });
    const text = composeEscalationStatement({ order, dispute, problem: { reason: 'damaged' }, refund, timeZone: TZ });
    expect(text).toContain('- Mar 23, 2026: seller proposed a partial refund of 2.00 USD (rejected by me)');
    expect(text).toContain('- Mar 28, 2026: dispute escalated to the platform');
  });
});

describe('composeComplaintText', () => {
  it('category and sub-type, store and product links, what happened; at most 5 files listed', () => {
    const complaint = complaintFor('changed-shipping-cost');
    if (complaint === undefined) throw new Error('test setup');
    const text = composeComplaintText({
      order,
      problem: { reason: 'changed-shipping-cost', details: 'Listed free, charged 5 USD.' },
      complaint,
      evidence: ['1', '2', '3', '4', '5', '6'],
    });
    expect(text).toContain(
      'Complaint type: Price and category manipulation / search-related violations — Actual vs listed shipping cost mismatch',
    );
    expect(text).toContain(
      'Store: Acme Store (https://www.aliexpress.com/store/1)\nProduct: https://www.aliexpress.com/item/1005001.html\nOrder number: 8100000000000001',
    );
    expect(text).toContain('Listed free, charged 5 USD.');
    expect(text).toContain('- 5');
    expect(text).not.toContain('- 6');
    expect(text).not.toMatch(PROMISES);
  });

  it('works with little known', () => {
    const complaint = complaintFor('spam');
    if (complaint === undefined) throw new Error('test setup');
    const text = composeComplaintText({
      order: anOrder({ store: { name: 'X' } }),
      problem: { reason: 'spam' },
      complaint,
    });
    expect(text).toContain('Complaint type: Other\n\nStore: X\nOrder number:');
  });
});

describe('composeChargebackSummary', () => {
  it('PayPal: purchase, problem, timeline, platform steps, what is asked', () => {
    const dispute = aDispute({
      reason: 'damaged',
      status: 'decided',
      decision: { at: utc('2026-04-10T10:00:00Z'), outcome: 'seller-favour' },
    });
    const text = composeChargebackSummary({
      order,
      problem: damaged,
      provider: 'paypal',
      timeZone: TZ,
      dispute,
      refund,
      evidence: ['photo'],
    });
    expect(text.split('\n')[0]).toBe(
      'PayPal dispute: purchase from AliExpress, seller "Acme Store", order 8100000000000001 (Wireless earbuds, store: Acme Store), 40.00 USD.',
    );
    expect(text).toContain('it was decided in the seller’s favour');
    expect(text).toContain('I ask for a partial refund of 12.00 USD.');
    expect(text).not.toMatch(PROMISES);
  });

  it('card: without a dispute or refund suggestion it asks for the payment back', () => {
    const text = composeChargebackSummary({
      order,
      problem: { reason: 'payment-error' },
      provider: 'card',
      timeZone: TZ,
    });
    expect(text).toMatch(/^Card chargeback request/);
    expect(text).toContain('could not resolve this through the marketplace');
    expect(text).toContain('I ask for a refund of 40.00 USD.');
    const bare = composeChargebackSummary({
      order: anOrder(),
      problem: { reason: 'payment-error' },
      provider: 'card',
      timeZone: TZ,
    });
    expect(bare).toContain('I ask for a refund of this payment.');
    expect(bare).not.toContain('Timeline:');
  });

  it('a decision in favour without the money, and a partial one', () => {
    const won = aDispute({ status: 'decided', decision: { at: 1, outcome: 'buyer-favour' } });
    expect(
      composeChargebackSummary({ order, problem: damaged, provider: 'card', timeZone: TZ, dispute: won }),
    ).toContain('in my favour, but the refund has not arrived');
    const partial = aDispute({ status: 'closed' });
    expect(
      composeChargebackSummary({ order, problem: damaged, provider: 'card', timeZone: TZ, dispute: partial }),
    ).toContain('I opened a dispute on the marketplace.');
  });
});

describe('facts and phrases', () => {
  it('orderFacts: instants from tracking, no facts for an unknown order', () => {
    const withInstant = anOrder({
      tracking: { events: [{ at: utc('2026-03-02T10:00:00Z'), description: 'Accepted', stage: 'handed-to-carrier' }] },
    });
    expect(orderFacts(withInstant, undefined, TZ)).toEqual([
      { at: utc('2026-03-02T10:00:00Z'), text: 'last tracking event: "Accepted"' },
    ]);
    const undated = anOrder({ tracking: { events: [{ description: 'Accepted', stage: 'handed-to-carrier' }] } });
    expect(orderFacts(undated, undefined, TZ)).toEqual([]);
    expect(
      orderFacts(anOrder({ confirmedOn: '2026-03-01', shippedOn: '2026-02-01' }), undefined, TZ).map((f) => f.text),
    ).toEqual(['shipped by the seller', 'receipt confirmed']);
  });

  it('orderReference and paragraphs', () => {
    expect(orderReference(anOrder())).toBe('order 8100000000000001');
    expect(paragraphs('a', undefined, false, ['b', 'c'], '  ')).toBe('a\n\nb\nc');
  });

  it('every phrase is a lower-case clause without a full stop', () => {
    for (const phrase of Object.values(PROBLEM_PHRASES)) {
      expect(phrase).toMatch(/^[a-zI]/);
      expect(phrase).not.toMatch(/\.$/);
    }
  });
});
