import { deadlineDate } from '../format/deadline-format';
import type { DisputeCase, Offer } from '../model/dispute';
import type { JournalEntry } from '../model/journal';
import type { Order } from '../model/order';
import type { Problem } from '../model/problem';
import type { Instant } from '../model/time';
import { buyerWords } from './buyer-words';
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
  /** The buyer's locale (BCP 47): the warning's language (English by default) and its dates (the browser's by default). */
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
  const { t, money } = buyerWords(context.locale);
  const offer = context.offer ?? pendingOffer(caseOf(context).dispute);
  const ruleIds = [ACCEPTING_OFFER_CLOSES_DISPUTE.id];
  if (offer?.resolution === 'resend' || offer?.resolution === 'other' || offer === undefined) {
    return {
      step: 'accept-offer',
      severity: 'danger',
      title: t('warning.accept-offer.closes.title'),
      text: t('warning.accept-offer.closes.text'),
      ruleIds,
    };
  }
  const amount = offer.amount === undefined ? undefined : money(offer.amount);
  const full = offer.resolution === 'full-refund';
  const text =
    offer.resolution === 'return-and-refund'
      ? amount === undefined
        ? t('warning.accept-offer.settles.return', { days: RETURN_SHIP_WITHIN_DAYS.value })
        : t('warning.accept-offer.settles.returnOf', { amount, days: RETURN_SHIP_WITHIN_DAYS.value })
      : t('warning.accept-offer.settles.refund', {
          refund:
            amount === undefined
              ? t(full ? 'advice.refund.full' : 'advice.refund.partial')
              : t(full ? 'advice.refund.fullOf' : 'advice.refund.partialOf', { amount }),
        });
  return {
    step: 'accept-offer',
    severity: 'caution',
    title: t('warning.accept-offer.settles.title'),
    text,
    ruleIds: offer.resolution === 'return-and-refund' ? [...ruleIds, RETURN_SHIP_WITHIN_DAYS.id] : ruleIds,
  };
}

function cancelDispute(context: WarningContext): Warning {
  const { now, timeZone } = context;
  const { t } = buyerWords(context.locale);
  const protection = caseOf(context).timeline.protectionEnds;
  if (protection === undefined || now >= protection.at) {
    return {
      step: 'cancel-dispute',
      severity: 'danger',
      title: t('warning.cancel-dispute.final.title'),
      text:
        protection === undefined
          ? t('warning.cancel-dispute.final.unknown')
          : t('warning.cancel-dispute.final.ended', { date: dateText(context, protection.at, protection.on) }),
      ruleIds: [CANCEL_AFTER_PROTECTION_IS_FINAL.id],
    };
  }
  // The one rule of the deadline list: today becomes the completion date, a new dispute until the end of today + 15.
  const lastDay = addLocalDays(localDateOfInstant(now, timeZone), CANCELLED_DISPUTE_RESTARTS_WINDOW.value);
  return {
    step: 'cancel-dispute',
    severity: 'caution',
    title: t('warning.cancel-dispute.restart.title'),
    text: t('warning.cancel-dispute.restart.text', {
      date: dateText(context, endOfLocalDay(lastDay, timeZone), lastDay),
      days: CANCELLED_DISPUTE_RESTARTS_WINDOW.value,
    }),
    ruleIds: [CANCELLED_DISPUTE_RESTARTS_WINDOW.id],
  };
}

function confirmReceipt(context: WarningContext): Warning {
  const { order, problem } = context;
  const { t } = buyerWords(context.locale);
  const { dispute } = caseOf(context);
  const ruleIds = [CONFIRM_RECEIPT_ENDS_PROTECTION.id];
  // A problem with what came (damaged, not as described, missing items…) says the parcel arrived, even
  // while the page still says "awaiting delivery" because receipt was not confirmed.
  const arrived = problem !== undefined && problem.reason !== 'not-received';
  const notArrived =
    problem?.reason === 'not-received' ||
    (!arrived && (order.status === 'shipped' || order.status === 'awaiting-shipment'));
  if (notArrived) {
    return {
      step: 'confirm-receipt',
      severity: 'danger',
      title: t('warning.confirm-receipt.notArrived.title'),
      text: t('warning.confirm-receipt.notArrived.text'),
      ruleIds,
    };
  }
  if (problem !== undefined || isDisputeActive(dispute)) {
    return {
      step: 'confirm-receipt',
      severity: 'danger',
      title: t('warning.confirm-receipt.openProblem.title'),
      text: t('warning.confirm-receipt.openProblem.text', { days: DISPUTE_WINDOW_DAYS.value }),
      ruleIds: [...ruleIds, DISPUTE_WINDOW_DAYS.id],
    };
  }
  return {
    step: 'confirm-receipt',
    severity: 'caution',
    title: t('warning.confirm-receipt.check.title'),
    text: t('warning.confirm-receipt.check.text', { days: DISPUTE_WINDOW_DAYS.value }),
    ruleIds: [...ruleIds, DISPUTE_WINDOW_DAYS.id],
  };
}

function letWindowLapse(context: WarningContext): Warning {
  const { t } = buyerWords(context.locale);
  const closes = caseOf(context).timeline.disputeWindowCloses;
  const text =
    closes === undefined
      ? t('warning.let-window-lapse.unknown', { days: DISPUTE_WINDOW_DAYS.value })
      : t(closes.at < context.now ? 'warning.let-window-lapse.passed' : 'warning.let-window-lapse.on', {
          date: dateText(context, closes.at, closes.on),
        });
  return {
    step: 'let-window-lapse',
    severity: 'danger',
    title: t('warning.let-window-lapse.title'),
    text,
    ruleIds: [DISPUTE_WINDOW_DAYS.id],
  };
}

function skipReturn(context: WarningContext): Warning {
  const { t } = buyerWords(context.locale);
  const due = caseOf(context).timeline.returnShipBy;
  const days = RETURN_SHIP_WITHIN_DAYS.value;
  return {
    step: 'skip-return-shipping',
    severity: 'danger',
    title: t('warning.skip-return-shipping.title'),
    text:
      due === undefined
        ? t('warning.skip-return-shipping.text', { days })
        : t('warning.skip-return-shipping.textBy', { days, date: dateText(context, due.at, due.on) }),
    ruleIds: [RETURN_SHIP_WITHIN_DAYS.id],
  };
}

function fileChargeback(context: WarningContext): Warning {
  const { t } = buyerWords(context.locale);
  const { dispute, timeline } = caseOf(context);
  const windowCloses = timeline.disputeWindowCloses?.at;
  const platformOpen =
    isDisputeActive(dispute) || (dispute === undefined && windowCloses !== undefined && context.now <= windowCloses);
  if (platformOpen) {
    return {
      step: 'file-chargeback',
      severity: 'danger',
      title: t('warning.file-chargeback.platformFirst.title'),
      text: t('warning.file-chargeback.platformFirst.text'),
      ruleIds: [CHARGEBACK_FIRST_MAY_FORFEIT.id],
    };
  }
  return {
    step: 'file-chargeback',
    severity: 'caution',
    title: t('warning.file-chargeback.provider.title'),
    text: t('warning.file-chargeback.provider.text'),
    ruleIds: [CHARGEBACK_FIRST_MAY_FORFEIT.id],
  };
}
