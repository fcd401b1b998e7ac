import type { Order } from '../../model/order';
import type { Problem } from '../../model/problem';
import { type ComplaintChoice, complaintCategoryText } from '../complaints';
import { COMPLAINT_EVIDENCE_LIMITS } from '../evidence-limits';
import { bulletList, orderReference, paragraphs, withDetails } from './facts';
import { PLATFORM_LANGUAGE, problemSentence, type TextLanguage } from './text-language';

export interface ComplaintTextInput {
  order: Order;
  problem: Problem;
  /** The category, labelled in the text's language (complaintFor with that language). */
  complaint: ComplaintChoice;
  evidence?: readonly string[];
}

/**
 * A report for the Complaint Center: the category and sub-type to pick, the store and product links,
 * what happened, the evidence (the form takes at most 5 files of 5 MB). English, as the form asks;
 * `language` for the buyer's version beside it.
 */
export function composeComplaintText(
  { order, problem, complaint, evidence = [] }: ComplaintTextInput,
  language: TextLanguage = PLATFORM_LANGUAGE,
): string {
  const { t } = language;
  const store = order.store;
  const links = [
    store &&
      (store.url
        ? t('compose.complaint.storeAt', { name: store.name, url: store.url })
        : t('compose.complaint.store', { name: store.name })),
    order.items?.[0]?.productUrl && t('compose.complaint.product', { url: order.items[0].productUrl }),
    t('compose.complaint.orderNumber', { id: order.orderId }),
  ].filter((line): line is string => typeof line === 'string');
  const shown = evidence.slice(0, COMPLAINT_EVIDENCE_LIMITS.maxFiles);
  return paragraphs(
    t('compose.complaint.type', { category: complaintCategoryText(complaint, language.language) }),
    links,
    withDetails(
      t('compose.complaint.problem', {
        problem: problemSentence(language, problem.reason),
        order: orderReference(order, language),
      }),
      problem.details,
    ),
    shown.length > 0 && [t('compose.evidenceAttached'), ...bulletList(shown)],
    t('compose.complaint.review'),
  );
}
