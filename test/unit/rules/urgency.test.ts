import { describe, expect, it } from 'vitest';
import type { Deadline } from '../../../lib/model/deadline';
import {
  compareDeadlines,
  deadlineSortKey,
  milestoneUrgency,
  mostUrgentDeadline,
  URGENCY_THRESHOLDS,
  urgencyOf,
} from '../../../lib/rules/urgency';
import { DAY } from './builders';

const now = Date.parse('2026-03-10T12:00:00Z');

describe('urgencyOf: one place for the thresholds, each bound inclusive', () => {
  it.each([
    ['1 ms after the due instant', now - 1, 'overdue'],
    ['exactly at the due instant', now, 'urgent'],
    ['3 days left (bound)', now + 3 * DAY, 'urgent'],
    ['3 days + 1 ms left', now + 3 * DAY + 1, 'soon'],
    ['7 days left (bound)', now + 7 * DAY, 'soon'],
    ['7 days + 1 ms left', now + 7 * DAY + 1, 'upcoming'],
    ['14 days left (bound)', now + 14 * DAY, 'upcoming'],
    ['14 days + 1 ms left', now + 14 * DAY + 1, 'none'],
  ])('%s → %s', (_name, dueAt, expected) => {
    expect(urgencyOf(dueAt, now)).toBe(expected);
  });

  it('warns before the platform’s own last reminder (2 days) and at the extension window (7 days)', () => {
    expect(URGENCY_THRESHOLDS.urgentWithinMs).toBeGreaterThan(2 * DAY);
    expect(URGENCY_THRESHOLDS.soonWithinMs).toBe(7 * DAY);
  });
});

describe('milestoneUrgency: at most upcoming, nothing once passed', () => {
  it.each([
    [now - 1, 'none'],
    [now, 'upcoming'],
    [now + DAY, 'upcoming'],
    [now + 14 * DAY, 'upcoming'],
    [now + 14 * DAY + 1, 'none'],
  ])('at %i → %s', (at, expected) => {
    expect(milestoneUrgency(at, now)).toBe(expected);
  });
});

describe('most urgent first', () => {
  const make = (kind: Deadline['kind'], urgency: Deadline['urgency'], dueAt: number, orderId = '1'): Deadline => ({
    orderId,
    kind,
    urgency,
    dueAt,
    source: 'estimate',
    ruleId: 'x',
    label: kind,
  });

  it('orders by urgency rank, then by due time, then by kind and order', () => {
    const list = [
      make('dispute-opens', 'none', now + DAY),
      make('buyer-protection-ends', 'soon', now + 5 * DAY),
      make('return-ship-by', 'urgent', now + 2 * DAY),
      make('auto-confirm', 'urgent', now + DAY),
      make('dispute-window-closes', 'overdue', now - DAY),
      make('seller-response-due', 'upcoming', now + 10 * DAY, '2'),
      make('seller-response-due', 'upcoming', now + 10 * DAY, '1'),
      make('escalation-due', 'upcoming', now + 10 * DAY, '1'),
    ];
    const sorted = [...list].sort(compareDeadlines).map((d) => `${d.kind}:${d.orderId}`);
    expect(sorted).toEqual([
      'dispute-window-closes:1',
      'auto-confirm:1',
      'return-ship-by:1',
      'buyer-protection-ends:1',
      'escalation-due:1',
      'seller-response-due:1',
      'seller-response-due:2',
      'dispute-opens:1',
    ]);
    expect(mostUrgentDeadline(list)?.kind).toBe('dispute-window-closes');
    expect(mostUrgentDeadline([])).toBeUndefined();
  });

  it('gives a numeric key that sorts the same way (for storage indexes)', () => {
    const urgentLater = deadlineSortKey({ urgency: 'urgent', dueAt: now + 3 * DAY });
    const soonEarlier = deadlineSortKey({ urgency: 'soon', dueAt: now });
    const overdueOld = deadlineSortKey({ urgency: 'overdue', dueAt: Date.parse('2100-01-01') });
    expect(overdueOld).toBeLessThan(urgentLater);
    expect(urgentLater).toBeLessThan(soonEarlier);
    expect(Number.isSafeInteger(deadlineSortKey({ urgency: 'none', dueAt: Date.parse('2100-01-01') }))).toBe(true);
  });
});
