import type { DisputeCase } from '../../model/dispute';
import type { Order } from '../../model/order';
import type { OrderProblemReason, Problem } from '../../model/problem';
import type { RefundSuggestion } from '../refund';
import { bulletList, type Fact, factLines, orderFacts, orderReference, paragraphs, withDetails } from './facts';
import { PLATFORM_LANGUAGE, problemSentence, type TextLanguage } from './text-language';

export interface DisputeDescriptionInput {
  order: Order;
  problem: Problem & { reason: OrderProblemReason };
  refund: RefundSuggestion;
  timeZone: string;
  evidence?: readonly string[];
  /** Facts the buyer adds (seller chat, carrier answers…), merged with the order's own. */
  extraFacts?: readonly Fact[];
}

export function resolutionLine(refund: RefundSuggestion, language: TextLanguage = PLATFORM_LANGUAGE): string {
  const { t } = language;
  const full = refund.resolution === 'full-refund';
  const line =
    refund.amount === undefined
      ? t(full ? 'compose.resolution.full' : 'compose.resolution.partial')
      : t(full ? 'compose.resolution.fullOf' : 'compose.resolution.partialOf', {
          amount: language.money(refund.amount),
        });
  // The platform reads the reasoning only when it rests on what the buyer said about the item.
  return refund.severityAssumed ? line : `${line} ${refund.rationale}`;
}

/**
 * The text for the dispute form: the main problem first, secondary problems as a list, facts with
 * dates, the evidence, and the resolution asked (DISPUTE_LOSS_REASONS: a badly described problem and a
 * refund asked too high are why disputes are lost). English for the platform; `language` for the
 * buyer's version beside it (with the refund suggested in that language).
 */
export function composeDisputeDescription(
  input: DisputeDescriptionInput,
  language: TextLanguage = PLATFORM_LANGUAGE,
): string {
  const { order, problem, refund, timeZone, evidence = [], extraFacts = [] } = input;
  const { t } = language;
  const secondary = (problem.secondary ?? []).map((reason) => problemSentence(language, reason));
  const facts = [...orderFacts(order, undefined, timeZone, language), ...extraFacts].sort((a, b) => a.at - b.at);
  return paragraphs(
    t('compose.dispute.reason', { reason: t(`formReason.${problem.reason}`) }),
    withDetails(
      t('compose.dispute.main', {
        problem: problemSentence(language, problem.reason),
        order: orderReference(order, language),
      }),
      problem.details,
    ),
    secondary.length > 0 && [t('compose.dispute.otherProblems'), ...bulletList(secondary)],
    facts.length > 0 && [t('compose.dispute.facts'), ...factLines(facts, timeZone, language)],
    evidence.length > 0 && [t('compose.evidenceAttached'), ...bulletList(evidence)],
    t('compose.dispute.requested', { resolution: resolutionLine(refund, language) }),
  );
}

export interface EscalationStatementInput {
  order: Order;
  dispute: DisputeCase;
  problem: Problem & { reason: OrderProblemReason };
  refund: RefundSuggestion;
  timeZone: string;
  evidence?: readonly string[];
}

function whyNoAgreement(dispute: DisputeCase, language: TextLanguage): string {
  const { t } = language;
  const lastSellerOffer = [...(dispute.offers ?? [])].reverse().find((offer) => offer.from === 'seller');
  if (dispute.status === 'seller-rejected') return t('compose.escalation.sellerRejected');
  if (lastSellerOffer === undefined) return t('compose.escalation.noProposal');
  if (lastSellerOffer.resolution === 'resend') return t('compose.escalation.onlyResend');
  return t('compose.escalation.notCovering');
}

/** What the buyer tells the platform when escalating: the case in short, why there is no agreement, what is asked. */
export function composeEscalationStatement(
  input: EscalationStatementInput,
  language: TextLanguage = PLATFORM_LANGUAGE,
): string {
  const { order, dispute, problem, refund, timeZone, evidence = [] } = input;
  const { t } = language;
  return paragraphs(
    t('compose.escalation.review', { order: orderReference(order, language) }),
    withDetails(t('compose.escalation.main', { problem: problemSentence(language, problem.reason) }), problem.details),
    [
      t('compose.escalation.whatHappened'),
      ...factLines(orderFacts(order, dispute, timeZone, language), timeZone, language),
    ],
    t('compose.escalation.why', { why: whyNoAgreement(dispute, language) }),
    evidence.length > 0 && [t('compose.evidenceAttached'), ...bulletList(evidence)],
    t('compose.dispute.requested', { resolution: resolutionLine(refund, language) }),
  );
}
