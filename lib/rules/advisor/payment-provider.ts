import { sentences } from '../buyer-words';
import {
  CARD_CHARGEBACK_WINDOW_DAYS,
  DISPUTE_WINDOW_DAYS,
  PAYPAL_DISPUTE_WINDOW_DAYS,
  PAYPAL_ESCALATE_TO_CLAIM_DAYS,
} from '../catalog';
import { isDisputeActive } from '../timeline';
import { type Branch, chargebackOpen, passed, type Situation, warn } from './situation';
import { day, until } from './wording';

/**
 * The route outside the platform: a PayPal dispute (escalated to a claim within 20 days) or a card
 * chargeback, filed with or without an AliExpress dispute, and the fallback once the platform route is over.
 */

/** A case with the payment provider runs and no AliExpress dispute needs the buyer: follow the provider. */
export const providerCase: Branch = (s) => {
  const filed = s.chargeback;
  if (filed === undefined || isDisputeActive(s.dispute)) return undefined;
  const due = s.t.chargebackEscalationDue;
  if (filed.provider === 'paypal' && filed.escalatedAt === undefined && due !== undefined) {
    if (passed(s, due)) {
      return {
        branch: 'provider-dispute-lapsed',
        action: 'contact-support',
        title: s.words.t('advice.provider-dispute-lapsed.title'),
        why: s.words.t('advice.provider-dispute-lapsed.why', {
          days: PAYPAL_ESCALATE_TO_CLAIM_DAYS.value,
          date: day(s, due),
        }),
        ruleIds: [PAYPAL_ESCALATE_TO_CLAIM_DAYS.id],
      };
    }
    return {
      branch: 'provider-escalate-claim',
      action: 'escalate',
      title: s.words.t('advice.provider-escalate-claim.title'),
      why: s.words.t('advice.provider-escalate-claim.why', {
        days: PAYPAL_ESCALATE_TO_CLAIM_DAYS.value,
        date: day(s, due),
      }),
      ruleIds: [PAYPAL_ESCALATE_TO_CLAIM_DAYS.id],
      ...until(due),
    };
  }
  return {
    branch: 'provider-decides',
    action: 'wait',
    title: s.words.t(
      filed.provider === 'paypal' ? 'advice.provider-decides.title.paypal' : 'advice.provider-decides.title.card',
    ),
    why: s.words.t(
      filed.provider === 'paypal' ? 'advice.provider-decides.why.paypal' : 'advice.provider-decides.why.card',
    ),
    ruleIds: [filed.provider === 'paypal' ? PAYPAL_ESCALATE_TO_CLAIM_DAYS.id : CARD_CHARGEBACK_WINDOW_DAYS.id],
  };
};

function chargebackStep(s: Situation, branch: 'lost-chargeback' | 'window-closed-chargeback', reason: string) {
  const closes = s.t.chargebackWindowCloses;
  if (closes === undefined) return undefined;
  const rule = closes.provider === 'paypal' ? PAYPAL_DISPUTE_WINDOW_DAYS : CARD_CHARGEBACK_WINDOW_DAYS;
  return {
    branch,
    action: 'chargeback' as const,
    title: s.words.t(closes.provider === 'paypal' ? 'advice.chargeback.title.paypal' : 'advice.chargeback.title.card'),
    why: sentences(reason, s.words.t('advice.chargeback.why', { date: day(s, closes), days: rule.value })),
    ruleIds: [closes.ruleId],
    ...until(closes),
    warnings: [warn(s, 'file-chargeback')],
  };
}

/** The platform ruled for the seller and offers no appeal. */
export const lostDispute: Branch = (s) => {
  const decision = s.dispute?.decision;
  if (s.dispute?.status !== 'decided' || decision?.outcome !== 'seller-favour') return undefined;
  if (chargebackOpen(s)) {
    return chargebackStep(s, 'lost-chargeback', s.words.t('advice.lost-chargeback.reason'));
  }
  return {
    branch: 'lost-feedback',
    action: 'leave-feedback',
    title: s.words.t('advice.lost-feedback.title'),
    why: s.words.t('advice.lost-feedback.why'),
    ruleIds: [],
  };
};

/** The last day to open a dispute is over: the provider's window, else feedback. */
export const windowClosed: Branch = (s) => {
  const closed = s.t.disputeWindowCloses;
  if (s.orderReason === undefined || closed === undefined || !passed(s, closed)) return undefined;
  if (chargebackOpen(s)) {
    return chargebackStep(
      s,
      'window-closed-chargeback',
      closed.ruleId === DISPUTE_WINDOW_DAYS.id
        ? s.words.t('advice.window-closed-chargeback.reasonAfterProtection', {
            date: day(s, closed),
            days: DISPUTE_WINDOW_DAYS.value,
          })
        : s.words.t('advice.window-closed-chargeback.reason', { date: day(s, closed) }),
    );
  }
  return {
    branch: 'window-closed-feedback',
    action: 'leave-feedback',
    title: s.words.t('advice.window-closed-feedback.title'),
    why: s.words.t(s.complaint ? 'advice.window-closed-feedback.whyComplaint' : 'advice.window-closed-feedback.why', {
      date: day(s, closed),
    }),
    ruleIds: [closed.ruleId],
  };
};
