import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { readAliExpressPage } from '../../../../lib/marketplaces/aliexpress/read-page';
import { pageReadingSchema } from '../../../../lib/model/reading';
import { loadObservedResponses } from '../../../fixtures/aliexpress/observed-responses';
import { FIXTURE_NOW } from '../../../fixtures/aliexpress/sample-site';

const CASE_URL =
  'https://www.aliexpress.com/p/reverse-pages/detail.html?reverseOrderLineId=6230000000000112&tradeOrderId=8240000000000011';
const DAY = 86_400_000;

function doc(body: string): Document {
  return new DOMParser().parseFromString(`<html lang="en"><body>${body}</body></html>`, 'text/html');
}

function readCase(body: string, url = CASE_URL) {
  const reading = readAliExpressPage(doc(body), url, FIXTURE_NOW);
  expect(pageReadingSchema().parse(reading)).toEqual(reading);
  if (!reading.ok) throw new Error(reading.message);
  return reading;
}

const row = (text: string) => `<div>${text}</div>`;

describe('the dispute (returns/refunds) page', () => {
  it('reads the seller countdown while the seller has not answered', () => {
    const reading = readCase(
      row('Waiting for the seller to respond') +
        row('Seller must respond within 4 days 23:10:05.') +
        row('Order ID: 8240000000000011') +
        row('Reason: Package not received') +
        row('Your request: Full refund US $18.99'),
    );
    expect(reading.orders).toEqual([
      {
        marketplace: 'aliexpress',
        orderId: '8240000000000011',
        timers: [
          {
            kind: 'seller-response-due',
            endsAt: FIXTURE_NOW + 4 * DAY + (23 * 3600 + 10 * 60 + 5) * 1000,
            raw: 'Seller must respond within 4 days 23:10:05.',
          },
        ],
        dispute: {
          status: 'opened',
          statusText: 'Waiting for the seller to respond',
          refundAmount: { amount: 18.99, currency: 'USD' },
          reason: 'not-received',
          reasonText: 'Package not received',
          requestedResolution: 'full-refund',
          url: CASE_URL,
        },
      },
    ]);
  });

  it.each([
    ['Resend the item', 'resend', undefined],
    ['Partial refund US $5.00', 'partial-refund', { amount: 5, currency: 'USD' }],
    ['Return and refund, return shipping paid by the seller', 'return-and-refund', undefined],
    ['Something we have not seen', 'other', undefined],
  ])('reads the seller proposal "%s"', (text, resolution, amount) => {
    const reading = readCase(row('Seller proposed a solution') + row(`Seller's proposal: ${text}`));
    expect(reading.orders[0]?.dispute).toMatchObject({
      status: 'counter-offer',
      offer: { from: 'seller', resolution, ...(amount && { amount }), raw: `Seller's proposal: ${text}` },
    });
  });

  it('knows who pays the return postage when the proposal says so', () => {
    const reading = readCase(row('Seller proposed: Return and refund, return shipping paid by the seller'));
    expect(reading.orders[0]?.dispute?.offer?.returnPostagePaidBy).toBe('seller');
  });

  it('tells escalation available (a button), not yet (a countdown) and done (the status) apart', () => {
    const available = readCase(`${row('Seller rejected your request')}<button>Escalate</button>`);
    expect(available.orders[0]?.dispute).toMatchObject({ status: 'seller-rejected', escalation: 'available' });
    const notYet = readCase(row('Seller rejected your request') + row('You can escalate the dispute in 2 days'));
    expect(notYet.orders[0]).toMatchObject({
      dispute: { escalation: 'not-yet' },
      timers: [{ kind: 'escalation-possible', endsAt: FIXTURE_NOW + 2 * DAY }],
    });
    const done = readCase(row('Dispute escalated') + row('AliExpress is reviewing your case.'));
    expect(done.orders[0]?.dispute).toMatchObject({ status: 'escalated', escalation: 'escalated' });
  });

  it('reads the platform decision; a ruling it cannot place is named, not guessed', () => {
    const decided = readCase(
      row("AliExpress' decision: Partial refund US $6.00") +
        '<button>Appeal</button>' +
        row('Order ID: 8240000000000011'),
    );
    expect(decided.orders[0]?.dispute?.decision).toEqual({
      outcome: 'partial',
      refund: { amount: 6, currency: 'USD' },
      returnRequired: false,
      appealable: true,
      raw: "AliExpress' decision: Partial refund US $6.00",
    });
    const unclear = readAliExpressPage(
      doc(row('Dispute in progress') + row("AliExpress' decision: see the message")),
      CASE_URL,
      FIXTURE_NOW,
    );
    expect(unclear.ok && unclear.orders[0]?.dispute?.decision).toBeUndefined();
    expect(unclear.ok && unclear.diagnostics.missing).toContain(
      `8240000000000011: decision not understood: "AliExpress' decision: see the message"`,
    );
  });

  it('reads a case from the page JSON alone when the page shows its order', () => {
    const file = 'test/fixtures/aliexpress/dispute.8240000000000011.en.api.json';
    const observed = loadObservedResponses(file, FIXTURE_NOW);
    const reading = readAliExpressPage(doc(row('Order ID: 8240000000000011')), CASE_URL, FIXTURE_NOW, observed);
    expect(reading).toMatchObject({
      ok: true,
      orders: [
        {
          orderId: '8240000000000011',
          dispute: {
            id: '6230000000000111',
            status: 'counter-offer',
            reason: 'not-received',
            requestedResolution: 'full-refund',
          },
        },
      ],
      diagnostics: { sources: ['json'] },
    });
  });

  it('says so when the page shows no case', () => {
    expect(readAliExpressPage(doc(row('Something else')), CASE_URL, FIXTURE_NOW)).toMatchObject({
      ok: false,
      pageKind: 'dispute',
      reason: 'layout-not-recognised',
    });
  });

  it('never throws on a case page full of odd values', () => {
    const html = readFileSync('test/fixtures/aliexpress/dispute.8240000000000011.en.html', 'utf8')
      .replaceAll('US $18.99', 'US $-1e309')
      .replaceAll('Nov 12, 2026 14:22', 'Feb 31, 2026 25:99');
    const reading = readAliExpressPage(new DOMParser().parseFromString(html, 'text/html'), CASE_URL, FIXTURE_NOW);
    expect(pageReadingSchema().parse(reading)).toEqual(reading);
    expect(reading.ok && reading.orders[0]?.dispute?.openedOn).toBeUndefined();
  });
});
