import type { Offer } from '../../model/dispute';
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
import { formatMoney } from '../format';
import { NEGOTIATING_STATUSES, openingUnknown } from '../timeline';
import type { Warning } from '../warnings';
import { REFUND_RANGE, refundExpectedBy } from './not-an-order-problem';
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
      title: 'Ask customer service about the return now',
      why: `The agreed return had to be shipped by ${day(s, due)}; after that the seller is normally paid. If you shipped it, add the tracking number to the dispute at once; if not, ask customer service whether the return can still be accepted.`,
      ruleIds: [due.ruleId, RETURN_SHIP_WITHIN_DAYS.id],
    };
  }
  return {
    branch: 'ship-return',
    action: 'ship-return',
    title: 'Ship the return and add its tracking number',
    why: `After a return is agreed it must be shipped within ${RETURN_SHIP_WITHIN_DAYS.value} days${due ? `, here by ${day(s, due)}` : ''}, or the seller is paid. Use a tracked service, keep the receipt and enter the tracking number in the dispute.`,
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
      title: 'Add the missing evidence to the dispute',
      why: `The platform decides on the evidence in the case, and it can be added until the case closes. Still missing: ${evidenceList(s)}.`,
      ruleIds: [EVIDENCE_REQUIRED_WHEN_RECEIVED.id],
      missingEvidence: s.missing,
    };
  }
  const expected = decision !== undefined && decision.at >= s.now ? decision : undefined;
  return {
    branch: 'escalated-wait',
    action: 'wait',
    title: 'Wait for the platform’s decision',
    why: `After escalation the platform intervenes within about ${PLATFORM_DECISION_DAYS.value} days${expected ? ` (here around ${day(s, expected.at)})` : ''}. Answer its questions quickly; evidence can still be added until the case closes.`,
    ruleIds: [PLATFORM_DECISION_DAYS.id],
    ...(expected && { waitUntil: expected.at }),
  };
};

