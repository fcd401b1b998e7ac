import type { Offer } from '../../model/dispute';
import { selectKey, sentences } from '../buyer-words';
import {
  ACCEPTING_OFFER_CLOSES_DISPUTE,
  CANCELLED_DISPUTE_RESTARTS_WINDOW,
  DECISION_APPEALABLE,
  DISPUTE_REOPEN_WHILE_PROTECTED,
  ESCALATION_AUTO_AFTER_DAYS,
  ESCALATION_POSSIBLE_AFTER_DAYS,
  FULL_REFUND_ONLY_WHEN_UNUSABLE,
  NO_ESCALATION_IN_TRANSIT,
  PAGE_VALUE_WINS,
  PLATFORM_DECISION_DAYS,
  REFUND_ARRIVAL_WORKING_DAYS,
  RETURN_POSTAGE_UP_TO_USD,
  RETURN_SHIP_WITHIN_DAYS,
  SELLER_DISPUTE_RESPONSE_DAYS,
} from '../catalog';
import { disputeRouteFinished } from '../deadlines';
import { EVIDENCE_REQUIRED_WHEN_RECEIVED } from '../evidence-requirements';
import { NEGOTIATING_STATUSES, openingUnknown } from '../timeline';
import type { Warning } from '../warnings';
import { refundExpectedBy, refundRange } from './not-an-order-problem';
import {
  type Branch,
  type Draft,
  inTransitNormally,
  offerToAnswer,
  passed,
  reached,
  type Situation,
  warn,
} from './situation';
import { day, evidenceList, refundText, until } from './wording';

/** A dispute is running or finished: the return, the proposal on the table, the seller, escalation, the ruling. */

export const shipReturn: Branch = (s) => {
  const d = s.dispute;
  const agreed = d?.returnAgreedAt !== undefined || d?.decision?.returnRequired === true;
  if (d === undefined || !agreed || d.returnShippedAt !== undefined) return undefined;
  const due = s.t.returnShipBy;
  if (due !== undefined && passed(s, due)) {
    return {
      branch: 'return-window-missed',
      action: 'contact-support',
      title: s.words.t('advice.return-window-missed.title'),
      why: s.words.t('advice.return-window-missed.why', { date: day(s, due) }),
      ruleIds: [due.ruleId, RETURN_SHIP_WITHIN_DAYS.id],
    };
  }
  return {
    branch: 'ship-return',
    action: 'ship-return',
    title: s.words.t('advice.ship-return.title'),
    why: due
      ? s.words.t('advice.ship-return.whyBy', { days: RETURN_SHIP_WITHIN_DAYS.value, date: day(s, due) })
      : s.words.t('advice.ship-return.why', { days: RETURN_SHIP_WITHIN_DAYS.value }),
    ruleIds: [due?.ruleId ?? RETURN_SHIP_WITHIN_DAYS.id],
    ...until(due),
    warnings: [warn(s, 'skip-return-shipping')],
  };
};

export const escalated: Branch = (s) => {
  if (s.dispute?.status !== 'escalated') return undefined;
  const decision = s.t.decisionExpected;
  if (s.missing !== undefined && s.missing.length > 0) {
    return {
      branch: 'escalated-add-evidence',
      action: 'add-evidence',
      title: s.words.t('advice.escalated-add-evidence.title'),
      why: s.words.t('advice.escalated-add-evidence.why', { missing: evidenceList(s) }),
      ruleIds: [EVIDENCE_REQUIRED_WHEN_RECEIVED.id],
      missingEvidence: s.missing,
    };
  }
  const expected = decision !== undefined && decision.at >= s.now ? decision : undefined;
  return {
    branch: 'escalated-wait',
    action: 'wait',
    title: s.words.t('advice.escalated-wait.title'),
    why: expected
      ? s.words.t('advice.escalated-wait.whyAround', { days: PLATFORM_DECISION_DAYS.value, date: day(s, expected.at) })
      : s.words.t('advice.escalated-wait.why', { days: PLATFORM_DECISION_DAYS.value }),
    ruleIds: [PLATFORM_DECISION_DAYS.id],
    ...(expected && { waitUntil: expected.at }),
  };
};

