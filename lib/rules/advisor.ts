import type { DisputeCase, Offer } from '../model/dispute';
import type { JournalEntry } from '../model/journal';
import type { Order } from '../model/order';
import type { Problem } from '../model/problem';
import { isOrderProblem, type OrderProblemReason, problemGroupOf } from '../model/problem-reasons';
import type { Instant } from '../model/time';
import type { Advice, AdviceAction, AdviceOption } from './advice';
import {
  ACCEPTING_OFFER_CLOSES_DISPUTE,
  BUYER_PROTECTION_MAX_DAYS,
  COMPLAINT_REVIEW_TIME_FIXED,
  DECISION_APPEALABLE,
  DISPUTE_OPENS_AFTER_SHIPPING_DAYS,
  DISPUTE_REOPEN_WHILE_PROTECTED,
  DISPUTE_WINDOW_DAYS,
  ESCALATION_AUTO_AFTER_DAYS,
  ESCALATION_POSSIBLE_AFTER_DAYS,
  EXTEND_PROTECTION_ASK_DAYS_BEFORE,
  FULL_REFUND_ONLY_WHEN_UNUSABLE,
  NO_ESCALATION_IN_TRANSIT,
  NOT_COVERED_BY_PROTECTION,
  NOT_RECEIVED_WAITS_FOR_DELIVERY_TIME,
  PAGE_VALUE_WINS,
  PLATFORM_DECISION_DAYS,
  REFUND_ARRIVAL_WORKING_DAYS,
  RETURN_POSTAGE_UP_TO_USD,
  RETURN_SHIP_WITHIN_DAYS,
  SELLER_CHAT_REPLY_BUSINESS_DAYS,
  SELLER_DISPUTE_RESPONSE_DAYS,
  SELLER_EXTENSION_ANSWER_HOURS,
} from './catalog';
import { type ComplaintChoice, complaintFor } from './complaints';
import { DISPUTE_FORM_REASONS } from './dispute-reasons';
import { EVIDENCE_REQUIRED_WHEN_RECEIVED, missingEvidence } from './evidence-requirements';
import { formatDay, formatMoney } from './format';
import { type RefundSuggestion, severityOf, suggestRefund } from './refund';
import type { RuleSettings } from './settings';
import {
  type Dated,
  deriveTimeline,
  isDisputeActive,
  NEGOTIATING_STATUSES,
  pageOnlyDispute,
  pageTimer,
  type Timeline,
} from './timeline';
import { URGENCY_THRESHOLDS } from './urgency';
import { pendingSellerOffer, type Warning, type WarningContext, warningFor } from './warnings';
import { addBusinessDaysInZone } from './zoned-time';

export interface AdviceInput {
  order: Order;
  dispute?: DisputeCase;
  problem?: Problem;
  now: Instant;
  timeZone: string;
  settings?: RuleSettings;
  /** The buyer's journal for this order (contacted seller, extension requested…), any order. */
  journal?: readonly JournalEntry[];
  /**
   * Checklist item ids already covered by evidence files. Absent: unknown (evidence is then offered as
   * an alternative, never demanded); present: missing required items become a step of their own.
   */
  evidenceItemIds?: readonly string[];
}

const HOUR_MS = 3_600_000;
/** "1–2": the usual range; the rule's value is its upper end. */
const SELLER_CHAT_REPLY = `1–${SELLER_CHAT_REPLY_BUSINESS_DAYS.value}`;
const DAY_MS = 24 * HOUR_MS;

/** Everything the branches look at, computed once. */
interface Situation {
  input: AdviceInput;
  order: Order;
  dispute?: DisputeCase;
  problem?: Problem;
  orderReason?: OrderProblemReason;
  now: Instant;
  timeZone: string;
  t: Timeline;
  refund?: RefundSuggestion;
  complaint?: ComplaintChoice;
  contactedSellerAt?: Instant;
  sellerReplied: boolean;
  extensionRequestedAt?: Instant;
  extended: boolean;
  missing?: ReturnType<typeof missingEvidence>;
  received: boolean;
}

type Draft = Omit<Advice, 'alternatives' | 'warnings'> & { warnings?: Warning[]; exclude?: AdviceAction[] };
type Branch = (s: Situation) => Draft | undefined;

/**
 * The one next step for an order, with why (rule and date), the alternatives still open and the
 * warnings that matter. Pure and deterministic: the branches below are checked in order and the first
 * that applies decides (ADVICE_BRANCHES lists them; tests reach every one).
 */
export function nextStep(input: AdviceInput): Advice {
  const s = situationOf(input);
  for (const branch of BRANCHES) {
    const draft = branch(s);
    if (draft !== undefined) return finish(s, draft);
  }
  /* v8 ignore next -- the last branch always answers */
  throw new Error('advisor: no branch answered');
}

