import { deadlineDate } from '../format/deadline-format';
import type { DisputeCase, Offer } from '../model/dispute';
import type { JournalEntry } from '../model/journal';
import type { Order } from '../model/order';
import type { Problem } from '../model/problem';
import type { Instant } from '../model/time';
import {
  ACCEPTING_OFFER_CLOSES_DISPUTE,
  CANCEL_AFTER_PROTECTION_IS_FINAL,
  CANCELLED_DISPUTE_RESTARTS_WINDOW,
  CHARGEBACK_FIRST_MAY_FORFEIT,
  CONFIRM_RECEIPT_ENDS_PROTECTION,
  DISPUTE_WINDOW_DAYS,
  RETURN_SHIP_WITHIN_DAYS,
} from './catalog';
import { disputeCaseOf } from './dispute-case';
import { formatMoney } from './format';
import type { RuleSettings } from './settings';
import { deriveTimeline, isDisputeActive, type Timeline } from './timeline';
import { addLocalDays, endOfLocalDay, localDateOfInstant } from './zoned-time';

/**
 * Steps the buyer cannot take back (shared/rules/aliexpress.md "Irreversible steps"). The UI asks for
 * confirmation with the warning's text before each.
 */
export type IrreversibleStep =
  | 'accept-offer'
  | 'cancel-dispute'
  | 'confirm-receipt'
  | 'let-window-lapse'
  | 'skip-return-shipping'
  | 'file-chargeback';

export const IRREVERSIBLE_STEPS: readonly IrreversibleStep[] = [
  'accept-offer',
  'cancel-dispute',
  'confirm-receipt',
  'let-window-lapse',
  'skip-return-shipping',
  'file-chargeback',
];

export interface Warning {
  step: IrreversibleStep;
  /** danger: likely to lose the refund; caution: final, but may be what the buyer wants. */
  severity: 'danger' | 'caution';
  title: string;
  text: string;
  ruleIds: string[];
}

export interface WarningContext {
  order: Order;
  /** The dispute as folded already; absent: folded from `journal` and the page's dispute facts. */
  dispute?: DisputeCase;
  problem?: Problem;
  journal?: readonly JournalEntry[];
  now: Instant;
  timeZone: string;
  settings?: RuleSettings;
  /** The buyer's locale for dates (the browser's by default). */
  locale?: string;
  /** accept-offer: the offer about to be accepted (default: the last pending seller or platform offer). */
  offer?: Offer;
}

/** The latest proposal of the seller (or, once escalated, the platform) the buyer has not answered yet. */
export function pendingOffer(dispute: DisputeCase | undefined): Offer | undefined {
  return [...(dispute?.offers ?? [])]
    .reverse()
    .find((offer) => offer.from !== 'buyer' && (offer.response === undefined || offer.response === 'pending'));
}

/** The case and its dates as the deadline list sees them (the same dispute, page facts included). */
function caseOf(context: WarningContext): { dispute?: DisputeCase; timeline: Timeline } {
  const dispute = disputeCaseOf(context);
  return { ...(dispute && { dispute }), timeline: deriveTimeline({ ...context, dispute }) };
}

/** A date in the buyer's locale, as the deadline list writes it (a whole day as the day alone). */
function dateText(context: WarningContext, at: Instant, on?: string): string {
  return deadlineDate({ dueAt: at, ...(on !== undefined && { dueOn: on }) }, context.now, {
    timeZone: context.timeZone,
    ...(context.locale !== undefined && { locale: context.locale }),
  });
}

/** The warning to show before an irreversible step, worded for this order's situation. */
export function warningFor(step: IrreversibleStep, context: WarningContext): Warning {
  switch (step) {
    case 'accept-offer':
      return acceptOffer(context);
    case 'cancel-dispute':
      return cancelDispute(context);
    case 'confirm-receipt':
      return confirmReceipt(context);
    case 'let-window-lapse':
      return letWindowLapse(context);
    case 'skip-return-shipping':
      return skipReturn(context);
    case 'file-chargeback':
      return fileChargeback(context);
  }
}

function acceptOffer(context: WarningContext): Warning {
  const offer = context.offer ?? pendingOffer(caseOf(context).dispute);
  const ruleIds = [ACCEPTING_OFFER_CLOSES_DISPUTE.id];
  if (offer?.resolution === 'resend' || offer?.resolution === 'other' || offer === undefined) {
    return {
      step: 'accept-offer',
      severity: 'danger',
      title: 'Accepting closes the dispute for good',
      text: 'Accepting the seller’s proposal (for example "I will resend") closes this dispute and it cannot be reopened: if the new parcel never comes or has the same problem, you may have no dispute left. This is the most common way buyers lose their refund. Accept only if you are sure.',
      ruleIds,
    };
  }
  const amount = offer.amount === undefined ? '' : ` of ${formatMoney(offer.amount)}`;
  const what =
    offer.resolution === 'return-and-refund'
      ? `a refund${amount} after you return the item (the return postage may be yours to pay, and the return must be shipped within ${RETURN_SHIP_WITHIN_DAYS.value} days)`
      : `a ${offer.resolution === 'full-refund' ? 'full' : 'partial'} refund${amount}`;
  return {
    step: 'accept-offer',
    severity: 'caution',
    title: 'Accepting closes the dispute',
    text: `Accepting settles the dispute for ${what}. You cannot ask for more afterwards, so check the amount first.`,
    ruleIds: offer.resolution === 'return-and-refund' ? [...ruleIds, RETURN_SHIP_WITHIN_DAYS.id] : ruleIds,
  };
}