export const answerOffer: Branch = (s) => {
  const offer = offerToAnswer(s);
  if (offer === undefined) return undefined;
  const base = { ruleIds: [ACCEPTING_OFFER_CLOSES_DISPUTE.id], ...until(s.t.buyerResponseDue) };
  const accept = warn(s, 'accept-offer', offer);
  const who = offer.from === 'platform' ? 'The platform' : 'The seller';
  switch (offer.resolution) {
    case 'resend':
    case 'other':
      return {
        ...base,
        branch: 'offer-resend',
        action: 'reject-offer',
        title: 'Reject the proposal and ask for your refund',
        why: `${who} proposes ${offer.resolution === 'resend' ? 'to send the item again' : 'something other than a refund'}. Accepting a proposal such as "I will resend" closes the dispute for good: if the new parcel never arrives there is no dispute left. Reject it and keep asking for ${refundText(s.refund)}; without agreement the platform steps in.`,
        warnings: [accept],
        refund: s.refund,
        exclude: ['accept-offer'],
      };
    case 'full-refund':
      return {
        ...base,
        branch: 'offer-full-refund',
        action: 'accept-offer',
        title: 'Accept the full refund',
        why: `${who} offers a full refund, the most a dispute can give. Accepting closes the dispute; check that the amount is the full price paid.`,
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
            title: 'Accept the return for a full refund',
            why: `Returning the item with the seller paying the postage gets the full price back. Once agreed, the return must be shipped within ${RETURN_SHIP_WITHIN_DAYS.value} days.`,
            ruleIds: [...base.ruleIds, RETURN_SHIP_WITHIN_DAYS.id],
            warnings: [accept],
          }
        : {
            ...base,
            branch: 'offer-return-buyer-pays',
            action: 'counter-offer',
            title: 'Counter: ask the seller to pay the return, or a refund without return',
            why: `A return can cost up to about ${RETURN_POSTAGE_UP_TO_USD.value} USD in postage, which may eat the refund. Counter with ${refundText(s.refund)} while keeping the item, or a return with postage paid by the seller.`,
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
      title: 'Counter with the refund you can justify',
      why: `The offer cannot be compared with what the problem justifies${s.refund ? ` (${refundText(s.refund)})` : ''}. Counter with a concrete amount and its reason; accepting would close the dispute.`,
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
      title: `Accept the ${formatMoney(offered)} refund`,
      why: `The offer is at least what the problem justifies (${refundText(s.refund)}): ${s.refund?.rationale ?? ''} Accepting closes the dispute.`,
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
      title: `Counter with ${formatMoney(asked)}`,
      why: `${formatMoney(offered)} is below what the problem justifies (${refundText(s.refund)}) but close: counter once with your amount and its reason. Without agreement the platform steps in.`,
      ruleIds,
      warnings: [accept],
      refund: s.refund,
    };
  }
  return {
    ...base,
    branch: 'offer-unreasonable',
    action: 'reject-offer',
    title: 'Reject the offer',
    why: `${formatMoney(offered)} is less than half of what the problem justifies (${refundText(s.refund)}). An unreasonable counter-offer is a reason to escalate: reject it and let the platform decide.`,
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
    title: 'Wait for the refund',
    why: `The seller accepted; a refund arrives within ${REFUND_RANGE}${ahead ? ` (here by ${day(s, ahead.at)})` : ''}. If it has not come by then, ask customer service for the refund reference.`,
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
  const shown = s.order.dispute?.statusText ? ` (“${s.order.dispute.statusText}”)` : '';
  const timing =
    due && due.at >= s.now
      ? ` The page's countdown runs until ${day(s, due)}.`
      : ` Its dates are not on this page: the seller normally has ${SELLER_DISPUTE_RESPONSE_DAYS.value} days to respond, counted from when the dispute was opened.`;
  return {
    branch: 'page-dispute-untracked',
    action: 'wait',
    title: 'Follow the open dispute',
    why: `A dispute is in progress${shown}.${timing} Check the dispute page for the seller's answer, and record when it was opened in the journal (the date can be in the past) so Buyer Guard can time the next steps and remind you.`,
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
      title: 'Add the missing evidence now',
      why: `Evidence is required when the item was received, and it can be added until the case closes.${due && due.at >= s.now ? ` The seller has until ${day(s, due)} to respond; add before then` : ' Add it now'}: ${evidenceList(s)}.`,
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
      title: 'Wait for the seller’s response',
      why: `The seller has ${SELLER_DISPUTE_RESPONSE_DAYS.value} days to respond to the dispute, until ${day(s, due)}; if it does not, the refund you proposed is executed automatically.`,
      ruleIds: [due.ruleId, SELLER_DISPUTE_RESPONSE_DAYS.id],
      ...until(due),
    };
  }
  const expected = refundExpectedBy(s, due.at);
  const ahead = expected !== undefined && expected.at >= s.now ? expected : undefined;
  return {
    branch: 'seller-silent-auto-refund',
    action: 'wait',
    title: 'Wait for the automatic refund',
    why: `The seller did not respond by ${day(s, due)}, so the refund you proposed should be executed automatically and arrive within ${REFUND_ARRIVAL_WORKING_DAYS.value.max} working days${ahead ? ` (by ${day(s, ahead.at)})` : ''}. If the dispute page shows otherwise, escalate.`,
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
      title: 'Wait until the promised delivery time has passed',
      why: `A "not received" dispute is not escalated while the parcel is in transit within the promised time, here until ${day(s, s.t.deliveryEstimate?.at as number)}.`,
      ruleIds: [NO_ESCALATION_IN_TRANSIT.id],
      ...(s.t.deliveryEstimate && { waitUntil: s.t.deliveryEstimate.at }),
    };
  }
  if (s.missing !== undefined && s.missing.length > 0) {
    return {
      branch: 'negotiation-add-evidence',
      action: 'add-evidence',
      title: 'Add the missing evidence before the platform steps in',
      why: `Without agreement the platform decides on the evidence in the case; still missing: ${evidenceList(s)}. Evidence can be added until the case closes.`,
      ruleIds: [EVIDENCE_REQUIRED_WHEN_RECEIVED.id],
      missingEvidence: s.missing,
    };
  }
  const possible = s.t.escalationPossible;
  const auto = s.t.escalationDue;
  const autoText =
    auto && auto.at >= s.now ? `; without agreement it happens automatically around ${day(s, auto)}` : '';
  const trigger =
    d.status === 'seller-rejected' ? 'The seller rejected the dispute' : 'The negotiation has not reached an agreement';
  const pageSaysAvailable = s.order.dispute?.escalation === 'available';
  if (pageSaysAvailable || reached(s, possible)) {
    return {
      branch: 'escalate-now',
      action: 'escalate',
      title: 'Escalate the dispute to the platform',
      why: `${trigger}. ${pageSaysAvailable ? 'The dispute page offers escalation' : `Escalation is possible ${ESCALATION_POSSIBLE_AFTER_DAYS.value} days after opening (since ${day(s, possible?.at as number)})`}${autoText}. Escalating now puts the case before the platform sooner.`,
      ruleIds: [ESCALATION_POSSIBLE_AFTER_DAYS.id, ESCALATION_AUTO_AFTER_DAYS.id],
      ...until(auto && auto.at >= s.now ? auto : undefined),
    };
  }
  return {
    branch: 'wait-for-escalation',
    action: 'wait',
    title: 'Keep negotiating until escalation is possible',
    why: `${trigger}. ${possible ? `The escalate option is expected from ${day(s, possible)}` : 'The dispute page shows when the escalate option comes'}${autoText}.`,
    ruleIds: [ESCALATION_POSSIBLE_AFTER_DAYS.id, ESCALATION_AUTO_AFTER_DAYS.id],
    ...until(possible),
  };
};

