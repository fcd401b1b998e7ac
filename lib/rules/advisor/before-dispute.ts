import { sentences } from '../buyer-words';
import {
  BUYER_PROTECTION_MAX_DAYS,
  DISPUTE_OPENS_AFTER_SHIPPING_DAYS,
  EXTEND_PROTECTION_ASK_DAYS_BEFORE,
  FULL_REFUND_ONLY_WHEN_UNUSABLE,
  NOT_RECEIVED_WAITS_FOR_DELIVERY_TIME,
  PAGE_VALUE_WINS,
  SELLER_CHAT_REPLY_BUSINESS_DAYS,
  SELLER_EXTENSION_ANSWER_HOURS,
  TRACKING_SILENT_DAYS,
} from '../catalog';
import { EVIDENCE_REQUIRED_WHEN_RECEIVED } from '../evidence-requirements';
import { formReasonLabel } from '../problem-labels';
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

/** The "Not received" reason as the dispute form names it in the buyer's language. */
const notReceived = (s: Situation) => formReasonLabel('not-received', s.locale);

export const orderStatusGate: Branch = (s) => {
  switch (s.order.status) {
    case 'awaiting-payment':
      return {
        branch: 'awaiting-payment',
        action: 'none',
        title: s.words.t('advice.awaiting-payment.title'),
        why: s.words.t('advice.awaiting-payment.why'),
        ruleIds: [],
      };
    case 'closed':
      return {
        branch: 'order-closed',
        action: 'none',
        title: s.words.t('advice.order-closed.title'),
        why: s.words.t('advice.order-closed.why'),
        ruleIds: [],
      };
    case 'awaiting-shipment': {
      const due = s.t.shippingDue !== undefined && s.t.shippingDue.at >= s.now ? s.t.shippingDue : undefined;
      return {
        branch: 'awaiting-shipment',
        action: 'wait',
        title: s.words.t('advice.awaiting-shipment.title'),
        why: sentences(
          s.words.t('advice.awaiting-shipment.why', { day: DISPUTE_OPENS_AFTER_SHIPPING_DAYS.value }),
          due && s.words.t('advice.awaiting-shipment.shipBy', { date: day(s, due) }),
          s.words.t('advice.awaiting-shipment.ask'),
        ),
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
    endsAhead?.source === 'estimate' &&
    endsAhead.ruleId === BUYER_PROTECTION_MAX_DAYS.id &&
    s.words.t('advice.estimatedProtectionEnd', { days: BUYER_PROTECTION_MAX_DAYS.value });
  if (s.order.status === 'shipped') {
    const extension = extensionStep(s);
    if (extension !== undefined) return extension;
    if (s.silence !== undefined) return trackingSilent(s);
    const askFrom =
      endsAhead === undefined ? undefined : endsAhead.at - EXTEND_PROTECTION_ASK_DAYS_BEFORE.value.earliest * DAY_MS;
    const wakeAt = [askFrom, s.t.deliveryEstimate?.at].filter(
      (at): at is number => at !== undefined && at > s.now && (endsAhead === undefined || at <= endsAhead.at),
    );
    const wake = wakeAt.length === 0 ? undefined : Math.min(...wakeAt);
    return {
      branch: 'in-transit-wait',
      action: 'wait',
      title: s.words.t('advice.in-transit-wait.title'),
      why: sentences(
        s.words.t('advice.in-transit-wait.onItsWay'),
        endsAhead
          ? s.words.t('advice.in-transit-wait.protection', {
              date: day(s, endsAhead),
              days: EXTEND_PROTECTION_ASK_DAYS_BEFORE.value.earliest,
            })
          : s.words.t('advice.in-transit-wait.tellUs'),
        estimatedNote,
      ),
      ruleIds: [EXTEND_PROTECTION_ASK_DAYS_BEFORE.id, ...(endsAhead ? [endsAhead.ruleId] : [])],
      ...(wake !== undefined && { waitUntil: wake }),
    };
  }
  if (s.order.status === 'delivered') {
    return {
      branch: 'delivered-inspect',
      action: 'wait',
      title: s.words.t(endsAhead ? 'advice.delivered-inspect.title' : 'advice.delivered-inspect.titleEnded'),
      why: sentences(
        endsAhead
          ? s.words.t('advice.delivered-inspect.why', { date: day(s, endsAhead) })
          : s.words.t('advice.delivered-inspect.whyEnded'),
        estimatedNote,
      ),
      ruleIds: [ends?.ruleId ?? PAGE_VALUE_WINS.id],
      ...until(endsAhead),
      warnings: [warn(s, 'confirm-receipt')],
    };
  }
  if (s.order.status === 'completed') {
    const window = s.t.disputeWindowCloses;
    const later =
      window === undefined
        ? s.words.t('advice.completed-feedback.tellUs')
        : window.at >= s.now
          ? s.words.t('advice.completed-feedback.stillPossible', { date: day(s, window) })
          : s.words.t('advice.completed-feedback.wasLast', { date: day(s, window) });
    return {
      branch: 'completed-feedback',
      action: 'leave-feedback',
      title: s.words.t('advice.completed-feedback.title'),
      why: sentences(s.words.t('advice.completed-feedback.complete'), later),
      ruleIds: window ? [window.ruleId] : [],
    };
  }
  return {
    branch: 'status-unknown',
    action: 'wait',
    title: s.words.t('advice.status-unknown.title'),
    why: s.words.t('advice.status-unknown.why'),
    ruleIds: [PAGE_VALUE_WINS.id],
  };
};

/**
 * Tracking has not moved for weeks (TRACKING_SILENT_DAYS) while the parcel is on its way: ask the seller
 * where it is now and prepare a "Not received" dispute, rather than keep waiting.
 */
function trackingSilent(s: Situation): Draft {
  const silence = s.silence as NonNullable<Situation['silence']>;
  const opens = s.t.disputeOpens;
  return {
    branch: 'tracking-silent',
    action: 'contact-seller',
    title: s.words.t('advice.tracking-silent.title'),
    why: sentences(
      s.words.t('advice.tracking-silent.why', { days: silence.days, date: day(s, silence.since) }),
      opens === undefined || reached(s, opens)
        ? s.words.t('advice.tracking-silent.prepareNow', { reason: notReceived(s) })
        : s.words.t('advice.tracking-silent.prepareFrom', { reason: notReceived(s), date: day(s, opens) }),
    ),
    ruleIds: [TRACKING_SILENT_DAYS.id, SELLER_CHAT_REPLY_BUSINESS_DAYS.id],
  };
}

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
      title: s.words.t('advice.extension-not-granted.title', { reason: notReceived(s) }),
      why: s.words.t('advice.extension-not-granted.why', {
        hours: SELLER_EXTENSION_ANSWER_HOURS.value,
        date: day(s, ends),
      }),
      ruleIds: [SELLER_EXTENSION_ANSWER_HOURS.id, ends.ruleId],
      ...until(ends),
    };
  }
  if (asked === undefined && (left > answerMs || !canDispute)) {
    const late = left < latest * DAY_MS;
    const fallbackText = canDispute
      ? s.words.t('advice.extension.fallbackDispute', {
          hours: SELLER_EXTENSION_ANSWER_HOURS.value,
          reason: notReceived(s),
        })
      : s.words.t('advice.extension.fallbackLater', { reason: notReceived(s) });
    const timing = { date: day(s, ends), earliest, latest, hours: SELLER_EXTENSION_ANSWER_HOURS.value };
    return late
      ? {
          branch: 'extend-protection-late',
          action: 'ask-extend-protection',
          title: s.words.t('advice.extend-protection-late.title'),
          why: sentences(s.words.t('advice.extend-protection-late.why', timing), fallbackText),
          ruleIds: [EXTEND_PROTECTION_ASK_DAYS_BEFORE.id, SELLER_EXTENSION_ANSWER_HOURS.id, ends.ruleId],
          ...until(ends),
        }
      : {
          branch: 'extend-protection',
          action: 'ask-extend-protection',
          title: s.words.t('advice.extend-protection.title'),
          why: sentences(s.words.t('advice.extend-protection.why', timing), fallbackText),
          ruleIds: [EXTEND_PROTECTION_ASK_DAYS_BEFORE.id, SELLER_EXTENSION_ANSWER_HOURS.id, ends.ruleId],
          ...until(ends),
        };
  }
  if (!canDispute) return undefined;
  if (asked !== undefined && !refused && left > answerMs) return undefined;
  return {
    branch: 'protection-ending-open-dispute',
    action: 'open-dispute',
    title: s.words.t('advice.protection-ending-open-dispute.title', { reason: notReceived(s) }),
    why: s.words.t('advice.protection-ending-open-dispute.why', {
      date: day(s, ends),
      hours: SELLER_EXTENSION_ANSWER_HOURS.value,
    }),
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
      title: s.words.t('advice.protection-before-opening.title'),
      why: s.words.t('advice.protection-before-opening.why', { date: day(s, protection), opens: day(s, opens) }),
      ruleIds: [protection.ruleId, opens.ruleId, EXTEND_PROTECTION_ASK_DAYS_BEFORE.id],
    };
  }
  if (s.contactedSellerAt === undefined) {
    return {
      branch: 'before-dispute-contact-seller',
      action: 'contact-seller',
      title: s.words.t('advice.before-dispute-contact-seller.title'),
      why: sentences(
        silenceFact(s),
        s.words.t('advice.before-dispute-contact-seller.why', { opens: day(s, opens), range: SELLER_CHAT_REPLY }),
      ),
      ruleIds: [opens.ruleId, SELLER_CHAT_REPLY_BUSINESS_DAYS.id],
    };
  }
  return {
    branch: 'wait-dispute-opens',
    action: 'wait',
    title: s.words.t('advice.wait-dispute-opens.title'),
    why: s.words.t('advice.wait-dispute-opens.why', { date: day(s, opens) }),
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
    title: s.words.t('advice.not-received-in-transit.title'),
    why: s.words.t('advice.not-received-in-transit.why', { date: day(s, promised?.at as number) }),
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
  const reason = formReasonLabel(s.orderReason as NonNullable<Situation['orderReason']>, s.locale);
  const common = { refund: s.refund };
  const deadlineText = sentences(
    protectionAhead && s.words.t('advice.dispute.protectionEnds', { date: day(s, protectionAhead) }),
    lastMoment && s.words.t('advice.dispute.lastDay', { date: day(s, lastMoment) }),
  );
  const refund = refundText(s, s.refund);
  // Time is short when the first date that makes things worse is near: protection's end, else the window.
  const first = protectionAhead ?? lastMoment;
  if (first !== undefined && first.at - s.now <= URGENCY_THRESHOLDS.urgentWithinMs) {
    return {
      ...common,
      branch: 'open-dispute-urgent',
      action: 'open-dispute',
      title: s.words.t('advice.open-dispute-urgent.title', { reason }),
      why: sentences(
        silenceFact(s),
        s.words.t('advice.open-dispute-urgent.short'),
        deadlineText,
        s.words.t('advice.open-dispute-urgent.then', { refund }),
      ),
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
      title: s.words.t('advice.contact-seller-first.title'),
      why: sentences(s.words.t('advice.contact-seller-first.why', { range: SELLER_CHAT_REPLY, refund }), deadlineText),
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
        title: s.words.t('advice.wait-seller-reply.title'),
        why: sentences(
          s.words.t('advice.wait-seller-reply.why', {
            days: SELLER_CHAT_REPLY_BUSINESS_DAYS.value,
            date: day(s, replyBy),
          }),
          deadlineText,
        ),
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
      title: s.words.t('advice.collect-evidence.title'),
      why: sentences(s.words.t('advice.collect-evidence.why', { missing: evidenceList(s) }), deadlineText),
      ruleIds: [EVIDENCE_REQUIRED_WHEN_RECEIVED.id],
      missingEvidence: s.missing,
    };
  }
  return {
    ...common,
    branch: 'open-dispute',
    action: 'open-dispute',
    title: s.words.t('advice.open-dispute.title', { reason }),
    why: sentences(silenceFact(s), s.words.t('advice.open-dispute.why', { reason, refund }), deadlineText),
    ruleIds: [lastMoment?.ruleId ?? PAGE_VALUE_WINS.id, FULL_REFUND_ONLY_WHEN_UNUSABLE.id],
  };
};

/** "Tracking has not moved for 26 days.", when it has not (TRACKING_SILENT_DAYS): a reason the step is now. */
function silenceFact(s: Situation): string | undefined {
  return s.silence === undefined ? undefined : s.words.t('advice.tracking-silent.fact', { days: s.silence.days });
}
