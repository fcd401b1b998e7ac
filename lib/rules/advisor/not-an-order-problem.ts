import { problemGroupOf } from '../../model/problem-reasons';
import { COMPLAINT_REVIEW_TIME_FIXED, NOT_COVERED_BY_PROTECTION, REFUND_ARRIVAL_WORKING_DAYS } from '../catalog';
import type { Dated } from '../timeline';
import { addBusinessDaysInZone } from '../zoned-time';
import type { Branch, Situation } from './situation';
import { day } from './wording';

/** Problems that are not about the goods: account questions, seller misconduct, refunds and payments. */

export function refundExpectedBy(s: Situation, from: number | undefined): Dated | undefined {
  if (from === undefined) return undefined;
  return {
    at: addBusinessDaysInZone(from, REFUND_ARRIVAL_WORKING_DAYS.value.max, s.timeZone),
    source: 'estimate',
    ruleId: REFUND_ARRIVAL_WORKING_DAYS.id,
  };
}

export const REFUND_RANGE = `${REFUND_ARRIVAL_WORKING_DAYS.value.min}–${REFUND_ARRIVAL_WORKING_DAYS.value.max} working days`;

export const accountQuestion: Branch = (s) =>
  s.problem?.reason !== 'account-question'
    ? undefined
    : {
        branch: 'account-question',
        action: 'contact-support',
        title: 'Ask customer service',
        why: 'Account and general questions go to customer service (the AI assistant, sometimes a live agent); it is weak for order problems, which go through a dispute.',
        ruleIds: [],
      };

export const reportMisconduct: Branch = (s) => {
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
  };
};

export const refundWaiting: Branch = (s) => {
  const reason = s.problem?.reason;
  if (reason !== 'refund-not-received' && reason !== 'order-cancelled') return undefined;
  const decidedAt = s.dispute?.decision?.outcome === 'seller-favour' ? undefined : s.dispute?.decision?.at;
  const expected = s.t.refundExpectedBy ?? refundExpectedBy(s, decidedAt ?? s.problem?.since);
  if (expected !== undefined && s.now <= expected.at) {
    return {
      branch: 'refund-in-transit',
      action: 'wait',
      title: 'Wait for the refund to arrive',
      why: `A refund takes ${REFUND_RANGE} to reach the account it was paid from; counted from the refund, that is until ${day(s, expected.at)}. Banks can add a few days.`,
      ruleIds: [REFUND_ARRIVAL_WORKING_DAYS.id],
      waitUntil: expected.at,
    };
  }
  return {
    branch: 'refund-overdue',
    action: 'contact-support',
    title: 'Ask customer service where the refund is',
    why: `A refund normally arrives within ${REFUND_RANGE}${expected === undefined ? '' : ` (here by ${day(s, expected.at)})`}. Ask customer service for the refund reference, then check with your bank.`,
    ruleIds: [REFUND_ARRIVAL_WORKING_DAYS.id],
  };
};

export const paymentProblem: Branch = (s) =>
  s.problem === undefined || problemGroupOf(s.problem.reason) !== 'payment'
    ? undefined
    : {
        branch: 'payment-problem',
        action: 'contact-support',
        title: 'Contact customer service about the payment',
        why: 'Payment errors and money not credited are handled by customer service, not by a dispute with the seller. Keep the bank statement line or receipt ready.',
        ruleIds: [],
      };
