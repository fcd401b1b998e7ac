import type { Deadline, DeadlineKind } from '../model/deadline';
import type { Order, PageTimerKind } from '../model/order';
import type { DeadlineDeriver } from './ingest';

// Interim deriver until the rules engine lands: only the countdowns the page states.
const KINDS: Partial<Record<PageTimerKind, { kind: DeadlineKind; label: string }>> = {
  'buyer-protection-ends': { kind: 'buyer-protection-ends', label: 'Buyer protection ends' },
  'auto-confirm': { kind: 'auto-confirm', label: 'Order confirms automatically' },
  'dispute-opens': { kind: 'dispute-opens', label: 'Dispute can be opened' },
  'seller-response-due': { kind: 'seller-response-due', label: 'Seller must answer' },
  'return-ship-by': { kind: 'return-ship-by', label: 'Ship the return' },
};

export const pageStatedDeadlines: DeadlineDeriver = ({ order, now }: { order: Order; now: number }) =>
  (order.timers ?? []).flatMap((timer): Deadline[] => {
    const mapped = KINDS[timer.kind];
    if (!mapped || timer.endsAt === undefined) return [];
    const left = timer.endsAt - now;
    const urgency = left < 0 ? 'overdue' : left < 2 * 864e5 ? 'urgent' : left < 5 * 864e5 ? 'soon' : 'upcoming';
    return [{ orderId: order.orderId, dueAt: timer.endsAt, source: 'page', ruleId: 'page-stated', urgency, ...mapped }];
  });
