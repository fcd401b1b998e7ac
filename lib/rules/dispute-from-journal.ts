import type { DisputeCase, Offer, PaymentProvider } from '../model/dispute';
import type { DisputeStatus } from '../model/dispute-status';
import { byJournalOrder, type JournalEntry, type JournalKind } from '../model/journal';
import type { OrderProblemReason } from '../model/problem';
import { chargebackFromJournal } from './provider-case';

/**
 * Entries that can only be about a running dispute: recorded (or read from a page) without an earlier
 * "I opened a dispute", they still count — the case is then one whose opening is not known.
 */
const DISPUTE_KINDS: ReadonlySet<JournalKind> = new Set<JournalKind>([
  'offer-received',
  'offer-accepted',
  'offer-rejected',
  'counter-offer-sent',
  'seller-rejected',
  'escalated',
  'decision',
  'dispute-cancelled',
  'dispute-closed',
  'evidence-added',
]);

/** A case that is over: a later "I opened a dispute" starts a new one (a reopened dispute). */
const FINISHED: ReadonlySet<DisputeStatus> = new Set<DisputeStatus>(['closed', 'cancelled', 'decided']);

export interface JournalFoldOptions {
  /** The reason when the journal does not name one (the buyer's stated problem). */
  reason?: OrderProblemReason;
  /** Who the buyer paid with, for a chargeback entry that does not say (the settings' payment method). */
  provider?: PaymentProvider;
}

/**
 * The dispute as the journal tells it, entries taken in time order whatever order they were entered in
 * (they can be backdated, and Buyer Guard adds some from what a page showed). The rules engine owns the
 * status transitions, storage only keeps entries. A later "dispute-opened" after a finished case starts
 * a new case, keeping any chargeback; during a running case it only supplies what was not known yet.
 */
export function disputeFromJournal(
  entries: readonly JournalEntry[],
  options: JournalFoldOptions = {},
): DisputeCase | undefined {
  let dispute: DisputeCase | undefined;
  for (const entry of [...entries].sort(byJournalOrder)) {
    if (entry.kind === 'dispute-opened') {
      dispute = open(entry, options.reason, dispute);
    } else if (dispute !== undefined) {
      dispute = apply(dispute, entry);
    } else if (DISPUTE_KINDS.has(entry.kind)) {
      dispute = apply(implicitCase(entry, options.reason), entry);
    }
  }
  if (dispute === undefined) return undefined;
  const chargeback = chargebackFromJournal(entries, options.provider ?? 'card');
  return chargeback ? { ...dispute, chargeback } : dispute;
}

/** A dispute known only from a later step: running, its opening unknown. */
function implicitCase(entry: JournalEntry, reason: OrderProblemReason | undefined): DisputeCase {
  return { orderId: entry.orderId, reason: reason ?? 'not-as-described', status: 'opened' };
}

function open(
  entry: JournalEntry,
  fallback: OrderProblemReason | undefined,
  previous: DisputeCase | undefined,
): DisputeCase {
  if (previous !== undefined && !FINISHED.has(previous.status)) {
    return {
      ...previous,
      ...(previous.openedAt === undefined && { openedAt: entry.at }),
      ...(entry.reason && { reason: entry.reason }),
      ...(entry.resolution && previous.requestedResolution === undefined && { requestedResolution: entry.resolution }),
      ...(entry.amount && previous.refundRequested === undefined && { refundRequested: entry.amount }),
    };
  }
  return {
    orderId: entry.orderId,
    reason: entry.reason ?? fallback ?? previous?.reason ?? 'not-as-described',
    openedAt: entry.at,
    status: 'opened',
    statusHistory: [{ status: 'opened', at: entry.at }],
    ...(entry.resolution ? { requestedResolution: entry.resolution } : {}),
    ...(entry.amount ? { refundRequested: entry.amount } : {}),
  };
}

function withStatus(dispute: DisputeCase, status: DisputeStatus, at: number): DisputeCase {
  if (dispute.status === status) return dispute;
  return { ...dispute, status, statusHistory: [...(dispute.statusHistory ?? []), { status, at }] };
}

/** Marks the last pending seller (or platform) offer with the buyer's answer. */
function answerLastOffer(dispute: DisputeCase, response: Offer['response']): { dispute: DisputeCase; offer?: Offer } {
  const offers = [...(dispute.offers ?? [])];
  for (let index = offers.length - 1; index >= 0; index -= 1) {
    const offer = offers[index] as Offer;
    if (offer.from !== 'buyer' && (offer.response === undefined || offer.response === 'pending')) {
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
    default:
      // contacted-seller, extension-requested, protection-extended, evidence-added, complaint-filed,
      // chargeback-filed/-escalated (provider-case.ts), feedback-left, note: no change to the case.
      return dispute;
  }
}
