import type { DisputeCase, Offer } from '../model/dispute';
import type { DisputeStatus } from '../model/dispute-status';
import type { JournalEntry } from '../model/journal';
import type { OrderProblemReason } from '../model/problem';

/**
 * The dispute as the buyer's journal tells it: the rules engine owns the status transitions, storage
 * only keeps entries. Entries before the first "dispute-opened" are not about a dispute and are skipped;
 * a later "dispute-opened" (a reopened dispute) starts a new case, keeping any chargeback.
 */
export function disputeFromJournal(
  entries: readonly JournalEntry[],
  options: { reason?: OrderProblemReason } = {},
): DisputeCase | undefined {
  let dispute: DisputeCase | undefined;
  for (const entry of [...entries].sort((a, b) => a.at - b.at)) {
    if (entry.kind === 'dispute-opened') {
      dispute = open(entry, options.reason, dispute);
    } else if (dispute !== undefined) {
      dispute = apply(dispute, entry);
    }
  }
  return dispute;
}

function open(
  entry: JournalEntry,
  fallback: OrderProblemReason | undefined,
  previous: DisputeCase | undefined,
): DisputeCase {
  return {
    orderId: entry.orderId,
    reason: entry.reason ?? fallback ?? previous?.reason ?? 'not-as-described',
    openedAt: entry.at,
    status: 'opened',
    statusHistory: [{ status: 'opened', at: entry.at }],
    ...(entry.resolution ? { requestedResolution: entry.resolution } : {}),
    ...(entry.amount ? { refundRequested: entry.amount } : {}),
    ...(previous?.chargeback ? { chargeback: previous.chargeback } : {}),
  };
}

function withStatus(dispute: DisputeCase, status: DisputeStatus, at: number): DisputeCase {
  if (dispute.status === status) return dispute;
  return { ...dispute, status, statusHistory: [...(dispute.statusHistory ?? []), { status, at }] };
}

/** Marks the last pending seller offer with the buyer's answer. */
function answerLastOffer(dispute: DisputeCase, response: Offer['response']): { dispute: DisputeCase; offer?: Offer } {
  const offers = [...(dispute.offers ?? [])];
  for (let index = offers.length - 1; index >= 0; index -= 1) {
    const offer = offers[index] as Offer;
    if (offer.from === 'seller' && (offer.response === undefined || offer.response === 'pending')) {
      const answered = { ...offer, response };
      offers[index] = answered;
      return { dispute: { ...dispute, offers }, offer: answered };
    }
  }
  return { dispute };
}

function apply(dispute: DisputeCase, entry: JournalEntry): DisputeCase {
  const { at } = entry;
  switch (entry.kind) {
    case 'seller-replied':
      return dispute.status === 'opened' ? withStatus(dispute, 'seller-responded', at) : dispute;
    case 'offer-received': {
      const offer: Offer = {
        from: 'seller',
        at,
        resolution: entry.resolution ?? 'other',
        ...(entry.amount ? { amount: entry.amount } : {}),
        ...(entry.returnPostagePaidBy ? { returnPostagePaidBy: entry.returnPostagePaidBy } : {}),
        ...(entry.text ? { text: entry.text } : {}),
      };
      return withStatus({ ...dispute, offers: [...(dispute.offers ?? []), offer] }, 'counter-offer', at);
    }
    case 'counter-offer-sent': {
      const { dispute: answered } = answerLastOffer(dispute, 'countered');
      const offer: Offer = {
        from: 'buyer',
        at,
        resolution: entry.resolution ?? 'partial-refund',
        ...(entry.amount ? { amount: entry.amount } : {}),
      };
      return withStatus({ ...answered, offers: [...(answered.offers ?? []), offer] }, 'counter-offer', at);
    }
    case 'offer-accepted': {
      const { dispute: answered, offer } = answerLastOffer(dispute, 'accepted');
      if (offer?.resolution === 'return-and-refund' || entry.returnRequired === true) {
        return withStatus({ ...answered, returnAgreedAt: at }, 'seller-accepted', at);
      }
      return withStatus({ ...answered, closedAt: at }, 'closed', at);
    }
    case 'offer-rejected':
      return withStatus(answerLastOffer(dispute, 'rejected').dispute, 'seller-responded', at);
    case 'seller-rejected':
      return withStatus(dispute, 'seller-rejected', at);
    case 'escalated':
      return withStatus({ ...dispute, escalatedAt: at }, 'escalated', at);
    case 'decision': {
      const decided: DisputeCase = {
        ...dispute,
        decision: {
          at,
          outcome: entry.outcome ?? 'seller-favour',
          ...(entry.amount ? { refund: entry.amount } : {}),
          ...(entry.returnRequired !== undefined ? { returnRequired: entry.returnRequired } : {}),
          ...(entry.appealable !== undefined ? { appealable: entry.appealable } : {}),
        },
        ...(entry.returnRequired ? { returnAgreedAt: at } : {}),
      };
      return withStatus(decided, 'decided', at);
    }
    case 'return-shipped':
      return { ...dispute, returnShippedAt: at };
    case 'refund-received': {
      const refunded = { ...dispute, refundReceivedAt: at };
      return dispute.status === 'decided' ? refunded : withStatus({ ...refunded, closedAt: at }, 'closed', at);
    }
    case 'dispute-cancelled':
      return withStatus({ ...dispute, cancelledAt: at }, 'cancelled', at);
    case 'dispute-closed':
      return withStatus({ ...dispute, closedAt: at }, 'closed', at);
    case 'chargeback-filed':
      return { ...dispute, chargeback: { provider: entry.provider ?? 'card', filedAt: at } };
    case 'chargeback-escalated':
      return dispute.chargeback === undefined
        ? dispute
        : { ...dispute, chargeback: { ...dispute.chargeback, escalatedAt: at } };
    default:
      // contacted-seller, extension-requested, protection-extended, evidence-added, complaint-filed,
      // feedback-left, note: the buyer's record, no change to the case.
      return dispute;
  }
}