function situationOf(input: AdviceInput): Situation {
  const { order, dispute, problem, now, timeZone, settings } = input;
  const t = deriveTimeline({ order, dispute, timeZone, settings });
  const journal = [...(input.journal ?? [])].sort((a, b) => a.at - b.at);
  const last = (kind: JournalEntry['kind']) => journal.filter((entry) => entry.kind === kind).at(-1)?.at;
  const contactedSellerAt = last('contacted-seller');
  const repliedAt = last('seller-replied');
  const extensionRequestedAt = last('extension-requested');
  const extendedAt = last('protection-extended');
  const orderReason = problem !== undefined && isOrderProblem(problem.reason) ? problem.reason : undefined;
  const received = orderReason === undefined ? true : DISPUTE_FORM_REASONS[orderReason].itemReceived;
  return {
    input,
    order,
    dispute,
    problem,
    orderReason,
    now,
    timeZone,
    t,
    refund: problem === undefined ? undefined : suggestRefund(order, problem),
    complaint: problem === undefined ? undefined : complaintFor(problem.reason, settings?.complaintList),
    contactedSellerAt,
    sellerReplied: contactedSellerAt !== undefined && repliedAt !== undefined && repliedAt >= contactedSellerAt,
    extensionRequestedAt,
    extended: extensionRequestedAt !== undefined && extendedAt !== undefined && extendedAt >= extensionRequestedAt,
    missing:
      problem === undefined || input.evidenceItemIds === undefined || !received
        ? undefined
        : missingEvidence(problem.reason, input.evidenceItemIds),
    received,
  };
}

// ── Wording helpers ───────────────────────────────────────────────────────────────────────────────

function day(s: Situation, dated: Dated | Instant): string {
  if (typeof dated === 'number') return formatDay(dated, s.timeZone);
  const how = dated.source === 'page' ? 'as the order page states' : 'estimated';
  return `${formatDay(dated.at, s.timeZone)} (${how})`;
}

function until(dated: Dated | undefined): Pick<Advice, 'until' | 'untilSource'> {
  return dated === undefined ? {} : { until: dated.at, untilSource: dated.source };
}

function refundText(refund: RefundSuggestion | undefined): string {
  if (refund === undefined) return 'a refund';
  const amount = refund.amount === undefined ? '' : ` of ${formatMoney(refund.amount)}`;
  return `a ${refund.resolution === 'full-refund' ? 'full' : 'partial'} refund${amount}`;
}

function evidenceList(s: Situation): string {
  return (s.missing ?? []).map((item) => item.what.toLowerCase()).join('; ');
}

const within = (s: Situation, dated: Dated | undefined, ms: number) =>
  dated !== undefined && dated.at >= s.now && dated.at - s.now <= ms;
const passed = (s: Situation, dated: Dated | undefined) => dated !== undefined && dated.at < s.now;
const reached = (s: Situation, dated: Dated | undefined) => dated !== undefined && dated.at <= s.now;

function refundExpectedBy(s: Situation, from: Instant | undefined): Dated | undefined {
  if (from === undefined) return undefined;
  return {
    at: addBusinessDaysInZone(from, REFUND_ARRIVAL_WORKING_DAYS.value.max, s.timeZone),
    source: 'estimate',
    ruleId: REFUND_ARRIVAL_WORKING_DAYS.id,
  };
}

function chargebackOpen(s: Situation): boolean {
  return (
    s.dispute?.chargeback === undefined &&
    s.t.chargebackWindowCloses !== undefined &&
    s.now <= s.t.chargebackWindowCloses.at
  );
}

function inTransitNormally(s: Situation): boolean {
  const lastStage = s.order.tracking?.events?.at(-1)?.stage;
  return (
    s.order.status === 'shipped' &&
    s.t.deliveredAt === undefined &&
    lastStage !== 'exception' &&
    lastStage !== 'returning' &&
    s.t.deliveryEstimate !== undefined &&
    s.now <= s.t.deliveryEstimate.at
  );
}

function disputeAvailable(s: Situation): boolean {
  return (
    s.orderReason !== undefined &&
    !isDisputeActive(s.dispute) &&
    !pageOnlyDispute(s.order, s.dispute) &&
    s.dispute?.status !== 'decided' &&
    (s.t.disputeOpens === undefined || reached(s, s.t.disputeOpens)) &&
    (s.t.disputeWindowCloses === undefined || s.now <= s.t.disputeWindowCloses.at)
  );
}

function warn(s: Situation, step: Parameters<typeof warningFor>[0], offer?: Offer): Warning {
  const context: WarningContext = { ...s.input, ...(offer ? { offer } : {}) };
  return warningFor(step, context);
}

// ── Branches ──────────────────────────────────────────────────────────────────────────────────────

const accountQuestion: Branch = (s) =>
  s.problem?.reason !== 'account-question'
    ? undefined
    : {
        branch: 'account-question',
        action: 'contact-support',
        title: 'Ask customer service',
        why: 'Account and general questions go to customer service (the AI assistant, sometimes a live agent); it is weak for order problems, which go through a dispute.',
        ruleIds: [],
      };

const reportMisconduct: Branch = (s) => {
  if (s.problem === undefined || problemGroupOf(s.problem.reason) !== 'misconduct' || s.complaint === undefined) {
    return undefined;
  }
  const choice = s.complaint;
  const category = `${choice.category.label}${choice.subType ? ` — ${choice.subType.label}` : ''}`;
  const offPlatform =
    s.problem.reason === 'pay-outside-platform'
      ? ` Never pay outside the platform: ${NOT_COVERED_BY_PROTECTION.value.at(-1)} are not covered by buyer protection.`
      : '';
  return {
    branch: 'report-misconduct',
    action: 'report-seller',
    title: 'Report the seller',
    why: `Seller misconduct is reported through the Complaint Center (or "Report item" on the product page), category "${category}". ${choice.note}${offPlatform} Keep screenshots of every message; reports are followed under "My reports"${COMPLAINT_REVIEW_TIME_FIXED.value ? '' : ', with no fixed review time'}.`,
    ruleIds: [],
    complaint: choice,
    warnings: s.problem.reason === 'confirm-before-arrival' ? [warn(s, 'confirm-receipt')] : [],
  };
};

