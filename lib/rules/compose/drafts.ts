import type { DisputeCase } from '../../model/dispute';
import type { Order } from '../../model/order';
import { isOrderProblem, type Problem } from '../../model/problem';
import type { Advice } from '../advice';
import { complaintFor } from '../complaints';
import { suggestRefund } from '../refund';
import type { RuleSettings } from '../settings';
import { isDisputeActive } from '../timeline';
import { pendingOffer } from '../warnings';
import { composeChargebackSummary } from './chargeback-summary';
import { composeComplaintText } from './complaint-text';
import { composeDisputeDescription, composeEscalationStatement } from './dispute-description';
import { composeOfferAnswer } from './offer-answer';
import { composeSellerMessage, type SellerRequest } from './seller-message';

export type DraftId =
  | 'seller-message'
  | 'dispute-description'
  | 'offer-answer'
  | 'escalation-statement'
  | 'complaint'
  | 'chargeback';

export interface Draft {
  id: DraftId;
  /** Where the text goes ("Message to the seller"). */
  title: string;
  /** Where to paste it, one line. */
  where: string;
  body: string;
}

export interface DraftsInput {
  order: Order;
  problem?: Problem;
  dispute?: DisputeCase;
  advice: Advice;
  timeZone: string;
  settings?: RuleSettings;
  /** Captions of the evidence files, listed in the texts. */
  evidence?: readonly string[];
}

/** The seller request that fits: a refund for a problem, else what the advisor is after. */
function sellerRequest(input: DraftsInput): SellerRequest | undefined {
  const refund = input.problem && suggestRefund(input.order, input.problem);
  if (refund) return { kind: 'refund', refund };
  if (input.advice.action === 'ask-extend-protection') return { kind: 'extend-protection' };
  if (input.problem?.reason === 'not-received' || input.advice.action === 'contact-seller') {
    return { kind: 'tracking-update' };
  }
  return undefined;
}

/**
 * Every text that fits the order's situation, the one for the advisor's next step first. Drafts
 * only: the buyer edits each before copying, and none promises an outcome.
 */
export function draftsFor(input: DraftsInput): Draft[] {
  const { order, problem, dispute, timeZone, evidence = [] } = input;
  const drafts: Draft[] = [];
  const request = sellerRequest(input);
  const sellerProblem: Problem = problem ?? { reason: 'not-received' };
  if (request) {
    drafts.push({
      id: 'seller-message',
      title: 'Message to the seller',
      where: 'Order page → Contact seller',
      body: composeSellerMessage({ order, problem: sellerProblem, request, evidence }),
    });
  }
  if (problem && isOrderProblem(problem.reason)) {
    const orderProblem = { ...problem, reason: problem.reason };
    const refund = suggestRefund(order, problem);
    if (refund) {
      drafts.push({
        id: 'dispute-description',
        title: 'Dispute description',
        where: 'Order page → Open dispute → description',
        body: composeDisputeDescription({ order, problem: orderProblem, refund, timeZone, evidence }),
      });
      const offer = isDisputeActive(dispute) ? pendingOffer(dispute) : undefined;
      if (offer) {
        drafts.push({
          id: 'offer-answer',
          title: 'Answer to the proposal',
          where: 'Dispute page → Reject (or counter) the proposal → reason',
          body: composeOfferAnswer({ order, problem: orderProblem, offer, refund, evidence }),
        });
      }
      if (dispute) {
        drafts.push({
          id: 'escalation-statement',
          title: 'Escalation statement',
          where: 'Dispute page → Escalate',
          body: composeEscalationStatement({ order, dispute, problem: orderProblem, refund, timeZone, evidence }),
        });
      }
    }
  }
  const complaint = problem && complaintFor(problem.reason, input.settings?.complaintList);
  if (problem && complaint) {
    drafts.push({
      id: 'complaint',
      title: 'Complaint (report the seller)',
      where: 'Complaint Center, or "Report item" on the product page',
      body: composeComplaintText({ order, problem, complaint, evidence }),
    });
  }
  if (problem) {
    const provider = dispute?.chargeback?.provider ?? (input.settings?.paymentMethod === 'paypal' ? 'paypal' : 'card');
    const refund = suggestRefund(order, problem);
    drafts.push({
      id: 'chargeback',
      title: provider === 'paypal' ? 'PayPal dispute summary' : 'Card chargeback summary',
      where: provider === 'paypal' ? 'PayPal Resolution Center' : 'Your bank’s chargeback form',
      body: composeChargebackSummary({
        order,
        problem,
        provider,
        timeZone,
        ...(dispute && { dispute }),
        ...(refund && { refund }),
        evidence,
      }),
    });
  }
  const first = DRAFT_FOR_ACTION[input.advice.action];
  return first ? [...drafts].sort((a, b) => Number(b.id === first) - Number(a.id === first)) : drafts;
}

/** Which text the advisor's action needs most. */
const DRAFT_FOR_ACTION: Partial<Record<Advice['action'], DraftId>> = {
  'contact-seller': 'seller-message',
  'ask-extend-protection': 'seller-message',
  'open-dispute': 'dispute-description',
  'add-evidence': 'dispute-description',
  'reject-offer': 'offer-answer',
  'counter-offer': 'offer-answer',
  escalate: 'escalation-statement',
  'report-seller': 'complaint',
  chargeback: 'chargeback',
};
