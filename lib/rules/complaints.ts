import type { ProblemReason } from '../model/problem';
import { buyerWords } from './buyer-words';
import { FEEDBACK_ABUSE_REPORT_DAYS, IPR_REVIEW_WORKING_DAYS } from './catalog';

export interface ComplaintSubType {
  id: string;
  label: string;
}

export interface ComplaintCategory {
  id: 'ipr' | 'prohibited' | 'trading-rules' | 'search-price-manipulation' | 'other';
  label: string;
  subTypes: readonly ComplaintSubType[];
  note?: string;
}

export type ComplaintList = 'current' | 'legacy';

type CategoryId = ComplaintCategory['id'];

const PROHIBITED_SUB_TYPES = [
  'weapons',
  'hazardous-chemicals',
  'medical',
  'illegal-tools',
  'illicit-drugs',
  'adult',
  'human-parts-flora-fauna',
  'other-prohibited',
] as const;
const SEARCH_PRICE_SUB_TYPES = [
  'wrong-category',
  'wrong-five-category-posting',
  'incorrect-measuring-units',
  'prices-too-low',
  'sku-infringements',
  'shipping-cost-mismatch',
  'duplicate-listings',
  'incorrect-category-title',
  'prices-too-high',
] as const;
type SubTypeId = (typeof PROHIBITED_SUB_TYPES)[number] | (typeof SEARCH_PRICE_SUB_TYPES)[number];

/** The Complaint Center's sub-types per category, by id (their words are the catalogs' `complaint.sub.*`). */
const SUB_TYPES: Readonly<Record<CategoryId, readonly SubTypeId[]>> = {
  ipr: [],
  prohibited: PROHIBITED_SUB_TYPES,
  'trading-rules': [],
  'search-price-manipulation': SEARCH_PRICE_SUB_TYPES,
  other: [],
};

/**
 * Source: newer buyer guides (current): "Trading rules violations" was removed (open a dispute instead);
 * the list is IPR, prohibited items and search/price manipulation, plus "Other" for spam and phishing.
 */
export const COMPLAINT_CATEGORIES_CURRENT: readonly CategoryId[] = [
  'ipr',
  'prohibited',
  'search-price-manipulation',
  'other',
];
/** Source: older Complaint Center guides (c. 2020–22), with "Trading rules violations". */
export const COMPLAINT_CATEGORIES_LEGACY: readonly CategoryId[] = [
  'ipr',
  'prohibited',
  'trading-rules',
  'search-price-manipulation',
  'other',
];

const lists = new Map<string, readonly ComplaintCategory[]>();

/** The categories of a list, labelled in the buyer's language (`locale`: BCP 47; English by default). */
export function complaintCategories(list: ComplaintList, locale?: string): readonly ComplaintCategory[] {
  const key = `${list}|${locale ?? ''}`;
  let found = lists.get(key);
  if (found === undefined) {
    const { t } = buyerWords(locale);
    const notes: Partial<Record<CategoryId, string>> = {
      ipr: t('complaint.note.ipr', {
        documents: IPR_REVIEW_WORKING_DAYS.value.documents,
        complaint: IPR_REVIEW_WORKING_DAYS.value.complaint,
      }),
      'trading-rules': t('complaint.note.trading-rules'),
      other: t('complaint.note.other', { days: FEEDBACK_ABUSE_REPORT_DAYS.value }),
    };
    found = (list === 'legacy' ? COMPLAINT_CATEGORIES_LEGACY : COMPLAINT_CATEGORIES_CURRENT).map((id) => ({
      id,
      label: t(`complaint.${id}`),
      subTypes: SUB_TYPES[id].map((sub) => ({ id: sub, label: t(`complaint.sub.${sub}`) })),
      ...(notes[id] !== undefined && { note: notes[id] }),
    }));
    lists.set(key, found);
  }
  return found;
}