export const answerOffer: Branch = (s) => {
  const offer = offerToAnswer(s);
  if (offer === undefined) return undefined;
  const base = { ruleIds: [ACCEPTING_OFFER_CLOSES_DISPUTE.id], ...until(s.t.buyerResponseDue) };
  const accept = warn(s, 'accept-offer', offer);
  const from = offer.from === 'platform' ? 'platform' : 'seller';
  switch (offer.resolution) {
    case 'resend':
    case 'other':
      return {
        ...base,
        branch: 'offer-resend',
        action: 'reject-offer',
        title: s.words.t('advice.offer-resend.title'),
        why: sentences(
          s.words.t('advice.offer-resend.proposes', { from, what: selectKey(offer.resolution) }),
          s.words.t('advice.offer-resend.why', { refund: refundText(s, s.refund) }),
        ),
        warnings: [accept],
        refund: s.refund,
        exclude: ['accept-offer'],
      };
    case 'full-refund':
      return {
        ...base,
        branch: 'offer-full-refund',
        action: 'accept-offer',
        title: s.words.t('advice.offer-full-refund.title'),
        why: s.words.t('advice.offer-full-refund.why', { from }),
        warnings: [accept],
      };
    case 'partial-refund':
      return partialOffer(s, offer, base, accept);
    case 'return-and-refund':
      return offer.returnPostagePaidBy === 'seller'
        ? {
            ...base,
            branch: 'offer-return-seller-pays',
            action: 'accept-offer',
            title: s.words.t('advice.offer-return-seller-pays.title'),
            why: s.words.t('advice.offer-return-seller-pays.why', { days: RETURN_SHIP_WITHIN_DAYS.value }),
            ruleIds: [...base.ruleIds, RETURN_SHIP_WITHIN_DAYS.id],
            warnings: [accept],
          }
        : {
            ...base,
            branch: 'offer-return-buyer-pays',
            action: 'counter-offer',
            title: s.words.t('advice.offer-return-buyer-pays.title'),
            why: s.words.t('advice.offer-return-buyer-pays.why', {
              postage: s.words.money({ amount: RETURN_POSTAGE_UP_TO_USD.value, currency: 'USD' }),
              refund: refundText(s, s.refund),
            }),
            ruleIds: [...base.ruleIds, RETURN_POSTAGE_UP_TO_USD.id],
            warnings: [accept],
            refund: s.refund,
          };
  }
};

function partialOffer(
  s: Situation,
  offer: Offer,
  base: Pick<Draft, 'ruleIds' | 'until' | 'untilSource'>,
  accept: Warning,
): Draft {
  const asked = s.refund?.amount;
  const offered = offer.amount;
  const comparable = asked !== undefined && offered !== undefined && asked.currency === offered.currency;
  const ruleIds = [...base.ruleIds, FULL_REFUND_ONLY_WHEN_UNUSABLE.id];
  if (!comparable) {
    return {
      ...base,
      branch: 'offer-partial-unclear',
      action: 'counter-offer',
      title: s.words.t('advice.offer-partial-unclear.title'),
      why: s.refund
        ? s.words.t('advice.offer-partial-unclear.whyRefund', { refund: refundText(s, s.refund) })
        : s.words.t('advice.offer-partial-unclear.why'),
      ruleIds,
      warnings: [accept],
      refund: s.refund,
    };
  }
  if (offered.amount >= asked.amount) {
    return {
      ...base,
      branch: 'offer-fair',
      action: 'accept-offer',
      title: s.words.t('advice.offer-fair.title', { amount: s.words.money(offered) }),
      why: s.words.t('advice.offer-fair.why', {
        refund: refundText(s, s.refund),
        rationale: s.refund?.rationale ?? '',
      }),
      ruleIds,
      warnings: [accept],
      refund: s.refund,
    };
  }
  if (offered.amount >= asked.amount / 2) {
    return {
      ...base,
      branch: 'offer-low',
      action: 'counter-offer',
      title: s.words.t('advice.offer-low.title', { amount: s.words.money(asked) }),
      why: s.words.t('advice.offer-low.why', { offered: s.words.money(offered), refund: refundText(s, s.refund) }),
      ruleIds,
      warnings: [accept],
      refund: s.refund,
    };
  }
  return {
    ...base,
    branch: 'offer-unreasonable',
    action: 'reject-offer',
    title: s.words.t('advice.offer-unreasonable.title'),
    why: s.words.t('advice.offer-unreasonable.why', {
      offered: s.words.money(offered),
      refund: refundText(s, s.refund),
    }),
    ruleIds,
    warnings: [accept],
    refund: s.refund,
    exclude: ['accept-offer'],
  };
}