const refundWaiting: Branch = (s) => {
  const reason = s.problem?.reason;
  if (reason !== 'refund-not-received' && reason !== 'order-cancelled') return undefined;
  const decidedAt = s.dispute?.decision?.outcome === 'seller-favour' ? undefined : s.dispute?.decision?.at;
  const expected = s.t.refundExpectedBy ?? refundExpectedBy(s, decidedAt ?? s.problem?.since);
  const range = `${REFUND_ARRIVAL_WORKING_DAYS.value.min}–${REFUND_ARRIVAL_WORKING_DAYS.value.max} working days`;
  if (expected !== undefined && s.now <= expected.at) {
    return {
      branch: 'refund-in-transit',
      action: 'wait',
      title: 'Wait for the refund to arrive',
      why: `A refund takes ${range} to reach the account it was paid from; counted from the refund, that is until ${day(s, expected)}. Banks can add a few days.`,
      ruleIds: [REFUND_ARRIVAL_WORKING_DAYS.id],
      ...until(expected),
    };
  }
  return {
    branch: 'refund-overdue',
    action: 'contact-support',
    title: 'Ask customer service where the refund is',
    why: `A refund normally arrives within ${range}${expected === undefined ? '' : ` (here by ${day(s, expected)})`}. Ask customer service for the refund reference, then check with your bank.`,
    ruleIds: [REFUND_ARRIVAL_WORKING_DAYS.id],
  };
};

const paymentProblem: Branch = (s) =>
  s.problem === undefined || problemGroupOf(s.problem.reason) !== 'payment'
    ? undefined
    : {
        branch: 'payment-problem',
        action: 'contact-support',
        title: 'Contact customer service about the payment',
        why: 'Payment errors and money not credited are handled by customer service, not by a dispute with the seller. Keep the bank statement line or receipt ready.',
        ruleIds: [],
      };

