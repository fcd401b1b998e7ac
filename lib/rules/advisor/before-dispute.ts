import {
  BUYER_PROTECTION_MAX_DAYS,
  DISPUTE_OPENS_AFTER_SHIPPING_DAYS,
  EXTEND_PROTECTION_ASK_DAYS_BEFORE,
  FULL_REFUND_ONLY_WHEN_UNUSABLE,
  NOT_RECEIVED_WAITS_FOR_DELIVERY_TIME,
  PAGE_VALUE_WINS,
  SELLER_CHAT_REPLY_BUSINESS_DAYS,
  SELLER_EXTENSION_ANSWER_HOURS,
} from '../catalog';
import { DISPUTE_FORM_REASONS } from '../dispute-reasons';
import { EVIDENCE_REQUIRED_WHEN_RECEIVED } from '../evidence-requirements';
import { severityOf } from '../refund';
import { isDisputeActive } from '../timeline';
import { URGENCY_THRESHOLDS } from '../urgency';
import { addBusinessDaysInZone } from '../zoned-time';
import {
  type Branch,
  DAY_MS,
  type Draft,
  disputeAvailable,
  HOUR_MS,
  inTransitNormally,
  reached,
  type Situation,
  warn,
  within,
} from './situation';
import { day, evidenceList, refundText, until } from './wording';

/** No dispute yet: the order's status, protection running, the seller first, the dispute route. */

/** "1–2": the usual range; the rule's value is its upper end. */
export const SELLER_CHAT_REPLY = `1–${SELLER_CHAT_REPLY_BUSINESS_DAYS.value}`;

export const orderStatusGate: Branch = (s) => {
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
    case 'awaiting-shipment': {
      const due = s.t.shippingDue !== undefined && s.t.shippingDue.at >= s.now ? s.t.shippingDue : undefined;
      return {
        branch: 'awaiting-shipment',
        action: 'wait',
        title: 'Wait for the seller to ship',
        why: `Disputes open only after shipping (from day ${DISPUTE_OPENS_AFTER_SHIPPING_DAYS.value}).${due ? ` The seller must ship by ${day(s, due)}.` : ''} Ask the seller if it takes longer than promised.`,
        ruleIds: [DISPUTE_OPENS_AFTER_SHIPPING_DAYS.id],
        ...(due && { waitUntil: due.at }),
      };
    }
    default:
      return undefined;
  }
};