function cancelDispute(context: WarningContext): Warning {
  const { now, timeZone } = context;
  const protection = caseOf(context).timeline.protectionEnds;
  if (protection === undefined || now >= protection.at) {
    return {
      step: 'cancel-dispute',
      severity: 'danger',
      title: 'Cancelling now releases the money to the seller',
      text: `Buyer protection has ended${protection === undefined ? ' (or its end is unknown)' : ` (${dateText(context, protection.at, protection.on)})`}: if you cancel this dispute the money goes to the seller and you cannot open a new one.`,
      ruleIds: [CANCEL_AFTER_PROTECTION_IS_FINAL.id],
    };
  }
  // The one rule of the deadline list: today becomes the completion date, a new dispute until the end of today + 15.
  const lastDay = addLocalDays(localDateOfInstant(now, timeZone), CANCELLED_DISPUTE_RESTARTS_WINDOW.value);
  return {
    step: 'cancel-dispute',
    severity: 'caution',
    title: 'Cancelling ends protection today',
    text: `If you cancel, today becomes the order’s completion date: protection ends and a new dispute can only be opened until the end of ${dateText(context, endOfLocalDay(lastDay, timeZone), lastDay)} (${CANCELLED_DISPUTE_RESTARTS_WINDOW.value} days).`,
    ruleIds: [CANCELLED_DISPUTE_RESTARTS_WINDOW.id],
  };
}

function confirmReceipt(context: WarningContext): Warning {
  const { order, problem } = context;
  const { dispute } = caseOf(context);
  const ruleIds = [CONFIRM_RECEIPT_ENDS_PROTECTION.id];
  const notArrived =
    order.status === 'shipped' || order.status === 'awaiting-shipment' || problem?.reason === 'not-received';
  if (notArrived) {
    return {
      step: 'confirm-receipt',
      severity: 'danger',
      title: 'Do not confirm an order that has not arrived',
      text: 'Confirming receipt ends buyer protection. A seller who asks you to confirm before the item arrives breaks the rules: you can report it.',
      ruleIds,
    };
  }
  if (problem !== undefined || isDisputeActive(dispute)) {
    return {
      step: 'confirm-receipt',
      severity: 'danger',
      title: 'You have an open problem with this order',
      text: `Confirming receipt ends buyer protection; only ${DISPUTE_WINDOW_DAYS.value} days remain to open a dispute. Settle the problem first.`,
      ruleIds: [...ruleIds, DISPUTE_WINDOW_DAYS.id],
    };
  }
  return {
    step: 'confirm-receipt',
    severity: 'caution',
    title: 'Confirming ends buyer protection',
    text: `Check the item fully first. After confirming you have ${DISPUTE_WINDOW_DAYS.value} days left to open a dispute.`,
    ruleIds: [...ruleIds, DISPUTE_WINDOW_DAYS.id],
  };
}

function letWindowLapse(context: WarningContext): Warning {
  const closes = caseOf(context).timeline.disputeWindowCloses;
  const when =
    closes === undefined
      ? `${DISPUTE_WINDOW_DAYS.value} days after protection ends or after you confirm receipt`
      : closes.at < context.now
        ? `on ${dateText(context, closes.at, closes.on)} (already passed)`
        : `on ${dateText(context, closes.at, closes.on)}`;
  return {
    step: 'let-window-lapse',
    severity: 'danger',
    title: 'After the window closes, no dispute is possible',
    text: `The last chance to open a dispute ends ${when}. After that the platform route is closed for this order.`,
    ruleIds: [DISPUTE_WINDOW_DAYS.id],
  };
}

function skipReturn(context: WarningContext): Warning {
  const due = caseOf(context).timeline.returnShipBy;
  return {
    step: 'skip-return-shipping',
    severity: 'danger',
    title: 'Ship the return in time',
    text: `An agreed return must be shipped within ${RETURN_SHIP_WITHIN_DAYS.value} days${due === undefined ? '' : ` (by ${dateText(context, due.at, due.on)})`}, otherwise the seller is paid and the refund is lost.`,
    ruleIds: [RETURN_SHIP_WITHIN_DAYS.id],
  };
}

function fileChargeback(context: WarningContext): Warning {
  const { dispute, timeline } = caseOf(context);
  const windowCloses = timeline.disputeWindowCloses?.at;
  const platformOpen =
    isDisputeActive(dispute) || (dispute === undefined && windowCloses !== undefined && context.now <= windowCloses);
  if (platformOpen) {
    return {
      step: 'file-chargeback',
      severity: 'danger',
      title: 'Finish the platform route first',
      text: 'A chargeback filed while the marketplace’s own dispute route is still open can forfeit the platform’s protection (on some marketplaces it makes the claim ineligible). Use the dispute first; keep the chargeback for when it fails.',
      ruleIds: [CHARGEBACK_FIRST_MAY_FORFEIT.id],
    };
  }
  return {
    step: 'file-chargeback',
    severity: 'caution',
    title: 'The bank or PayPal decides from here',
    text: 'A chargeback is decided by your bank or PayPal under their own rules and deadlines. Keep the evidence pack and the dispute history ready for their questions.',
    ruleIds: [CHARGEBACK_FIRST_MAY_FORFEIT.id],
  };
}
