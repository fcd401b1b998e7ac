import {
  CARD_CHARGEBACK_WINDOW_DAYS,
  DISPUTE_WINDOW_DAYS,
  PAYPAL_DISPUTE_WINDOW_DAYS,
  PAYPAL_ESCALATE_TO_CLAIM_DAYS,
} from '../catalog';
import { isDisputeActive } from '../timeline';
import { type Branch, chargebackOpen, passed, type Situation, warn } from './situation';
import { day, providerName, until } from './wording';

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
        title: 'Check the PayPal dispute: it may have closed',
        why: `A PayPal dispute must be escalated to a claim within ${PAYPAL_ESCALATE_TO_CLAIM_DAYS.value} days; here that was ${day(s, due)}. If it closed, ask PayPal whether it can be reopened, and record the claim in the journal if you escalated it.`,
        ruleIds: [PAYPAL_ESCALATE_TO_CLAIM_DAYS.id],
      };
    }
    return {
      branch: 'provider-escalate-claim',
      action: 'escalate',
      title: 'Escalate the PayPal dispute to a claim if the seller does not refund',
      why: `A PayPal dispute closes unless it is escalated to a claim within ${PAYPAL_ESCALATE_TO_CLAIM_DAYS.value} days of opening, here by ${day(s, due)}. If the seller has not refunded by then, escalate it in the PayPal Resolution Center; PayPal then decides.`,
      ruleIds: [PAYPAL_ESCALATE_TO_CLAIM_DAYS.id],
      ...until(due),
    };
  }
  return {
    branch: 'provider-decides',
    action: 'wait',
    title: `Wait for ${providerName(filed.provider)}’s decision`,
    why: `${filed.provider === 'paypal' ? 'The PayPal claim is' : 'The chargeback is'} decided by ${providerName(filed.provider)} under its own rules and deadlines. Answer its questions quickly; the evidence pack and the dispute history are what it asks for.`,
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
    title: `Ask ${providerName(closes.provider)} for ${closes.provider === 'paypal' ? 'a refund (PayPal dispute)' : 'a chargeback'}`,
    why: `${reason} Your payment provider is the route left: its window closes ${day(s, closes)} (${rule.value} days after the payment).`,
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
    return chargebackStep(
      s,
      'lost-chargeback',
      'The platform ruled for the seller, so the platform route is exhausted.',
    );
  }
  return {
    branch: 'lost-feedback',
    action: 'leave-feedback',
    title: 'Leave honest feedback on the seller',
    why: 'The platform ruled for the seller and no payment-provider window is known to be open. Honest feedback warns other buyers; a complaint against the seller is also possible.',
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
      `The last day to open a dispute was ${day(s, closed)}${closed.ruleId === DISPUTE_WINDOW_DAYS.id ? ` (${DISPUTE_WINDOW_DAYS.value} days after protection ended)` : ''}, so the platform route is closed.`,
    );
  }
  return {
    branch: 'window-closed-feedback',
    action: 'leave-feedback',
    title: 'Leave honest feedback on the seller',
    why: `The last day to open a dispute was ${day(s, closed)}, and no payment-provider window is known to be open. Feedback warns other buyers${s.complaint ? '; a complaint is also possible' : ''}.`,
    ruleIds: [closed.ruleId],
  };
};
