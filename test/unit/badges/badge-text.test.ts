import { describe, expect, it } from 'vitest';
import { badgeText, NOTHING_DUE } from '../../../lib/badges/badge-text';
import type { OrderBadge } from '../../../lib/badges/order-badge';
import type { Deadline } from '../../../lib/model/deadline';

const NOW = Date.UTC(2026, 10, 20, 12);
const DAY = 86_400_000;
const ADVICE = { action: 'wait', title: 'Wait for the parcel', why: 'It is on its way.' };
const EN = { locale: 'en-US', timeZone: 'Europe/Berlin' };

function badge(deadline: Partial<Deadline> | null, orderId = '8204417366541234'): OrderBadge {
  return {
    orderId,
    advice: ADVICE,
    deadline: deadline && {
      orderId,
      kind: 'buyer-protection-ends',
      dueAt: NOW + 4 * DAY,
      source: 'page',
      ruleId: 'protection',
      urgency: 'soon',
      label: 'Buyer protection ends',
      ...deadline,
    },
  };
}

describe('badgeText: the deadline in the one formatter’s words', () => {
  it.each([
    [
      'urgent, stated by the page',
      { urgency: 'urgent', dueAt: NOW + 2 * DAY },
      'Buyer protection ends: Nov 22, 1:00 PM',
    ],
    ['soon', { urgency: 'soon' }, 'Buyer protection ends: Nov 24, 1:00 PM'],
    [
      'a whole day: the day, no invented time',
      {
        urgency: 'upcoming',
        kind: 'dispute-window-closes',
        label: 'Last day to open a dispute',
        dueAt: Date.parse('2026-12-03T22:59:59.999Z'),
        dueOn: '2026-12-03',
      },
      'Last day to open a dispute: by the end of Dec 3',
    ],
    [
      'an opening, estimated',
      {
        urgency: 'upcoming',
        kind: 'dispute-opens',
        label: 'Dispute can be opened',
        source: 'estimate',
        dueAt: Date.parse('2026-11-28T23:00:00Z'),
        dueOn: '2026-11-29',
      },
      'Dispute can be opened: from Nov 29',
    ],
    [
      'overdue: says so in words, not only in red',
      {
        urgency: 'overdue',
        label: 'Last day to open a dispute',
        kind: 'dispute-window-closes',
        dueAt: NOW - 2 * DAY - 60_000,
      },
      'Overdue: Last day to open a dispute: Nov 18, 12:59 PM',
    ],
  ] as const)('%s', (_, deadline, text) => {
    const words = badgeText(badge(deadline), NOW, EN);
    expect(words.text).toBe(text);
    expect(words.urgency).toBe(deadline.urgency);
    expect(words.quiet).toBe(false);
  });

  it('starts its accessible name with the visible text, then the time left, its source, the urgency and the order', () => {
    const words = badgeText(badge({ urgency: 'urgent', dueAt: NOW + 2 * DAY }), NOW, EN);
    expect(words.label).toBe(
      'Buyer protection ends: Nov 22, 1:00 PM, 2 days left (stated by the page) — urgent. Buyer Guard, order 8204417366541234: show the next step',
    );
    const overdue = badgeText(badge({ urgency: 'overdue', dueAt: NOW - 3 * DAY }), NOW, EN);
    expect(overdue.label.startsWith(overdue.text)).toBe(true);
    expect(overdue.label).not.toContain('— overdue');
  });

  it('gives the panel the same date, the time left and who stated it', () => {
    const due = Date.UTC(2026, 11, 8, 10, 23);
    expect(badgeText(badge({ dueAt: due, source: 'page' }), NOW, EN).detail).toBe(
      'Buyer protection ends: Dec 8, 11:23 AM — 17 days 22 hours left (stated by the page)',
    );
    expect(badgeText(badge({ dueAt: due, source: 'estimate' }), NOW, EN).detail).toMatch(/\(estimated\)$/);
    expect(badgeText(badge({ dueAt: due, source: 'page-rule' }), NOW, EN).detail).toMatch(/\(page-stated rule\)$/);
  });

  it('is quiet when no deadline is known: the order is tracked, nothing is claimed', () => {
    const words = badgeText(badge(null), NOW, EN);
    expect(words).toMatchObject({ text: NOTHING_DUE, urgency: 'none', quiet: true });
    expect(words.label).toBe(`${NOTHING_DUE}. Buyer Guard, order 8204417366541234: show the next step`);
  });
});