export const acceptedWaitRefund: Branch = (s) => {
  const d = s.dispute;
  if (d?.status !== 'seller-accepted') return undefined;
  const acceptedAt = (d.statusHistory ?? []).filter((change) => change.status === 'seller-accepted').at(-1)?.at;
  const expected = refundExpectedBy(s, acceptedAt);
  const ahead = expected !== undefined && expected.at >= s.now ? expected : undefined;
  return {
    branch: 'accepted-wait-refund',
    action: 'wait',
    title: s.words.t('advice.accepted-wait-refund.title'),
    why: ahead
      ? s.words.t('advice.accepted-wait-refund.whyBy', { range: refundRange(s), date: day(s, ahead.at) })
      : s.words.t('advice.accepted-wait-refund.why', { range: refundRange(s) }),
    ruleIds: [REFUND_ARRIVAL_WORKING_DAYS.id],
    ...(ahead && { waitUntil: ahead.at }),
  };
};

/**
 * A dispute whose opening Buyer Guard does not know and whose page shows no countdown or proposal yet:
 * follow it on the dispute page; nothing is estimated from the unknown opening.
 */
export const pageDisputeUntracked: Branch = (s) => {
  if (!openingUnknown(s.dispute) || s.dispute?.status !== 'opened') return undefined;
  const due = s.t.buyerResponseDue ?? s.t.sellerResponseDue;
  const status = s.order.dispute?.statusText;
  return {
    branch: 'page-dispute-untracked',
    action: 'wait',
    title: s.words.t('advice.page-dispute-untracked.title'),
    why: sentences(
      status
        ? s.words.t('advice.page-dispute-untracked.inProgressShown', { status })
        : s.words.t('advice.page-dispute-untracked.inProgress'),
      due && due.at >= s.now
        ? s.words.t('advice.page-dispute-untracked.countdown', { date: day(s, due) })
        : s.words.t('advice.page-dispute-untracked.noDates', { days: SELLER_DISPUTE_RESPONSE_DAYS.value }),
      s.words.t('advice.page-dispute-untracked.record'),
    ),
    ruleIds: [SELLER_DISPUTE_RESPONSE_DAYS.id],
    ...until(due && due.at >= s.now ? due : undefined),
    exclude: ['open-dispute'],
  };
};

export const openedWaiting: Branch = (s) => {
  if (s.dispute?.status !== 'opened') return undefined;
  const due = s.t.sellerResponseDue;
  if (s.missing !== undefined && s.missing.length > 0) {
    return {
      branch: 'opened-add-evidence',
      action: 'add-evidence',
      title: s.words.t('advice.opened-add-evidence.title'),
      why:
        due && due.at >= s.now
          ? s.words.t('advice.opened-add-evidence.whyBy', { date: day(s, due), missing: evidenceList(s) })
          : s.words.t('advice.opened-add-evidence.why', { missing: evidenceList(s) }),
      ruleIds: [EVIDENCE_REQUIRED_WHEN_RECEIVED.id, ...(due ? [due.ruleId] : [])],
      missingEvidence: s.missing,
      ...until(due && due.at >= s.now ? due : undefined),
    };
  }
  if (due === undefined) return undefined;
  if (s.now <= due.at) {
    return {
      branch: 'opened-wait-seller',
      action: 'wait',
      title: s.words.t('advice.opened-wait-seller.title'),
      why: s.words.t('advice.opened-wait-seller.why', { days: SELLER_DISPUTE_RESPONSE_DAYS.value, date: day(s, due) }),
      ruleIds: [due.ruleId, SELLER_DISPUTE_RESPONSE_DAYS.id],
      ...until(due),
    };
  }
  const expected = refundExpectedBy(s, due.at);
  const ahead = expected !== undefined && expected.at >= s.now ? expected : undefined;
  return {
    branch: 'seller-silent-auto-refund',
    action: 'wait',
    title: s.words.t('advice.seller-silent-auto-refund.title'),
    why: ahead
      ? s.words.t('advice.seller-silent-auto-refund.whyBy', {
          date: day(s, due),
          max: REFUND_ARRIVAL_WORKING_DAYS.value.max,
          expected: day(s, ahead.at),
        })
      : s.words.t('advice.seller-silent-auto-refund.why', {
          date: day(s, due),
          max: REFUND_ARRIVAL_WORKING_DAYS.value.max,
        }),
    ruleIds: [SELLER_DISPUTE_RESPONSE_DAYS.id, REFUND_ARRIVAL_WORKING_DAYS.id],
    ...(ahead && { waitUntil: ahead.at }),
  };
};