/** No order problem reported: guard the protection period. */
export const noProblem: Branch = (s) => {
  if (s.orderReason !== undefined) return undefined;
  const ends = s.t.protectionEnds;
  const endsAhead = ends !== undefined && ends.at >= s.now ? ends : undefined;
  const estimatedNote =
    endsAhead?.source === 'estimate' && endsAhead.ruleId === BUYER_PROTECTION_MAX_DAYS.id
      ? ` This end is only the latest possible (${BUYER_PROTECTION_MAX_DAYS.value} days after shipping): open the order page so Buyer Guard can read the real countdown.`
      : '';
  if (s.order.status === 'shipped') {
    const extension = extensionStep(s);
    if (extension !== undefined) return extension;
    const askFrom =
      endsAhead === undefined ? undefined : endsAhead.at - EXTEND_PROTECTION_ASK_DAYS_BEFORE.value.earliest * DAY_MS;
    const wakeAt = [askFrom, s.t.deliveryEstimate?.at].filter(
      (at): at is number => at !== undefined && at > s.now && (endsAhead === undefined || at <= endsAhead.at),
    );
    const wake = wakeAt.length === 0 ? undefined : Math.min(...wakeAt);
    return {
      branch: 'in-transit-wait',
      action: 'wait',
      title: 'Wait for the parcel',
      why: `The order is on its way.${endsAhead ? ` Buyer protection runs until ${day(s, endsAhead)}; if the parcel has not arrived ${EXTEND_PROTECTION_ASK_DAYS_BEFORE.value.earliest} days before that, ask the seller to extend protection.` : ' If it does not arrive, tell Buyer Guard what went wrong.'}${estimatedNote}`,
      ruleIds: [EXTEND_PROTECTION_ASK_DAYS_BEFORE.id, ...(endsAhead ? [endsAhead.ruleId] : [])],
      ...(wake !== undefined && { waitUntil: wake }),
    };
  }
  if (s.order.status === 'delivered') {
    return {
      branch: 'delivered-inspect',
      action: 'wait',
      title: endsAhead ? 'Check the item before protection ends' : 'Check the item',
      why: `Tracking says delivered. Inspect the item now: ${endsAhead ? `protection ends ${day(s, endsAhead)} and the order then completes automatically` : 'protection may already have ended'}. Confirm receipt only when everything is right.${estimatedNote}`,
      ruleIds: [ends?.ruleId ?? PAGE_VALUE_WINS.id],
      ...until(endsAhead),
      warnings: [warn(s, 'confirm-receipt')],
    };
  }
  if (s.order.status === 'completed') {
    const window = s.t.disputeWindowCloses;
    const later =
      window === undefined
        ? ' If a problem shows up, tell Buyer Guard: it knows how long a dispute stays possible.'
        : window.at >= s.now
          ? ` If a problem shows up, a dispute is still possible until ${day(s, window)}.`
          : ` The last day to open a dispute was ${day(s, window)}.`;
    return {
      branch: 'completed-feedback',
      action: 'leave-feedback',
      title: 'Leave feedback',
      why: `The order is complete.${later}`,
      ruleIds: window ? [window.ruleId] : [],
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

/**
 * Protection ends within a week and the parcel has not come: ask for an extension while the seller can
 * still answer in time (and say so when it is late), or dispute when it is too late for one.
 */
export function extensionStep(s: Situation): Draft | undefined {
  const ends = s.t.protectionEnds;
  const { earliest, latest } = EXTEND_PROTECTION_ASK_DAYS_BEFORE.value;
  if (ends === undefined || !within(s, ends, earliest * DAY_MS) || s.extended) return undefined;
  const answerMs = SELLER_EXTENSION_ANSWER_HOURS.value * HOUR_MS;
  const left = ends.at - s.now;
  const asked = s.extensionRequestedAt;
  const refused = asked !== undefined && s.now - asked >= answerMs;
  const canDispute = disputeAvailableIgnoringProblem(s);
  if (refused && canDispute) {
    return {
      branch: 'extension-not-granted',
      action: 'open-dispute',
      title: 'Open a "Not received" dispute now',
      why: `You asked for an extension ${SELLER_EXTENSION_ANSWER_HOURS.value} hours or more ago and it was not granted; protection ends ${day(s, ends)}. Open the dispute before then.`,
      ruleIds: [SELLER_EXTENSION_ANSWER_HOURS.id, ends.ruleId],
      ...until(ends),
    };
  }
  if (asked === undefined && (left > answerMs || !canDispute)) {
    const late = left < latest * DAY_MS;
    const fallbackText = canDispute
      ? `If it is not granted within ${SELLER_EXTENSION_ANSWER_HOURS.value} hours, open a "Not received" dispute before protection ends; prepare it now.`
      : 'If it is not granted, open a "Not received" dispute as soon as the order page allows it.';
    return late
      ? {
          branch: 'extend-protection-late',
          action: 'ask-extend-protection',
          title: 'Ask for an extension now, and prepare the dispute',
          why: `Protection ends ${day(s, ends)} and the parcel has not arrived. The usual time to ask is ${earliest}–${latest} days before the end, so it is late: ask the seller for an extension from the order page now (sellers take up to ${SELLER_EXTENSION_ANSWER_HOURS.value} hours). ${fallbackText}`,
          ruleIds: [EXTEND_PROTECTION_ASK_DAYS_BEFORE.id, SELLER_EXTENSION_ANSWER_HOURS.id, ends.ruleId],
          ...until(ends),
        }
      : {
          branch: 'extend-protection',
          action: 'ask-extend-protection',
          title: 'Ask the seller to extend buyer protection',
          why: `The parcel has not arrived and protection ends ${day(s, ends)}. Now is the time to ask (${earliest}–${latest} days before the end): request an extension from the order page; only the seller can approve it, usually within ${SELLER_EXTENSION_ANSWER_HOURS.value} hours. ${fallbackText}`,
          ruleIds: [EXTEND_PROTECTION_ASK_DAYS_BEFORE.id, SELLER_EXTENSION_ANSWER_HOURS.id, ends.ruleId],
          ...until(ends),
        };
  }
  if (!canDispute) return undefined;
  if (asked !== undefined && !refused && left > answerMs) return undefined;
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
  return (
    !isDisputeActive(s.dispute) &&
    (s.t.disputeOpens === undefined || reached(s, s.t.disputeOpens)) &&
    (s.t.disputeWindowCloses === undefined || s.now <= s.t.disputeWindowCloses.at)
  );
}

export const beforeDisputeOpens: Branch = (s) => {
  if (s.orderReason === undefined || s.t.disputeOpens === undefined || reached(s, s.t.disputeOpens)) return undefined;
  const opens = s.t.disputeOpens;
  const protection = s.t.protectionEnds;
  if (protection !== undefined && protection.at >= s.now && protection.at < opens.at) {
    // Waiting for the opening would run past protection's end: the seller must extend it first.
    return {
      branch: 'before-dispute-contact-seller',
      action: 'contact-seller',
      title: 'Ask the seller to extend protection',
      why: `Protection ends ${day(s, protection)}, before a dispute can be opened (from ${day(s, opens)}). Ask the seller from the order page to extend protection now, and keep the chat as evidence.`,
      ruleIds: [protection.ruleId, opens.ruleId, EXTEND_PROTECTION_ASK_DAYS_BEFORE.id],
    };
  }
  if (s.contactedSellerAt === undefined) {
    return {
      branch: 'before-dispute-contact-seller',
      action: 'contact-seller',
      title: 'Contact the seller',
      why: `A dispute can be opened from ${day(s, opens)}. Until then, write to the seller from the order page: sellers usually answer within ${SELLER_CHAT_REPLY} business days, and the chat is evidence later.`,
      ruleIds: [opens.ruleId, SELLER_CHAT_REPLY_BUSINESS_DAYS.id],
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

/** Not received, still in transit: an extension while protection is ending, else wait for the promised time. */
export const notReceivedInTransit: Branch = (s) => {
  if (s.orderReason !== 'not-received' || s.order.status !== 'shipped') return undefined;
  const extension = extensionStep(s);
  if (extension !== undefined) return extension;
  if (!inTransitNormally(s)) return undefined;
  const promised = s.t.deliveryEstimate;
  return {
    branch: 'not-received-in-transit',
    action: 'wait',
    title: 'Wait until the promised delivery time has passed',
    why: `Tracking shows normal progress and the promised delivery time runs until ${day(s, promised?.at as number)}; a "not received" dispute is only possible after that.`,
    ruleIds: [NOT_RECEIVED_WAITS_FOR_DELIVERY_TIME.id],
    ...(promised && { waitUntil: promised.at }),
  };
};

/** The dispute route is open: dispute now, or first the seller and the evidence when there is time. */
export const disputeOpen: Branch = (s) => {
  if (!disputeAvailable(s)) return undefined;
  const lastMoment = s.t.disputeWindowCloses;
  const protectionAhead =
    s.t.protectionEnds !== undefined && s.t.protectionEnds.at >= s.now ? s.t.protectionEnds : undefined;
  const reason = DISPUTE_FORM_REASONS[s.orderReason as keyof typeof DISPUTE_FORM_REASONS].formLabel;
  const common = { refund: s.refund };
  const deadlineText = [
    protectionAhead &&
      ` Buyer protection ends ${day(s, protectionAhead)}; then the order completes and the money goes to the seller.`,
    lastMoment && ` The last day to open a dispute is ${day(s, lastMoment)}.`,
  ]
    .filter(Boolean)
    .join('');
  // Time is short when the first date that makes things worse is near: protection's end, else the window.
  const first = protectionAhead ?? lastMoment;
  if (first !== undefined && first.at - s.now <= URGENCY_THRESHOLDS.urgentWithinMs) {
    return {
      ...common,
      branch: 'open-dispute-urgent',
      action: 'open-dispute',
      title: `Open a dispute now: "${reason}"`,
      why: `Time is short:${deadlineText} Open the dispute first and ask for ${refundText(s.refund)}; evidence can be added until the case closes.`,
      ruleIds: [first.ruleId, EVIDENCE_REQUIRED_WHEN_RECEIVED.id],
      warnings: within(s, lastMoment, URGENCY_THRESHOLDS.urgentWithinMs) ? [warn(s, 'let-window-lapse')] : [],
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
    // Waiting for the seller never runs past the first date that makes things worse.
    if (s.now < replyBy && (first === undefined || replyBy <= first.at)) {
      return {
        ...common,
        branch: 'wait-seller-reply',
        action: 'wait',
        title: 'Give the seller time to answer',
        why: `Sellers usually answer within ${SELLER_CHAT_REPLY_BUSINESS_DAYS.value} business days, here by ${day(s, replyBy)}. Without a fair answer, open a dispute.${deadlineText}`,
        ruleIds: [SELLER_CHAT_REPLY_BUSINESS_DAYS.id],
        waitUntil: replyBy,
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
    ruleIds: [lastMoment?.ruleId ?? PAGE_VALUE_WINS.id, FULL_REFUND_ONLY_WHEN_UNUSABLE.id],
  };
};
