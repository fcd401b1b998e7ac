import { describe, expect, it } from 'vitest';
import type { DisputeCase } from '../../../lib/model/dispute';
import type { JournalEntry } from '../../../lib/model/journal';
import { CASE_STEPS, caseProgress } from '../../../lib/pages/case-progress';

const dispute = (overrides: Partial<DisputeCase>): DisputeCase => ({
  orderId: '8100000000000001',
  reason: 'damaged',
  status: 'opened',
  ...overrides,
});
const journal = (...kinds: JournalEntry['kind'][]) => kinds.map((kind) => ({ kind }));
const states = (input: Parameters<typeof caseProgress>[0]) =>
  caseProgress(input)?.steps.map(({ step, state }) => `${step}:${state}`);

describe('caseProgress: seller contacted → dispute opened → seller answered → escalated → decision', () => {
  it('no problem and no dispute: no case, no stepper', () => {
    expect(caseProgress({ journal: [] })).toBeUndefined();
    expect(caseProgress({ journal: [], dispute: dispute({ status: 'none' }) })).toBeUndefined();
  });

  it.each([
    ['a problem, nothing done yet: contacting the seller is next', { problem: { reason: 'damaged' }, journal: [] }, 0],
    [
      'the seller contacted: the dispute is next',
      { problem: { reason: 'damaged' }, journal: journal('contacted-seller') },
      1,
    ],
    ['a dispute opened without a chat: the answer is next', { dispute: dispute({}), journal: [] }, 2],
    [
      'the seller proposed something: escalation is next',
      {
        dispute: dispute({ status: 'counter-offer', offers: [{ from: 'seller', resolution: 'resend' }] }),
        journal: [],
      },
      3,
    ],
    [
      'a seller answer seen only in the history still counts',
      { dispute: dispute({ status: 'opened', statusHistory: [{ status: 'seller-rejected', at: 1 }] }), journal: [] },
      3,
    ],
    ['escalated: the decision is next', { dispute: dispute({ status: 'escalated', escalatedAt: 5 }), journal: [] }, 4],
    [
      'decided: every step done',
      { dispute: dispute({ status: 'decided', escalatedAt: 5 }), journal: journal('contacted-seller') },
      5,
    ],
  ] as const)('%s', (_name, input, current) => {
    const expected = CASE_STEPS.map(
      (step, index) => `${step}:${index < current ? 'done' : index === current ? 'current' : 'todo'}`,
    );
    expect(states(input as Parameters<typeof caseProgress>[0])).toEqual(expected);
  });

  it('follows the advice: when it says open a dispute, that is the current step, the chat stays to come', () => {
    expect(states({ problem: { reason: 'not-received' }, journal: [], nextAction: 'open-dispute' })).toEqual([
      'contacted:todo',
      'opened:current',
      'answered:todo',
      'escalated:todo',
      'decided:todo',
    ]);
    // "Collect the evidence, then open the dispute" leads to the same step.
    expect(states({ problem: { reason: 'damaged' }, journal: [], nextAction: 'add-evidence' })?.[1]).toBe(
      'opened:current',
    );
    // Advice to wait or to contact the seller moves nothing; a step already reached is never undone.
    expect(states({ problem: { reason: 'damaged' }, journal: [], nextAction: 'wait' })?.[0]).toBe('contacted:current');
    expect(
      states({ dispute: dispute({ status: 'escalated', escalatedAt: 5 }), journal: [], nextAction: 'open-dispute' }),
    ).toEqual(['contacted:done', 'opened:done', 'answered:done', 'escalated:done', 'decided:current']);
  });
});