export const negotiating: Branch = (s) => {
  const d = s.dispute;
  if (d === undefined || !NEGOTIATING_STATUSES.has(d.status)) return undefined;
  if (s.orderReason === 'not-received' && inTransitNormally(s)) {
    return {
      branch: 'negotiation-in-transit',
      action: 'wait',
      title: s.words.t('advice.negotiation-in-transit.title'),
      why: s.words.t('advice.negotiation-in-transit.why', { date: day(s, s.t.deliveryEstimate?.at as number) }),
      ruleIds: [NO_ESCALATION_IN_TRANSIT.id],
      ...(s.t.deliveryEstimate && { waitUntil: s.t.deliveryEstimate.at }),
    };
  }
  if (s.missing !== undefined && s.missing.length > 0) {
    return {
      branch: 'negotiation-add-evidence',
      action: 'add-evidence',
      title: s.words.t('advice.negotiation-add-evidence.title'),
      why: s.words.t('advice.negotiation-add-evidence.why', { missing: evidenceList(s) }),
      ruleIds: [EVIDENCE_REQUIRED_WHEN_RECEIVED.id],
      missingEvidence: s.missing,
    };
  }
  const possible = s.t.escalationPossible;
  const auto = s.t.escalationDue;
  const autoDate = auto && auto.at >= s.now ? day(s, auto) : undefined;
  const trigger = s.words.t(
    d.status === 'seller-rejected' ? 'advice.trigger.seller-rejected' : 'advice.trigger.no-agreement',
  );
  const pageSaysAvailable = s.order.dispute?.escalation === 'available';
  if (pageSaysAvailable || reached(s, possible)) {
    const since = () => ({ days: ESCALATION_POSSIBLE_AFTER_DAYS.value, date: day(s, possible?.at as number) });
    const when = pageSaysAvailable
      ? autoDate
        ? s.words.t('advice.escalate-now.pageOffersAuto', { auto: autoDate })
        : s.words.t('advice.escalate-now.pageOffers')
      : autoDate
        ? s.words.t('advice.escalate-now.sinceAuto', { ...since(), auto: autoDate })
        : s.words.t('advice.escalate-now.since', since());
    return {
      branch: 'escalate-now',
      action: 'escalate',
      title: s.words.t('advice.escalate-now.title'),
      why: sentences(trigger, when, s.words.t('advice.escalate-now.sooner')),
      ruleIds: [ESCALATION_POSSIBLE_AFTER_DAYS.id, ESCALATION_AUTO_AFTER_DAYS.id],
      ...until(auto && auto.at >= s.now ? auto : undefined),
    };
  }
  return {
    branch: 'wait-for-escalation',
    action: 'wait',
    title: s.words.t('advice.wait-for-escalation.title'),
    why: sentences(
      trigger,
      possible
        ? autoDate
          ? s.words.t('advice.wait-for-escalation.expectedAuto', { date: day(s, possible), auto: autoDate })
          : s.words.t('advice.wait-for-escalation.expected', { date: day(s, possible) })
        : autoDate
          ? s.words.t('advice.wait-for-escalation.pageShowsAuto', { auto: autoDate })
          : s.words.t('advice.wait-for-escalation.pageShows'),
    ),
    ruleIds: [ESCALATION_POSSIBLE_AFTER_DAYS.id, ESCALATION_AUTO_AFTER_DAYS.id],
    ...until(possible),
  };
};

