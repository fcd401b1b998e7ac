import type { Locale } from '../../i18n/locales';
import type { DisputeCase } from '../../model/dispute';
import type { Order } from '../../model/order';
import { isOrderProblem, type Problem } from '../../model/problem';
import type { Advice } from '../advice';
import { buyerWords } from '../buyer-words';
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
import { buyerTextLanguage, PLATFORM_LANGUAGE, type TextLanguage } from './text-language';

export type DraftId =
  | 'seller-message'
  | 'dispute-description'
  | 'offer-answer'
  | 'escalation-statement'
  | 'complaint'
  | 'chargeback';

export interface Draft {
  id: DraftId;
  /** Where the text goes ("Message to the seller"), in the buyer's language. */
  title: string;
  /** Where to paste it, one line, in the buyer's language. */
  where: string;
  /** The text to send, in English as the platform asks. */
  body: string;
  /**
   * The same text in the buyer's language, from the same facts and template, to read beside the English
   * one (never to send). Absent when the buyer reads English.
   */
  translation?: { language: Locale; body: string };
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
  /** The buyer's locale (BCP 47): the language of titles, places and the version beside the English text. */
  locale?: string;
}

/**
 * The seller request that fits: the extension when the step is to ask for one (the parcel is still on
 * its way: a refund is the dispute's business), else a refund for a problem, else what the advisor is after.
 */
function sellerRequest(input: DraftsInput, locale: string | undefined): SellerRequest | undefined {
  if (input.advice.action === 'ask-extend-protection') return { kind: 'extend-protection' };
  const refund = input.problem && suggestRefund(input.order, input.problem, locale);
  if (refund) return { kind: 'refund', refund };
  if (input.problem?.reason === 'not-received' || input.advice.action === 'contact-seller') {
    return { kind: 'tracking-update' };
  }
  return undefined;
}

interface Text {
  id: DraftId;
  /** Whose chargeback (the title and place name the provider). */
  provider?: 'paypal' | 'card';
  body: string;
}

/**
 * The texts that fit, written in one language: English for the platform (`locale` undefined), or the
 * buyer's. The same facts decide which texts there are, whatever the language.
 */
function textsIn(input: DraftsInput, language: TextLanguage, locale: string | undefined): Text[] {
  const { order, problem, dispute, timeZone, evidence = [] } = input;
  const texts: Text[] = [];
  const request = sellerRequest(input, locale);
  if (request) {
    const sellerProblem: Problem = problem ?? { reason: 'not-received' };
    texts.push({
      id: 'seller-message',
      body: composeSellerMessage({ order, problem: sellerProblem, request, evidence }, language),
    });
  }
  const refund = problem && suggestRefund(order, problem, locale);
  if (problem && refund && isOrderProblem(problem.reason)) {
    const orderProblem = { ...problem, reason: problem.reason };
    texts.push({
      id: 'dispute-description',
      body: composeDisputeDescription({ order, problem: orderProblem, refund, timeZone, evidence }, language),
    });
    const offer = isDisputeActive(dispute) ? pendingOffer(dispute) : undefined;
    if (offer) {
      texts.push({
        id: 'offer-answer',
        body: composeOfferAnswer({ order, problem: orderProblem, offer, refund, evidence }, language),
      });
    }
    if (dispute) {
      texts.push({
        id: 'escalation-statement',
        body: composeEscalationStatement(
          { order, dispute, problem: orderProblem, refund, timeZone, evidence },
          language,
        ),
      });
    }
  }
  const complaint = problem && complaintFor(problem.reason, input.settings?.complaintList, locale);
  if (problem && complaint) {
    texts.push({ id: 'complaint', body: composeComplaintText({ order, problem, complaint, evidence }, language) });
  }
  if (problem) {
    const provider = dispute?.chargeback?.provider ?? (input.settings?.paymentMethod === 'paypal' ? 'paypal' : 'card');
    texts.push({
      id: 'chargeback',
      provider,
      body: composeChargebackSummary(
        { order, problem, provider, timeZone, ...(dispute && { dispute }), ...(refund && { refund }), evidence },
        language,
      ),
    });
  }
  return texts;
}

/**
 * Every text that fits the order's situation, the one for the advisor's next step first. Drafts
 * only: the buyer edits each before copying, and none promises an outcome. Each is written for the
 * platform in English and, when the buyer reads another language, once more in theirs from the same
 * facts and template, to read beside it.
 */
export function draftsFor(input: DraftsInput): Draft[] {
  const { locale } = input;
  const { t, language } = buyerWords(locale);
  const translations =
    locale !== undefined && language !== 'en' ? textsIn(input, buyerTextLanguage(locale), locale) : undefined;
  const drafts = textsIn(input, PLATFORM_LANGUAGE, undefined).map(({ id, provider, body }, index): Draft => {
    const translation = translations?.[index]?.body;
    return {
      id,
      title:
        id === 'chargeback'
          ? t(`compose.draft.chargeback.title.${provider ?? 'card'}`)
          : t(`compose.draft.${id}.title`),
      where:
        id === 'chargeback'
          ? t(`compose.draft.chargeback.where.${provider ?? 'card'}`)
          : t(`compose.draft.${id}.where`),
      body,
      ...(translation !== undefined && { translation: { language, body: translation } }),
    };
  });
  const first = DRAFT_FOR_ACTION[input.advice.action];
  return first ? [...drafts].sort((a, b) => Number(b.id === first) - Number(a.id === first)) : drafts;
}

/** Which text the advisor's action needs most. */
export const DRAFT_FOR_ACTION: Partial<Record<Advice['action'], DraftId>> = {
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
