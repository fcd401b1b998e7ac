import type { Offer } from '../../model/dispute';
import type { Order } from '../../model/order';
import type { OrderProblemReason, Problem } from '../../model/problem';
import { RETURN_POSTAGE_UP_TO_USD } from '../catalog';
import type { RefundSuggestion } from '../refund';
import { resolutionLine } from './dispute-description';
import { bulletList, offerWords, orderReference, paragraphs, withDetails } from './facts';
import { PLATFORM_LANGUAGE, problemSentence, type TextLanguage } from './text-language';

export interface OfferAnswerInput {
  order: Order;
  problem: Problem & { reason: OrderProblemReason };
  /** The proposal on the table (the seller's or the platform's). */
  offer: Offer;
  refund: RefundSuggestion;
  evidence?: readonly string[];
}

/** Why the proposal does not settle the problem, in one sentence the reviewer can check. */
function whyNot(offer: Offer, refund: RefundSuggestion, language: TextLanguage): string {
  const { t } = language;
  switch (offer.resolution) {
    case 'resend':
      return t('compose.answer.resend');
    case 'return-and-refund':
      return t('compose.answer.returnCost', {
        postage: language.money({ amount: RETURN_POSTAGE_UP_TO_USD.value, currency: 'USD' }),
      });
    case 'partial-refund':
      return offer.amount === undefined
        ? t('compose.answer.noAmount')
        : t('compose.answer.tooLow', { amount: language.money(offer.amount) });
    case 'full-refund':
      return t('compose.answer.fullPrice');
    default:
      return t(refund.resolution === 'full-refund' ? 'compose.answer.noRefund' : 'compose.answer.notCovering');
  }
}

/**
 * The buyer's answer to a proposal they refuse or counter (dispute page → reject or counter, reason):
 * what is refused and why, the problem first, the evidence, and what is asked instead. A draft, English
 * for the platform; `language` for the buyer's version beside it.
 */
export function composeOfferAnswer(
  { order, problem, offer, refund, evidence = [] }: OfferAnswerInput,
  language: TextLanguage = PLATFORM_LANGUAGE,
): string {
  const { t } = language;
  return paragraphs(
    t('compose.answer.refuse', {
      from: offer.from === 'platform' ? 'platform' : 'seller',
      offer: offerWords(offer, language),
      order: orderReference(order, language),
    }),
    whyNot(offer, refund, language),
    withDetails(t('compose.answer.problem', { problem: problemSentence(language, problem.reason) }), problem.details),
    evidence.length > 0 && [t('compose.answer.evidence'), ...bulletList(evidence)],
    t('compose.answer.instead', { resolution: resolutionLine(refund, language) }),
  );
}