export const decidedForBuyer: Branch = (s) => {
  const d = s.dispute;
  const decision = d?.decision;
  if (d?.status !== 'decided' || decision === undefined || decision.outcome === 'seller-favour') return undefined;
  if (d.refundReceivedAt !== undefined) return resolvedFeedback(s);
  const expected = s.t.refundExpectedBy;
  const outcome = decision.outcome;
  if (expected === undefined || s.now <= expected.at) {
    return {
      branch: 'decided-wait-refund',
      action: 'wait',
      title: s.words.t('advice.decided-wait-refund.title'),
      why: expected
        ? s.words.t('advice.decided-wait-refund.whyBy', { outcome, range: refundRange(s), date: day(s, expected.at) })
        : s.words.t('advice.decided-wait-refund.why', { outcome, range: refundRange(s) }),
      ruleIds: [REFUND_ARRIVAL_WORKING_DAYS.id],
      ...(expected && { waitUntil: expected.at }),
    };
  }
  return {
    branch: 'refund-overdue',
    action: 'contact-support',
    title: s.words.t('advice.refund-overdue.title'),
    why:
      decision.at === undefined
        ? s.words.t('advice.decided-refund-overdue.why', {
            max: REFUND_ARRIVAL_WORKING_DAYS.value.max,
            expected: day(s, expected.at),
          })
        : s.words.t('advice.decided-refund-overdue.whyOn', {
            decided: day(s, decision.at),
            max: REFUND_ARRIVAL_WORKING_DAYS.value.max,
            expected: day(s, expected.at),
          }),
    ruleIds: [REFUND_ARRIVAL_WORKING_DAYS.id],
  };
};

/** Lost, and the page offers an appeal: the platform route is not over yet. */
export const decisionAppeal: Branch = (s) => {
  const decision = s.dispute?.decision;
  if (s.dispute?.status !== 'decided' || decision?.outcome !== 'seller-favour' || decision.appealable !== true) {
    return undefined;
  }
  return {
    branch: 'decision-appeal',
    action: 'appeal',
    title: s.words.t('advice.decision-appeal.title'),
    why: s.words.t('advice.decision-appeal.why'),
    ruleIds: [DECISION_APPEALABLE.id],
  };
};

export function resolvedFeedback(s: Situation): Draft {
  return {
    branch: 'resolved-feedback',
    action: 'leave-feedback',
    title: s.words.t('advice.resolved-feedback.title'),
    why: s.words.t('advice.resolved-feedback.why'),
    ruleIds: [],
  };
}

/**
 * A dispute that ended without a ruling. Cancelled: the one rule of the deadline list (the cancel day
 * + 15 days while protection ran, nothing after it ended). Closed otherwise: another dispute while the
 * usual window lasts. Settled by accepting a proposal: that closed it for good.
 */
export const endedDispute: Branch = (s) => {
  const d = s.dispute;
  if (d === undefined || (d.status !== 'closed' && d.status !== 'cancelled')) return undefined;
  if (d.refundReceivedAt !== undefined || s.orderReason === undefined) return resolvedFeedback(s);
  if (disputeRouteFinished(d)) {
    return {
      branch: 'accepted-closed',
      action: 'wait',
      title: s.words.t('advice.accepted-closed.title'),
      why: s.words.t('advice.accepted-closed.why'),
      ruleIds: [ACCEPTING_OFFER_CLOSES_DISPUTE.id],
    };
  }
  const window = s.t.disputeWindowCloses;
  if (window === undefined || window.at < s.now) return undefined;
  // Not before "Open dispute" is available again (the page's date, or the 11th day after shipping).
  if (s.t.disputeOpens !== undefined && !reached(s, s.t.disputeOpens)) return undefined;
  // The cancel-day rule needs the cancel day; a cancellation only a page showed keeps the usual window.
  const cancelled =
    d.status === 'cancelled' && d.cancelledAt !== undefined && window.ruleId === CANCELLED_DISPUTE_RESTARTS_WINDOW.id;
  return {
    branch: 'reopen-dispute',
    action: 'open-dispute',
    title: s.words.t('advice.reopen-dispute.title'),
    why: cancelled
      ? s.words.t('advice.reopen-dispute.whyCancelled', {
          date: day(s, window),
          days: CANCELLED_DISPUTE_RESTARTS_WINDOW.value,
        })
      : s.words.t('advice.reopen-dispute.why', { date: day(s, window) }),
    ruleIds: [window.ruleId, cancelled ? CANCELLED_DISPUTE_RESTARTS_WINDOW.id : DISPUTE_REOPEN_WHILE_PROTECTED.id],
    ...until(window),
    refund: s.refund,
  };
};

/** Reached when the case is in a state Buyer Guard cannot place (a ruling without its outcome). */
export const fallback: Branch = (s) => ({
  branch: 'status-unknown',
  action: 'wait',
  title: s.words.t('advice.dispute-status-unknown.title'),
  why: s.words.t('advice.dispute-status-unknown.why'),
  ruleIds: [PAGE_VALUE_WINS.id],
});