const shipReturn: Branch = (s) => {
  const d = s.dispute;
  const agreed = d?.returnAgreedAt !== undefined || d?.decision?.returnRequired === true;
  if (d === undefined || !agreed || d.returnShippedAt !== undefined) return undefined;
  const due = s.t.returnShipBy;
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

const escalated: Branch = (s) => {
  if (s.dispute?.status !== 'escalated') return undefined;
  if (s.missing !== undefined && s.missing.length > 0) {
    return {
      branch: 'escalated-add-evidence',
      action: 'add-evidence',
      title: 'Add the missing evidence to the dispute',
      why: `The platform decides on the evidence in the case, and it can be added until the case closes. Still missing: ${evidenceList(s)}.`,
      ruleIds: [EVIDENCE_REQUIRED_WHEN_RECEIVED.id],
      missingEvidence: s.missing,
      ...until(s.t.decisionExpected),
    };
  }
  return {
    branch: 'escalated-wait',
    action: 'wait',
    title: 'Wait for the platform’s decision',
    why: `After escalation the platform intervenes within about ${PLATFORM_DECISION_DAYS.value} days${s.t.decisionExpected ? ` (here around ${day(s, s.t.decisionExpected)})` : ''}. Answer its questions quickly; evidence can still be added until the case closes.`,
    ruleIds: [PLATFORM_DECISION_DAYS.id],
    ...until(s.t.decisionExpected),
  };
};

const answerOffer: Branch = (s) => {
  const d = s.dispute;
  if (d === undefined || !isDisputeActive(d)) return undefined;
  const offer = pendingSellerOffer(d);
  if (offer === undefined) return undefined;
  const answerBy = until(s.t.buyerResponseDue);
  const base = { ruleIds: [ACCEPTING_OFFER_CLOSES_DISPUTE.id], ...answerBy };
  const accept = warn(s, 'accept-offer', offer);
  switch (offer.resolution) {
    case 'resend':
    case 'other':
      return {
        ...base,
        branch: 'offer-resend',
        action: 'reject-offer',
        title: 'Reject the proposal and ask for your refund',
        why: `Accepting a proposal such as "I will resend" closes the dispute for good: if the new parcel never arrives there is no dispute left. Reject it and keep asking for ${refundText(s.refund)}; without agreement the platform steps in.`,
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
        why: 'The seller offers a full refund, the most a dispute can give. Accepting closes the dispute; check that the amount is the full price paid.',
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
  if (!comparable) {
    return {
      ...base,
      branch: 'offer-partial-unclear',
      action: 'counter-offer',
      title: 'Counter with the refund you can justify',
      why: `The offer cannot be compared with what the problem justifies${s.refund ? ` (${refundText(s.refund)})` : ''}. Counter with a concrete amount and its reason; accepting would close the dispute.`,
      ruleIds: [...base.ruleIds, FULL_REFUND_ONLY_WHEN_UNUSABLE.id],
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
      ruleIds: [...base.ruleIds, FULL_REFUND_ONLY_WHEN_UNUSABLE.id],
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
      ruleIds: [...base.ruleIds, FULL_REFUND_ONLY_WHEN_UNUSABLE.id],
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
    ruleIds: [...base.ruleIds, FULL_REFUND_ONLY_WHEN_UNUSABLE.id],
    warnings: [accept],
    refund: s.refund,
    exclude: ['accept-offer'],
  };
}

const acceptedWaitRefund: Branch = (s) => {
  const d = s.dispute;
  if (d?.status !== 'seller-accepted') return undefined;
  const acceptedAt = (d.statusHistory ?? []).filter((change) => change.status === 'seller-accepted').at(-1)?.at;
  const expected = refundExpectedBy(s, acceptedAt ?? s.now);
  return {
    branch: 'accepted-wait-refund',
    action: 'wait',
    title: 'Wait for the refund',
    why: `The seller accepted; a refund arrives within ${REFUND_ARRIVAL_WORKING_DAYS.value.min}–${REFUND_ARRIVAL_WORKING_DAYS.value.max} working days (here by ${day(s, expected as Dated)}).`,
    ruleIds: [REFUND_ARRIVAL_WORKING_DAYS.id],
    ...until(expected),
  };
};

const openedWaiting: Branch = (s) => {
  if (s.dispute?.status !== 'opened') return undefined;
  const due = s.t.sellerResponseDue as Dated;
  if (s.missing !== undefined && s.missing.length > 0) {
    return {
      branch: 'opened-add-evidence',
      action: 'add-evidence',
      title: 'Add the missing evidence now',
      why: `Evidence is required when the item was received, and it can be added until the case closes. The seller has until ${day(s, due)} to respond; add before then: ${evidenceList(s)}.`,
      ruleIds: [EVIDENCE_REQUIRED_WHEN_RECEIVED.id, due.ruleId],
      missingEvidence: s.missing,
      ...until(due),
    };
  }
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
  const expected = refundExpectedBy(s, due.at) as Dated;
  return {
    branch: 'seller-silent-auto-refund',
    action: 'wait',
    title: 'Wait for the automatic refund',
    why: `The seller did not respond by ${day(s, due)}, so the refund you proposed should be executed automatically and arrive within ${REFUND_ARRIVAL_WORKING_DAYS.value.max} working days (by ${day(s, expected)}). If the dispute page shows otherwise, escalate.`,
    ruleIds: [SELLER_DISPUTE_RESPONSE_DAYS.id, REFUND_ARRIVAL_WORKING_DAYS.id],
    ...until(expected),
  };
};

const negotiating: Branch = (s) => {
  const d = s.dispute;
  if (d === undefined || !NEGOTIATING_STATUSES.has(d.status)) return undefined;
  if (s.orderReason === 'not-received' && inTransitNormally(s)) {
    return {
      branch: 'negotiation-in-transit',
      action: 'wait',
      title: 'Wait until the promised delivery time has passed',
      why: `A "not received" dispute is not escalated while the parcel is in transit within the promised time, here until ${day(s, s.t.deliveryEstimate as Dated)}.`,
      ruleIds: [NO_ESCALATION_IN_TRANSIT.id],
      ...until(s.t.deliveryEstimate),
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
      ...until(s.t.escalationDue),
    };
  }
  const possible = s.t.escalationPossible as Dated;
  const trigger =
    d.status === 'seller-rejected' ? 'The seller rejected the dispute' : 'The negotiation has not reached an agreement';
  if (reached(s, possible)) {
    return {
      branch: 'escalate-now',
      action: 'escalate',
      title: 'Escalate the dispute to the platform',
      why: `${trigger}. Escalation is possible ${ESCALATION_POSSIBLE_AFTER_DAYS.value} days after opening (since ${day(s, possible)}), and without agreement it happens automatically around ${day(s, s.t.escalationDue as Dated)}. Escalating now puts the case before the platform sooner.`,
      ruleIds: [ESCALATION_POSSIBLE_AFTER_DAYS.id, ESCALATION_AUTO_AFTER_DAYS.id],
      ...until(s.t.escalationDue),
    };
  }
  return {
    branch: 'wait-for-escalation',
    action: 'wait',
    title: 'Keep negotiating until escalation is possible',
    why: `${trigger}. The escalate option is expected from ${day(s, possible)}; without agreement the platform steps in automatically around ${day(s, s.t.escalationDue as Dated)}.`,
    ruleIds: [ESCALATION_POSSIBLE_AFTER_DAYS.id, ESCALATION_AUTO_AFTER_DAYS.id],
    ...until(possible),
  };
};

const decided: Branch = (s) => {
  const d = s.dispute;
  if (d?.status !== 'decided' || d.decision === undefined) return undefined;
  const decision = d.decision;
  if (decision.outcome !== 'seller-favour') {
    if (d.refundReceivedAt !== undefined) return resolvedFeedback(s);
    const expected = s.t.refundExpectedBy as Dated;
    if (s.now <= expected.at) {
      return {
        branch: 'decided-wait-refund',
        action: 'wait',
        title: 'Wait for the refund',
        why: `The platform decided ${decision.outcome === 'partial' ? 'a partial refund' : 'in your favour'}; a refund arrives within ${REFUND_ARRIVAL_WORKING_DAYS.value.min}–${REFUND_ARRIVAL_WORKING_DAYS.value.max} working days, here by ${day(s, expected)}.`,
        ruleIds: [REFUND_ARRIVAL_WORKING_DAYS.id],
        ...until(expected),
      };
    }
    return {
      branch: 'refund-overdue',
      action: 'contact-support',
      title: 'Ask customer service where the refund is',
      why: `The platform decided a refund on ${day(s, decision.at)}; it should have arrived within ${REFUND_ARRIVAL_WORKING_DAYS.value.max} working days (by ${day(s, expected)}). Ask customer service for the refund reference, then check with your bank.`,
      ruleIds: [REFUND_ARRIVAL_WORKING_DAYS.id],
    };
  }
  if (decision.appealable === true) {
    return {
      branch: 'decision-appeal',
      action: 'appeal',
      title: 'Appeal the decision',
      why: 'The dispute page offers an appeal of the platform’s ruling. Appeal with the evidence the ruling did not take into account; older sources call the decision final, so use it while it is offered.',
      ruleIds: [DECISION_APPEALABLE.id],
    };
  }
  if (chargebackOpen(s)) {
    const closes = s.t.chargebackWindowCloses as Dated;
    return {
      branch: 'lost-chargeback',
      action: 'chargeback',
      title: `Ask ${s.t.chargebackWindowCloses?.provider === 'paypal' ? 'PayPal' : 'your bank'} for a chargeback`,
      why: `The platform ruled for the seller, so the platform route is exhausted. Your payment provider is the last route: its window closes ${day(s, closes)}.`,
      ruleIds: [closes.ruleId],
      ...until(closes),
      warnings: [warn(s, 'file-chargeback')],
    };
  }
  return {
    branch: 'lost-feedback',
    action: 'leave-feedback',
    title: 'Leave honest feedback on the seller',
    why: 'The platform ruled for the seller and no other route is open. Honest feedback warns other buyers.',
    ruleIds: [],
  };
};

function resolvedFeedback(_s: Situation): Draft {
  return {
    branch: 'resolved-feedback',
    action: 'leave-feedback',
    title: 'Leave feedback on the seller',
    why: 'The problem is settled and the refund has arrived. Feedback tells other buyers how the seller handled it.',
    ruleIds: [],
  };
}

const closedDispute: Branch = (s) => {
  const d = s.dispute;
  if (d === undefined || (d.status !== 'closed' && d.status !== 'cancelled' && d.status !== 'decided'))
    return undefined;
  if (d.refundReceivedAt !== undefined || s.orderReason === undefined) return resolvedFeedback(s);
  const protectionActive = s.t.protectionEnds !== undefined && s.now < s.t.protectionEnds.at;
  const windowOpen = s.t.disputeWindowCloses !== undefined && s.now <= s.t.disputeWindowCloses.at;
  if (d.status !== 'decided' && (protectionActive || (d.status === 'cancelled' && windowOpen))) {
    const by = protectionActive ? s.t.protectionEnds : s.t.disputeWindowCloses;
    return {
      branch: 'reopen-dispute',
      action: 'open-dispute',
      title: 'Open a new dispute',
      why: `The problem is not solved and the same product may be disputed again while protection is active; open it before ${day(s, by as Dated)}.`,
      ruleIds: [DISPUTE_REOPEN_WHILE_PROTECTED.id],
      ...until(by),
      refund: s.refund,
    };
  }
  return undefined;
};

/** A dispute the order page shows but the journal does not: follow it, and say what is known of its timing. */
const pageDisputeUntracked: Branch = (s) => {
  if (!pageOnlyDispute(s.order, s.dispute)) return undefined;
  const due = s.t.buyerResponseDue ?? pageTimer(s.order, 'seller-response-due', s.timeZone);
  const shown = s.order.dispute?.statusText ? ` (“${s.order.dispute.statusText}”)` : '';
  const timing = due
    ? ` The page's countdown runs until ${day(s, due)}.`
    : ` Its dates are not on this page: the seller normally has ${SELLER_DISPUTE_RESPONSE_DAYS.value} days to respond, counted from when the dispute was opened.`;
  return {
    branch: 'page-dispute-untracked',
    action: 'wait',
    title: 'Follow the open dispute',
    why: `The order page shows a dispute in progress${shown}.${timing} Check the dispute page for the seller's answer, and record what happens (opened on, offers, answers) in the journal so Buyer Guard can time the next steps and remind you.`,
    ruleIds: [SELLER_DISPUTE_RESPONSE_DAYS.id],
    ...until(due),
    exclude: ['open-dispute'],
  };
};

const orderStatusGate: Branch = (s) => {
  switch (s.order.status) {
    case 'awaiting-payment':
      return {
        branch: 'awaiting-payment',
        action: 'none',
        title: 'Nothing to do until the order is paid',
        why: 'Buyer protection starts with a paid and shipped order.',
        ruleIds: [],
      };
    case 'closed':
      return {
        branch: 'order-closed',
        action: 'none',
        title: 'Nothing to do',
        why: 'The order is closed. If money was taken and not returned, report it as a refund problem.',
        ruleIds: [],
      };
    case 'awaiting-shipment':
      return {
        branch: 'awaiting-shipment',
        action: 'wait',
        title: 'Wait for the seller to ship',
        why: `Disputes open only after shipping (from day ${DISPUTE_OPENS_AFTER_SHIPPING_DAYS.value}).${s.t.shippingDue ? ` The seller must ship by ${day(s, s.t.shippingDue)}.` : ''} Ask the seller if it takes longer than promised.`,
        ruleIds: [DISPUTE_OPENS_AFTER_SHIPPING_DAYS.id],
        ...until(s.t.shippingDue),
      };
    default:
      return undefined;
  }
};

/** No order problem reported: guard the protection period. */
const noProblem: Branch = (s) => {
  if (s.orderReason !== undefined) return undefined;
  const ends = s.t.protectionEnds;
  const estimatedNote =
    ends?.source === 'estimate' && ends.ruleId === BUYER_PROTECTION_MAX_DAYS.id
      ? ` This end is only the latest possible (${BUYER_PROTECTION_MAX_DAYS.value} days after shipping): open the order page so Buyer Guard can read the real countdown.`
      : '';
  if (s.order.status === 'shipped') {
    const extension = extensionStep(s);
    if (extension !== undefined) return extension;
    const askFrom =
      ends === undefined ? undefined : ends.at - EXTEND_PROTECTION_ASK_DAYS_BEFORE.value.earliest * DAY_MS;
    const wakeAt = [askFrom, s.t.deliveryEstimate?.at].filter((at): at is number => at !== undefined && at > s.now);
    const wake = wakeAt.length === 0 ? undefined : Math.min(...wakeAt);
    return {
      branch: 'in-transit-wait',
      action: 'wait',
      title: 'Wait for the parcel',
      why: `The order is on its way.${ends ? ` Buyer protection runs until ${day(s, ends)};` : ''} if it has not arrived ${EXTEND_PROTECTION_ASK_DAYS_BEFORE.value.earliest} days before that, ask the seller to extend protection.${estimatedNote}`,
      ruleIds: [EXTEND_PROTECTION_ASK_DAYS_BEFORE.id, ...(ends ? [ends.ruleId] : [])],
      ...(wake === undefined ? {} : { until: wake, untilSource: 'estimate' as const }),
    };
  }
  if (s.order.status === 'delivered') {
    return {
      branch: 'delivered-inspect',
      action: 'wait',
      title: 'Check the item before protection ends',
      why: `Tracking says delivered. Inspect the item now: protection ends ${ends ? day(s, ends) : 'soon'} and the order then completes automatically. Confirm receipt only when everything is right.${estimatedNote}`,
      ruleIds: [ends?.ruleId ?? PAGE_VALUE_WINS.id],
      ...until(ends),
      warnings: [warn(s, 'confirm-receipt')],
    };
  }
  if (s.order.status === 'completed') {
    return {
      branch: 'completed-feedback',
      action: 'leave-feedback',
      title: 'Leave feedback',
      why: `The order is complete. If a problem shows up, a dispute is still possible until ${s.t.disputeWindowCloses ? day(s, s.t.disputeWindowCloses) : `${DISPUTE_WINDOW_DAYS.value} days after completion`}.`,
      ruleIds: [DISPUTE_WINDOW_DAYS.id],
    };
  }
  return {
    branch: 'status-unknown',
    action: 'wait',
    title: 'Open the order page',
    why: 'Buyer Guard has not read this order’s status yet. Open its page on AliExpress so the countdowns can be read; the page’s own values always win over estimates.',
    ruleIds: [PAGE_VALUE_WINS.id],
  };
};

/** In transit with protection ending: ask for an extension, or dispute when it is too late for one. */
function extensionStep(s: Situation): Draft | undefined {
  const ends = s.t.protectionEnds;
  const { earliest } = EXTEND_PROTECTION_ASK_DAYS_BEFORE.value;
  if (ends === undefined || !within(s, ends, earliest * DAY_MS)) return undefined;
  const answerMs = SELLER_EXTENSION_ANSWER_HOURS.value * HOUR_MS;
  const refused = s.extensionRequestedAt !== undefined && !s.extended && s.now - s.extensionRequestedAt >= answerMs;
  if (refused && disputeAvailableIgnoringProblem(s)) {
    return {
      branch: 'extension-not-granted',
      action: 'open-dispute',
      title: 'Open a "Not received" dispute now',
      why: `You asked for an extension ${SELLER_EXTENSION_ANSWER_HOURS.value} hours or more ago and it was not granted; protection ends ${day(s, ends)}. Open the dispute before then.`,
      ruleIds: [SELLER_EXTENSION_ANSWER_HOURS.id, ends.ruleId],
      ...until(ends),
    };
  }
  if (s.extensionRequestedAt === undefined && ends.at - s.now > answerMs) {
    return {
      branch: 'extend-protection',
      action: 'ask-extend-protection',
      title: 'Ask the seller to extend buyer protection',
      why: `The parcel has not arrived and protection ends ${day(s, ends)}. Ask for an extension from the order page ${EXTEND_PROTECTION_ASK_DAYS_BEFORE.value.earliest}–${EXTEND_PROTECTION_ASK_DAYS_BEFORE.value.latest} days before it ends; only the seller can approve it, usually within ${SELLER_EXTENSION_ANSWER_HOURS.value} hours.`,
      ruleIds: [EXTEND_PROTECTION_ASK_DAYS_BEFORE.id, SELLER_EXTENSION_ANSWER_HOURS.id, ends.ruleId],
      ...until(ends),
    };
  }
  if (s.extended || !disputeAvailableIgnoringProblem(s)) return undefined;
  return {
    branch: 'protection-ending-open-dispute',
    action: 'open-dispute',
    title: 'Open a "Not received" dispute before protection ends',
    why: `Protection ends ${day(s, ends)}: too close to wait for an extension (sellers take up to ${SELLER_EXTENSION_ANSWER_HOURS.value} hours). When it ends the order completes and the money goes to the seller.`,
    ruleIds: [SELLER_EXTENSION_ANSWER_HOURS.id, ends.ruleId],
    ...until(ends),
  };
}

function disputeAvailableIgnoringProblem(s: Situation): boolean {
  return !isDisputeActive(s.dispute) && (s.t.disputeOpens === undefined || reached(s, s.t.disputeOpens));
}

const windowClosed: Branch = (s) => {
  if (s.orderReason === undefined || !passed(s, s.t.disputeWindowCloses)) return undefined;
  const closed = s.t.disputeWindowCloses as Dated;
  if (chargebackOpen(s)) {
    const closes = s.t.chargebackWindowCloses as Dated;
    return {
      branch: 'window-closed-chargeback',
      action: 'chargeback',
      title: `Ask ${s.t.chargebackWindowCloses?.provider === 'paypal' ? 'PayPal' : 'your bank'} for a chargeback`,
      why: `The last day to open a dispute was ${day(s, closed)} (${DISPUTE_WINDOW_DAYS.value} days after protection ended), so the platform route is closed. Your payment provider’s window is open until ${day(s, closes)}.`,
      ruleIds: [DISPUTE_WINDOW_DAYS.id, closes.ruleId],
      ...until(closes),
      warnings: [warn(s, 'file-chargeback')],
    };
  }
  return {
    branch: 'window-closed-feedback',
    action: 'leave-feedback',
    title: 'Leave honest feedback on the seller',
    why: `The last day to open a dispute was ${day(s, closed)}, and no payment-provider window is known to be open. Feedback warns other buyers${s.complaint ? '; a complaint is also possible' : ''}.`,
    ruleIds: [DISPUTE_WINDOW_DAYS.id],
  };
};

const beforeDisputeOpens: Branch = (s) => {
  if (s.orderReason === undefined || s.t.disputeOpens === undefined || reached(s, s.t.disputeOpens)) return undefined;
  const opens = s.t.disputeOpens;
  if (s.contactedSellerAt === undefined) {
    return {
      branch: 'before-dispute-contact-seller',
      action: 'contact-seller',
      title: 'Contact the seller',
      why: `A dispute can be opened from ${day(s, opens)}. Until then, write to the seller from the order page: sellers usually answer within ${SELLER_CHAT_REPLY} business days, and the chat is evidence later.`,
      ruleIds: [opens.ruleId, SELLER_CHAT_REPLY_BUSINESS_DAYS.id],
      ...until(opens),
    };
  }
  return {
    branch: 'wait-dispute-opens',
    action: 'wait',
    title: 'Wait until a dispute can be opened',
    why: `You have contacted the seller. "Open dispute" becomes available ${day(s, opens)}.`,
    ruleIds: [opens.ruleId],
    ...until(opens),
  };
};

const notReceivedInTransit: Branch = (s) => {
  if (s.orderReason !== 'not-received' || !inTransitNormally(s)) return undefined;
  const extension = extensionStep(s);
  if (extension !== undefined) return extension;
  return {
    branch: 'not-received-in-transit',
    action: 'wait',
    title: 'Wait until the promised delivery time has passed',
    why: `Tracking shows normal progress and the promised delivery time runs until ${day(s, s.t.deliveryEstimate as Dated)}; a "not received" dispute is only possible after that.`,
    ruleIds: [NOT_RECEIVED_WAITS_FOR_DELIVERY_TIME.id],
    ...until(s.t.deliveryEstimate),
  };
};

/** The dispute route is open: dispute now, or first the seller and the evidence when there is time. */
const disputeOpen: Branch = (s) => {
  if (!disputeAvailable(s)) return undefined;
  // The hard limit is the dispute window; protection ending first only completes the order (15 days remain).
  const lastMoment = s.t.disputeWindowCloses;
  const protectionAhead =
    s.t.protectionEnds !== undefined && s.t.protectionEnds.at >= s.now ? s.t.protectionEnds : undefined;
  const reason = DISPUTE_FORM_REASONS[s.orderReason as OrderProblemReason].formLabel;
  const common = { refund: s.refund, ...until(lastMoment) };
  const deadlineText = [
    protectionAhead && ` Buyer protection ends ${day(s, protectionAhead)}.`,
    lastMoment && ` The last day to open a dispute is ${day(s, lastMoment)}.`,
  ]
    .filter(Boolean)
    .join('');
  if (lastMoment !== undefined && lastMoment.at - s.now <= URGENCY_THRESHOLDS.urgentWithinMs) {
    return {
      ...common,
      branch: 'open-dispute-urgent',
      action: 'open-dispute',
      title: `Open a dispute now: "${reason}"`,
      why: `Time is short: the last day to open a dispute is ${day(s, lastMoment)} (${DISPUTE_WINDOW_DAYS.value} days after protection ended). Open the dispute first and ask for ${refundText(s.refund)}; evidence can be added until the case closes.`,
      ruleIds: [lastMoment.ruleId, EVIDENCE_REQUIRED_WHEN_RECEIVED.id],
      warnings: [warn(s, 'let-window-lapse')],
    };
  }
  const minor = s.problem !== undefined && severityOf(s.problem) === 'minor';
  if (minor && s.contactedSellerAt === undefined) {
    return {
      ...common,
      branch: 'contact-seller-first',
      action: 'contact-seller',
      title: 'Contact the seller first',
      why: `For a minor problem the seller is the quickest route: sellers usually answer within ${SELLER_CHAT_REPLY} business days. Ask for ${refundText(s.refund)}; if there is no fair answer, open a dispute.${deadlineText}`,
      ruleIds: [SELLER_CHAT_REPLY_BUSINESS_DAYS.id, FULL_REFUND_ONLY_WHEN_UNUSABLE.id],
    };
  }
  if (s.contactedSellerAt !== undefined && !s.sellerReplied) {
    const replyBy = addBusinessDaysInZone(s.contactedSellerAt, SELLER_CHAT_REPLY_BUSINESS_DAYS.value, s.timeZone);
    if (s.now < replyBy) {
      return {
        ...common,
        branch: 'wait-seller-reply',
        action: 'wait',
        title: 'Give the seller time to answer',
        why: `Sellers usually answer within ${SELLER_CHAT_REPLY_BUSINESS_DAYS.value} business days, here by ${day(s, replyBy)}. Without a fair answer, open a dispute.${deadlineText}`,
        ruleIds: [SELLER_CHAT_REPLY_BUSINESS_DAYS.id],
        until: replyBy,
        untilSource: 'estimate',
      };
    }
  }
  if (s.missing !== undefined && s.missing.length > 0) {
    return {
      ...common,
      branch: 'collect-evidence',
      action: 'add-evidence',
      title: 'Collect the evidence, then open the dispute',
      why: `Evidence is required when the item was received, and disputes are lost on missing or unclear proof. Still missing: ${evidenceList(s)}.${deadlineText}`,
      ruleIds: [EVIDENCE_REQUIRED_WHEN_RECEIVED.id],
      missingEvidence: s.missing,
    };
  }
  return {
    ...common,
    branch: 'open-dispute',
    action: 'open-dispute',
    title: `Open a dispute: "${reason}"`,
    why: `The dispute route is open. Choose "${reason}", put the main problem first, attach the evidence and ask for ${refundText(s.refund)}.${deadlineText}`,
    ruleIds: [lastMoment?.ruleId ?? DISPUTE_WINDOW_DAYS.id, FULL_REFUND_ONLY_WHEN_UNUSABLE.id],
  };
};

/** Reached when the case is in a state Buyer Guard cannot place (a decision without its outcome). */
const fallback: Branch = () => ({
  branch: 'status-unknown',
  action: 'wait',
  title: 'Open the dispute page',
  why: 'Buyer Guard cannot tell how this case stands. Open the order and dispute pages so they can be read; the page’s own values always win over estimates.',
  ruleIds: [PAGE_VALUE_WINS.id],
});

const BRANCHES: readonly Branch[] = [
  accountQuestion,
  reportMisconduct,
  refundWaiting,
  paymentProblem,
  shipReturn,
  escalated,
  answerOffer,
  acceptedWaitRefund,
  openedWaiting,
  negotiating,
  decided,
  closedDispute,
  pageDisputeUntracked,
  orderStatusGate,
  noProblem,
  windowClosed,
  beforeDisputeOpens,
  notReceivedInTransit,
  disputeOpen,
  fallback,
];

// ── Alternatives ──────────────────────────────────────────────────────────────────────────────────

function finish(s: Situation, draft: Draft): Advice {
  const { exclude = [], warnings = [], ...advice } = draft;
  const skip = new Set<AdviceAction>([advice.action, ...exclude]);
  const alternatives = alternativesFor(s).filter((option) => !skip.has(option.action));
  return { ...advice, alternatives, warnings };
}

/** Routes still open for this order, whatever the main advice is. */
function alternativesFor(s: Situation): AdviceOption[] {
  const options: AdviceOption[] = [];
  const d = s.dispute;
  const orderProblem = s.orderReason !== undefined;
  if (orderProblem && disputeAvailable(s)) {
    options.push({
      action: 'open-dispute',
      title: 'Open a dispute',
      why: `Available until ${s.t.disputeWindowCloses ? day(s, s.t.disputeWindowCloses) : 'the window closes'}.`,
    });
  }
  if (orderProblem && !isDisputeActive(d) && d?.status !== 'decided' && s.contactedSellerAt === undefined) {
    options.push({
      action: 'contact-seller',
      title: 'Contact the seller',
      why: `Sellers usually answer within ${SELLER_CHAT_REPLY} business days.`,
    });
  }
  if (d !== undefined && NEGOTIATING_STATUSES.has(d.status) && reached(s, s.t.escalationPossible)) {
    options.push({ action: 'escalate', title: 'Escalate to the platform', why: 'No agreement with the seller.' });
  }
  if (d !== undefined && isDisputeActive(d) && pendingSellerOffer(d) !== undefined) {
    options.push(
      {
        action: 'counter-offer',
        title: 'Counter the proposal',
        why: `Propose ${refundText(s.refund)} with its reason.`,
      },
      { action: 'accept-offer', title: 'Accept the proposal', why: 'Closes the dispute for good.' },
    );
  }
  if (s.problem !== undefined && s.missing === undefined && s.received && (orderProblem || s.complaint !== undefined)) {
    options.push({
      action: 'add-evidence',
      title: 'Collect evidence',
      why: 'Photos, videos and screenshots per the checklist.',
    });
  }
  if (s.complaint !== undefined) {
    const { category, subType } = s.complaint;
    options.push({
      action: 'report-seller',
      title: 'Report the seller',
      why: `Complaint Center: "${category.label}${subType ? ` — ${subType.label}` : ''}".`,
    });
  }
  if (s.problem !== undefined && problemGroupOf(s.problem.reason) !== 'account' && chargebackOpen(s)) {
    options.push({
      action: 'chargeback',
      title: 'Chargeback with the payment provider',
      why: `Possible until ${day(s, s.t.chargebackWindowCloses as Dated)}; use it only when the platform route has failed.`,
    });
  }
  if (s.order.status === 'completed' || s.order.status === 'delivered' || d?.status === 'decided') {
    options.push({
      action: 'leave-feedback',
      title: 'Leave feedback',
      why: 'Tells other buyers how the seller behaved.',
    });
  }
  return options;
}