export interface ComplaintChoice {
  list: ComplaintList;
  category: ComplaintCategory;
  subType?: ComplaintSubType;
  /** Also open a dispute for the order problem (the complaint does not refund anything). */
  alsoDispute: boolean;
  /** Why this category, and what to do when the form differs. */
  note: string;
}

/** Which note explains the choice (the catalogs' `complaint.note.*`). */
type NoteKey =
  | 'tradingOnNewForm'
  | 'fakeTrackingOnNewForm'
  | 'ipr'
  | 'pay-outside-platform'
  | 'confirm-before-arrival'
  | 'threats-or-rudeness'
  | 'changed-quantity'
  | 'fake-tracking'
  | 'spam'
  | 'phishing'
  | 'inflated-price'
  | 'changed-shipping-cost';

type Mapping = { category: CategoryId; subType?: string; alsoDispute?: true; note: NoteKey };

const both = (mapping: Mapping) => ({ current: mapping, legacy: mapping });

/** Which category (and sub-type) fits a problem, per list. */
const MAPPING: Partial<Record<ProblemReason, { current: Mapping; legacy: Mapping }>> = {
  'pay-outside-platform': {
    current: { category: 'other', note: 'tradingOnNewForm' },
    legacy: { category: 'trading-rules', note: 'pay-outside-platform' },
  },
  'confirm-before-arrival': {
    current: { category: 'other', note: 'tradingOnNewForm' },
    legacy: { category: 'trading-rules', note: 'confirm-before-arrival' },
  },
  'threats-or-rudeness': {
    current: { category: 'other', note: 'tradingOnNewForm' },
    legacy: { category: 'trading-rules', note: 'threats-or-rudeness' },
  },
  'changed-quantity': {
    current: { category: 'other', alsoDispute: true, note: 'tradingOnNewForm' },
    legacy: { category: 'trading-rules', alsoDispute: true, note: 'changed-quantity' },
  },
  'fake-tracking': {
    current: { category: 'other', alsoDispute: true, note: 'fakeTrackingOnNewForm' },
    legacy: { category: 'trading-rules', alsoDispute: true, note: 'fake-tracking' },
  },
  spam: both({ category: 'other', note: 'spam' }),
  phishing: both({ category: 'other', note: 'phishing' }),
  'inflated-price': both({ category: 'search-price-manipulation', subType: 'prices-too-high', note: 'inflated-price' }),
  'changed-shipping-cost': both({
    category: 'search-price-manipulation',
    subType: 'shipping-cost-mismatch',
    alsoDispute: true,
    note: 'changed-shipping-cost',
  }),
  counterfeit: both({ category: 'ipr', alsoDispute: true, note: 'ipr' }),
};

/**
 * The complaint that fits a problem on the given list, labelled in the buyer's language (`locale`;
 * English by default), or undefined when a complaint is not the route.
 */
export function complaintFor(
  reason: ProblemReason,
  list: ComplaintList = 'current',
  locale?: string,
): ComplaintChoice | undefined {
  const mapping = MAPPING[reason]?.[list];
  if (mapping === undefined) return undefined;
  // Every mapped category exists on its own list (tested); "Other" is on both.
  const categories = complaintCategories(list, locale);
  const category =
    categories.find((candidate) => candidate.id === mapping.category) ??
    (categories.find((candidate) => candidate.id === 'other') as ComplaintCategory);
  const subType = category.subTypes.find((candidate) => candidate.id === mapping.subType);
  const { t } = buyerWords(locale);
  return {
    list,
    category,
    ...(subType ? { subType } : {}),
    alsoDispute: mapping.alsoDispute === true,
    note: mapping.note === 'ipr' ? (category.note ?? '') : t(`complaint.note.${mapping.note}`),
  };
}

/** "Restricted or prohibited products — Medical drugs and devices": the category as the form shows it. */
export function complaintCategoryText(choice: ComplaintChoice, locale?: string): string {
  const { category, subType } = choice;
  return subType === undefined
    ? category.label
    : buyerWords(locale).t('complaint.category', { category: category.label, subType: subType.label });
}
