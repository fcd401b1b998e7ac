import type { DisputeCase } from '../../model/dispute';
import type { Order } from '../../model/order';
import type { Problem } from '../../model/problem';
import { selectKey } from '../buyer-words';
import type { RefundSuggestion } from '../refund';
import { bulletList, factLines, orderFacts, orderReference, paragraphs, withDetails } from './facts';
import { PLATFORM_LANGUAGE, problemSentence, type TextLanguage } from './text-language';

export interface ChargebackSummaryInput {
  order: Order;
  problem: Problem;
  provider: 'paypal' | 'card';
  timeZone: string;
  dispute?: DisputeCase;
  refund?: RefundSuggestion;
  evidence?: readonly string[];
}

function asked(order: Order, refund: RefundSuggestion | undefined, language: TextLanguage): string {
  const { t } = language;
  if (refund === undefined) {
    return order.total === undefined
      ? t('compose.chargeback.askPayment')
      : t('compose.chargeback.askTotal', { amount: language.money(order.total) });
  }
  const full = refund.resolution === 'full-refund';
  return refund.amount === undefined
    ? t(full ? 'compose.chargeback.askFull' : 'compose.chargeback.askPartial')
    : t(full ? 'compose.chargeback.askFullOf' : 'compose.chargeback.askPartialOf', {
        amount: language.money(refund.amount),
      });
}

/**
 * A summary for the bank's chargeback form or a PayPal dispute: the purchase, the problem, what was
 * tried on the platform. English; `language` for the buyer's version beside it.
 */
export function composeChargebackSummary(
  input: ChargebackSummaryInput,
  language: TextLanguage = PLATFORM_LANGUAGE,
): string {
  const { order, problem, provider, timeZone, dispute, refund, evidence = [] } = input;
  const { t } = language;
  const facts = orderFacts(order, dispute, timeZone, language);
  const merchant = order.store
    ? t('compose.chargeback.merchantSeller', { store: order.store.name })
    : t('compose.chargeback.merchant');
  const purchase = { provider, merchant, order: orderReference(order, language) };
  return paragraphs(
    order.total === undefined
      ? t('compose.chargeback.purchase', purchase)
      : t('compose.chargeback.purchaseTotal', { ...purchase, total: language.money(order.total) }),
    withDetails(
      t('compose.chargeback.problem', { problem: problemSentence(language, problem.reason) }),
      problem.details,
    ),
    facts.length > 0 && [t('compose.chargeback.timeline'), ...factLines(facts, timeZone, language)],
    dispute === undefined
      ? t('compose.chargeback.notResolved')
      : dispute.decision === undefined
        ? t('compose.chargeback.opened')
        : t('compose.chargeback.decided', { outcome: selectKey(dispute.decision.outcome) }),
    evidence.length > 0 && [t('compose.evidenceAttached'), ...bulletList(evidence)],
    asked(order, refund, language),
  );
}
