import type { Advice } from './advice';
import {
  beforeDisputeOpens,
  disputeOpen,
  noProblem,
  notReceivedInTransit,
  orderStatusGate,
} from './advisor/before-dispute';
import { finish } from './advisor/finish';
import {
  acceptedWaitRefund,
  answerOffer,
  decidedForBuyer,
  decisionAppeal,
  endedDispute,
  escalated,
  fallback,
  negotiating,
  openedWaiting,
  pageDisputeUntracked,
  shipReturn,
} from './advisor/in-dispute';
import { accountQuestion, paymentProblem, refundWaiting, reportMisconduct } from './advisor/not-an-order-problem';
import { lostDispute, providerCase, windowClosed } from './advisor/payment-provider';
import { type AdviceInput, type Branch, situationOf } from './advisor/situation';

export type { AdviceInput } from './advisor/situation';

/**
 * The branches in the order they are checked, by phase; each phase has its own file in ./advisor/:
 * not an order problem → in a dispute → the payment provider → a finished dispute → before a dispute
 * → after the dispute window → the dispute route.
 */
const BRANCHES: readonly Branch[] = [
  // not-an-order-problem.ts
  accountQuestion,
  reportMisconduct,
  refundWaiting,
  paymentProblem,
  // in-dispute.ts: a running dispute
  shipReturn,
  answerOffer,
  escalated,
  acceptedWaitRefund,
  pageDisputeUntracked,
  openedWaiting,
  negotiating,
  // payment-provider.ts: a PayPal dispute or chargeback with no AliExpress dispute to follow
  providerCase,
  // a finished dispute
  decidedForBuyer,
  decisionAppeal,
  lostDispute,
  endedDispute,
  // before-dispute.ts
  orderStatusGate,
  noProblem,
  // payment-provider.ts: the dispute window is over
  windowClosed,
  // before-dispute.ts: the dispute route
  beforeDisputeOpens,
  notReceivedInTransit,
  disputeOpen,
  fallback,
];

/**
 * The one next step for an order, with why (rule and date), the deadline that matters first and the
 * later safety nets (all from the order's own deadline list), the alternatives still open and the
 * warnings that stand before irreversible steps. Pure and deterministic: the branches are checked in
 * order and the first that applies decides (ADVICE_BRANCHES lists them; tests reach every one).
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