export const decidedForBuyer: Branch = (s) => {
  const d = s.dispute;
  const decision = d?.decision;
  if (d?.status !== 'decided' || decision === undefined || decision.outcome === 'seller-favour') return undefined;
  if (d.refundReceivedAt !== undefined) return resolvedFeedback();
  const expected = s.t.refundExpectedBy;
  const outcome = decision.outcome === 'partial' ? 'a partial refund' : 'in your favour';
  if (expected === undefined || s.now <= expected.at) {
    return {
      branch: 'decided-wait-refund',
      action: 'wait',
      title: 'Wait for the refund',
      why: `The platform decided ${outcome}; a refund arrives within ${REFUND_RANGE}${expected ? `, here by ${day(s, expected.at)}` : ''}.`,
      ruleIds: [REFUND_ARRIVAL_WORKING_DAYS.id],
      ...(expected && { waitUntil: expected.at }),
    };
  }
  return {
    branch: 'refund-overdue',
    action: 'contact-support',
    title: 'Ask customer service where the refund is',
    why: `The platform decided a refund${decision.at === undefined ? '' : ` on ${day(s, decision.at)}`}; it should have arrived within ${REFUND_ARRIVAL_WORKING_DAYS.value.max} working days (by ${day(s, expected.at)}). Ask customer service for the refund reference, then check with your bank.`,
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
    title: 'Appeal the decision',
    why: 'The dispute page offers an appeal of the platform’s ruling. Appeal with the evidence the ruling did not take into account; older sources call the decision final, so use it while it is offered.',
    ruleIds: [DECISION_APPEALABLE.id],
  };
};

export function resolvedFeedback(): Draft {
  return {
    branch: 'resolved-feedback',
    action: 'leave-feedback',
    title: 'Leave feedback on the seller',
    why: 'The problem is settled and the refund has arrived. Feedback tells other buyers how the seller handled it.',
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
  if (d.refundReceivedAt !== undefined || s.orderReason === undefined) return resolvedFeedback();
  if (disputeRouteFinished(d)) {
    return {
      branch: 'accepted-closed',
      action: 'wait',
      title: 'Wait for what the seller agreed to',
      why: 'You accepted the seller’s proposal, which closed the dispute for good: a new dispute about the same problem is not possible. If the seller does not keep the agreement, report the seller; your payment provider may still help.',
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
    title: 'Open a new dispute',
    why: cancelled
      ? `The dispute was cancelled while protection ran, so the cancel day counts as the order’s completion: a new dispute can be opened until ${day(s, window)} (${CANCELLED_DISPUTE_RESTARTS_WINDOW.value} days). The problem is not solved, so open it before then.`
      : `The problem is not solved and the same product may be disputed again; the last day to open a dispute is ${day(s, window)}.`,
    ruleIds: [window.ruleId, cancelled ? CANCELLED_DISPUTE_RESTARTS_WINDOW.id : DISPUTE_REOPEN_WHILE_PROTECTED.id],
    ...until(window),
    refund: s.refund,
  };
};

/** Reached when the case is in a state Buyer Guard cannot place (a ruling without its outcome). */
export const fallback: Branch = () => ({
  branch: 'status-unknown',
  action: 'wait',
  title: 'Open the dispute page',
  why: 'Buyer Guard cannot tell how this case stands. Open the order and dispute pages so they can be read; the page’s own values always win over estimates.',
  ruleIds: [PAGE_VALUE_WINS.id],
});
