import type { Order } from '../../model/order';
import type { Problem } from '../../model/problem';
import type { RefundSuggestion } from '../refund';
import { bulletList, orderReference, paragraphs, withDetails } from './facts';
import { PLATFORM_LANGUAGE, problemSentence, type TextLanguage } from './text-language';

export type SellerRequest =
  | { kind: 'refund'; refund: RefundSuggestion }
  | { kind: 'extend-protection'; days?: number }
  | { kind: 'tracking-update' };

export interface SellerMessageInput {
  order: Order;
  problem: Problem;
  request: SellerRequest;
  /** What the buyer attaches (captions of evidence files). */
  evidence?: readonly string[];
}

function askFor(request: SellerRequest, language: TextLanguage): string {
  const { t } = language;
  switch (request.kind) {
    case 'refund': {
      const { refund } = request;
      const amount = refund.amount === undefined ? undefined : language.money(refund.amount);
      if (refund.resolution === 'full-refund') {
        return amount === undefined ? t('compose.seller.askFull') : t('compose.seller.askFullOf', { amount });
      }
      const ask = amount === undefined ? t('compose.seller.askPartial') : t('compose.seller.askPartialOf', { amount });
      // The reasoning goes to the seller only when it rests on the buyer's own answer about the item.
      return refund.severityAssumed ? ask : `${ask} ${refund.rationale}`;
    }
    case 'extend-protection':
      return request.days === undefined
        ? t('compose.seller.askExtension')
        : t('compose.seller.askExtensionBy', { days: request.days });
    case 'tracking-update':
      return t('compose.seller.askTracking');
  }
}

/**
 * A polite, concise first message to the seller (order page "Contact seller"): order number, what
 * happened, what the buyer asks, what is attached. A draft: the buyer edits it before sending. English
 * for the platform; the same in the buyer's language (`language`) to read beside it. A refund's
 * rationale comes in the language it was suggested in (lib/rules/refund.ts).
 */
export function composeSellerMessage(
  { order, problem, request, evidence = [] }: SellerMessageInput,
  language: TextLanguage = PLATFORM_LANGUAGE,
): string {
  const { t } = language;
  const secondary = (problem.secondary ?? []).map((reason) => problemSentence(language, reason));
  return paragraphs(
    t('compose.seller.hello'),
    withDetails(
      `${t('compose.seller.about', { order: orderReference(order, language) })} ${problemSentence(language, problem.reason)}.`,
      problem.details,
    ),
    secondary.length > 0 && [t('compose.seller.also'), ...bulletList(secondary)],
    askFor(request, language),
    evidence.length > 0 && [t('compose.seller.attached'), ...bulletList(evidence)],
    t('compose.seller.thanks'),
  );
}
