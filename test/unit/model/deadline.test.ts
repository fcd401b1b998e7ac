import { describe, expect, it } from 'vitest';
import { deadlineKindSchema, deadlineSchema, urgencySchema } from '../../../lib/model/deadline';
import { computeDeadlines } from '../../../lib/rules/deadlines';

describe('deadlineSchema()', () => {
  it('every deadline the engine produces satisfies the shared contract', () => {
    const list = computeDeadlines({
      order: {
        marketplace: 'aliexpress',
        orderId: '8100000000000001',
        status: 'shipped',
        paidOn: '2026-01-01',
        shippedOn: '2026-01-02',
        timers: [{ kind: 'buyer-response-due', endsOn: '2026-02-01', raw: 'x' }],
      },
      dispute: {
        orderId: '8100000000000001',
        reason: 'damaged',
        openedAt: Date.parse('2026-01-20'),
        status: 'counter-offer',
      },
      problem: { reason: 'damaged' },
      now: Date.parse('2026-01-25'),
      timeZone: 'Europe/Berlin',
    });
    expect(list.length).toBeGreaterThan(3);
    for (const deadline of list) expect(deadlineSchema().parse(deadline)).toEqual(deadline);
  });

  it('knows the kinds and urgencies, including the page-only buyer-response-due', () => {
    expect(deadlineKindSchema().options).toContain('buyer-response-due');
    expect(urgencySchema().options).toEqual(['none', 'upcoming', 'soon', 'urgent', 'overdue']);
    expect(
      deadlineSchema().safeParse({
        orderId: '1',
        kind: 'x',
        dueAt: 1,
        source: 'page',
        ruleId: 'r',
        urgency: 'none',
        label: 'l',
      }).success,
    ).toBe(false);
  });
});
