import { describe, expect, it } from 'vitest';
import { ADVICE_BRANCHES } from '../../../lib/rules/advice';
import {
  APR_1,
  advise,
  delivered,
  negotiation,
  PROTECTION_END,
  scenarios,
  shipped,
  withOffer,
} from './advice-scenarios';
import { DAY } from './builders';

describe('nextStep: every branch, from a table', () => {
  it.each(scenarios)('%s → %s', (_name, expected, input, check) => {
    const advice = advise(input);
    expect(advice.branch).toBe(expected);
    expect(advice.why.length).toBeGreaterThan(40);
    expect(advice.why).not.toMatch(/\n/);
    expect(advice.alternatives.map((option) => option.action)).not.toContain(advice.action);
    check?.(advice);
  });

  it('the table reaches every branch the advisor has', () => {
    const reached = new Set(scenarios.map(([, branch]) => branch));
    expect([...ADVICE_BRANCHES].filter((branch) => !reached.has(branch))).toEqual([]);
  });

  it('is deterministic', () => {
    for (const [, , input] of scenarios) expect(advise(input)).toEqual(advise(input));
  });
});

describe('why cites the rule and the date', () => {
  it('names the date and whether the page stated it', () => {
    const advice = advise({ order: shipped, now: PROTECTION_END - 6 * DAY });
    expect(advice.why).toContain('May 10 (as the order page states)');
    expect(advice.ruleIds).toContain('extend-protection-ask-days-before');
    expect(advice.untilSource).toBe('page');
  });

  it('marks estimated dates', () => {
    const advice = advise({
      order: delivered,
      problem: { reason: 'damaged' },
      dispute: negotiation({ status: 'opened' }),
    });
    expect(advice.why).toContain('Apr 6, 12:00 PM (estimated)');
    expect(advice.ruleIds).toContain('seller-dispute-response-days');
  });
});

describe('alternatives still open', () => {
  it('before a dispute: dispute, evidence, chargeback', () => {
    const advice = advise({ order: delivered, problem: { reason: 'damaged' } });
    expect(advice.alternatives.map((option) => option.action)).toEqual([
      'open-dispute',
      'add-evidence',
      'chargeback',
      'leave-feedback',
    ]);
  });

  it('in negotiation with a pending offer: counter and accept besides the advice', () => {
    const advice = advise({
      order: delivered,
      problem: { reason: 'damaged' },
      dispute: withOffer([
        { from: 'seller', at: APR_1 + DAY, resolution: 'partial-refund', amount: { amount: 15, currency: 'USD' } },
      ]),
      now: APR_1 + 6 * DAY,
    });
    expect(advice.alternatives.map((option) => option.action)).toEqual([
      'escalate',
      'accept-offer',
      'add-evidence',
      'chargeback',
      'leave-feedback',
    ]);
  });

  it('counterfeit: the complaint is offered beside the dispute', () => {
    const advice = advise({ order: delivered, problem: { reason: 'counterfeit' } });
    expect(advice.branch).toBe('open-dispute');
    const report = advice.alternatives.find((option) => option.action === 'report-seller');
    expect(report?.why).toContain('IPR protection');
  });

  it('no chargeback alternative for an account question', () => {
    const advice = advise({ problem: { reason: 'account-question' } });
    expect(advice.alternatives).toEqual([]);
  });
});
