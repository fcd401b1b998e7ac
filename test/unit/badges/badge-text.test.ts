import { describe, expect, it } from 'vitest';
import { badgeText, NOTHING_DUE } from '../../../lib/badges/badge-text';
import type { OrderBadge } from '../../../lib/badges/order-badge';
import type { Deadline } from '../../../lib/model/deadline';

const NOW = Date.UTC(2026, 10, 20, 12);
const DAY = 86_400_000;
const ADVICE = { action: 'wait', title: 'Wait for the parcel', why: 'It is on its way.' };

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

describe('badgeText', () => {
  it.each([
    ['urgent, stated by the page', { urgency: 'urgent', dueAt: NOW + 2 * DAY }, 'Buyer protection ends in 2 days'],
    ['soon', { urgency: 'soon' }, 'Buyer protection ends in 4 days'],
    [
      'upcoming, estimated',
      {
        urgency: 'upcoming',
        kind: 'dispute-opens',
        label: 'Dispute can be opened',
        source: 'estimate',
        dueAt: NOW + 9 * DAY,
      },
      'Dispute can be opened in 9 days (est.)',
    ],
    ['far off ("none")', { urgency: 'none', dueAt: NOW + 24 * DAY }, 'Buyer protection ends in 24 days'],
    [
      'a seller who must answer',
      {
        urgency: 'upcoming',
        kind: 'seller-response-due',
        label: 'Seller must respond to the dispute',
        dueAt: NOW + 4 * DAY + 3_600_000,
      },
      'Seller must respond to the dispute in 4 days',
    ],
    [
      'overdue: says so in words, not only in red',
      {
        urgency: 'overdue',
        label: 'Dispute window closed',
        kind: 'dispute-window-closes',
        dueAt: NOW - 2 * DAY - 60_000,
      },
      'Overdue: Dispute window closed 2 days ago',
    ],
  ] as const)('%s', (_, deadline, text) => {
    const words = badgeText(badge(deadline), NOW);
    expect(words.text).toBe(text);
    expect(words.urgency).toBe(deadline.urgency);
    expect(words.quiet).toBe(false);
  });

  it('starts its accessible name with the visible text, then the urgency word and the order', () => {
    const words = badgeText(badge({ urgency: 'urgent', dueAt: NOW + 2 * DAY }), NOW);
    expect(words.label).toBe(
      'Buyer protection ends in 2 days — urgent. Buyer Guard, order 8204417366541234: show the next step',
    );
    const overdue = badgeText(badge({ urgency: 'overdue', dueAt: NOW - 3 * DAY }), NOW);
    expect(overdue.label.startsWith(overdue.text)).toBe(true);
    expect(overdue.label).not.toContain('— overdue');
  });

  it('gives the panel the exact date and who stated it', () => {
    const due = Date.UTC(2026, 11, 8, 10, 23);
    expect(badgeText(badge({ dueAt: due, source: 'page' }), NOW).detail).toMatch(
      /^Buyer protection ends: Dec 8, 2026, \d{1,2}:\d{2}\s?[AP]M \(stated by the page\)$/,
    );
    expect(badgeText(badge({ dueAt: due, source: 'estimate' }), NOW).detail).toMatch(/\(estimated by Buyer Guard\)$/);
  });

  it('is quiet when no deadline is known: the order is tracked, nothing is claimed', () => {
    const words = badgeText(badge(null), NOW);
    expect(words).toMatchObject({ text: NOTHING_DUE, urgency: 'none', quiet: true });
    expect(words.label).toBe(`${NOTHING_DUE}. Buyer Guard, order 8204417366541234: show the next step`);
  });
});
