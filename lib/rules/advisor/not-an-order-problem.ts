import { problemGroupOf } from '../../model/problem-reasons';
import { sentences } from '../buyer-words';
import { COMPLAINT_REVIEW_TIME_FIXED, REFUND_ARRIVAL_WORKING_DAYS } from '../catalog';
import { complaintCategoryText } from '../complaints';
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

/** "1–10 working days", in the buyer's language. */
export function refundRange(s: Situation): string {
  const { min, max } = REFUND_ARRIVAL_WORKING_DAYS.value;
  return s.words.t('advice.refundRange', { min, max });
}

export const accountQuestion: Branch = (s) =>
  s.problem?.reason !== 'account-question'
    ? undefined
    : {
        branch: 'account-question',
        action: 'contact-support',
        title: s.words.t('advice.account-question.title'),
        why: s.words.t('advice.account-question.why'),
        ruleIds: [],
      };

export const reportMisconduct: Branch = (s) => {
  if (s.problem === undefined || problemGroupOf(s.problem.reason) !== 'misconduct' || s.complaint === undefined) {
    return undefined;
  }
  const choice = s.complaint;
  return {
    branch: 'report-misconduct',
    action: 'report-seller',
    title: s.words.t('advice.report-misconduct.title'),
    why: sentences(
      s.words.t('advice.report-misconduct.why', { category: complaintCategoryText(choice, s.locale) }),
      choice.note,
      // NOT_COVERED_BY_PROTECTION: payments made outside the platform are not covered.
      s.problem.reason === 'pay-outside-platform' && s.words.t('advice.report-misconduct.offPlatform'),
      s.words.t(
        COMPLAINT_REVIEW_TIME_FIXED.value ? 'advice.report-misconduct.followFixed' : 'advice.report-misconduct.follow',
      ),
    ),
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
      title: s.words.t('advice.refund-in-transit.title'),
      why: s.words.t('advice.refund-in-transit.why', { range: refundRange(s), date: day(s, expected.at) }),
      ruleIds: [REFUND_ARRIVAL_WORKING_DAYS.id],
      waitUntil: expected.at,
    };
  }
  return {
    branch: 'refund-overdue',
    action: 'contact-support',
    title: s.words.t('advice.refund-overdue.title'),
    why:
      expected === undefined
        ? s.words.t('advice.refund-overdue.why', { range: refundRange(s) })
        : s.words.t('advice.refund-overdue.whyBy', { range: refundRange(s), date: day(s, expected.at) }),
    ruleIds: [REFUND_ARRIVAL_WORKING_DAYS.id],
  };
};

export const paymentProblem: Branch = (s) =>
  s.problem === undefined || problemGroupOf(s.problem.reason) !== 'payment'
    ? undefined
    : {
        branch: 'payment-problem',
        action: 'contact-support',
        title: s.words.t('advice.payment-problem.title'),
        why: s.words.t('advice.payment-problem.why'),
        ruleIds: [],
      };
