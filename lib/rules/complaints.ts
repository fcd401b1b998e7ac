import type { ProblemReason } from '../model/problem';
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

const IPR: ComplaintCategory = {
  id: 'ipr',
  label: 'IPR protection (counterfeits)',
  subTypes: [],
  note: `Filed by rights holders through a separate account (documents reviewed in ~${IPR_REVIEW_WORKING_DAYS.value.documents} working days, the complaint in ~${IPR_REVIEW_WORKING_DAYS.value.complaint}). A buyer with a fake opens a dispute with the reason "Counterfeit".`,
};

const PROHIBITED: ComplaintCategory = {
  id: 'prohibited',
  label: 'Restricted or prohibited products',
  subTypes: [
    { id: 'weapons', label: 'Offensive weapons & materials' },
    { id: 'hazardous-chemicals', label: 'Flammable, explosive & hazardous chemicals' },
    { id: 'medical', label: 'Medical drugs and devices' },
    { id: 'illegal-tools', label: 'Software, tools or devices for illegal purposes' },
    { id: 'illicit-drugs', label: 'Illicit drugs, precursors & paraphernalia' },
    { id: 'adult', label: 'Obscene & adult materials' },
    { id: 'human-parts-flora-fauna', label: 'Human parts & remains, protected flora & fauna' },
    { id: 'other-prohibited', label: 'Other prohibited' },
  ],
};

const SEARCH_PRICE: ComplaintCategory = {
  id: 'search-price-manipulation',
  label: 'Price and category manipulation / search-related violations',
  subTypes: [
    { id: 'wrong-category', label: 'Wrong category' },
    { id: 'wrong-five-category-posting', label: 'Wrong five-category posting' },
    { id: 'incorrect-measuring-units', label: 'Incorrect measuring units' },
    { id: 'prices-too-low', label: 'Prices too low' },
    { id: 'sku-infringements', label: 'SKU infringements' },
    { id: 'shipping-cost-mismatch', label: 'Actual vs listed shipping cost mismatch' },
    { id: 'duplicate-listings', label: 'Duplicate listings' },
    { id: 'incorrect-category-title', label: 'Incorrect category title' },
    { id: 'prices-too-high', label: 'Prices too high' },
  ],
};

const TRADING_RULES: ComplaintCategory = {
  id: 'trading-rules',
  label: 'Trading rules violations',
  subTypes: [],
  note: 'Paying outside the platform, confirming receipt before arrival, threats or rudeness.',
};

const OTHER: ComplaintCategory = {
  id: 'other',
  label: 'Other',
  subTypes: [],
  note: `Spam and phishing (phishing has no form of its own). Abusive feedback can be reported within ${FEEDBACK_ABUSE_REPORT_DAYS.value} days of the feedback.`,
};

/**
 * Source: newer buyer guides (current): "Trading rules violations" was removed (open a dispute instead);
 * the list is IPR, prohibited items and search/price manipulation, plus "Other" for spam and phishing.
 */
export const COMPLAINT_CATEGORIES_CURRENT: readonly ComplaintCategory[] = [IPR, PROHIBITED, SEARCH_PRICE, OTHER];

/** Source: older Complaint Center guides (c. 2020–22), with "Trading rules violations". */
export const COMPLAINT_CATEGORIES_LEGACY: readonly ComplaintCategory[] = [
  IPR,
  PROHIBITED,
  TRADING_RULES,
  SEARCH_PRICE,
  OTHER,
];

export function complaintCategories(list: ComplaintList): readonly ComplaintCategory[] {
  return list === 'legacy' ? COMPLAINT_CATEGORIES_LEGACY : COMPLAINT_CATEGORIES_CURRENT;
}

/** Where a complaint is filed: the Complaint Center, or "Report item" on the product page. */
export const COMPLAINT_CHANNELS = ['Complaint Center', 'Report item (product page)'] as const;

export interface ComplaintChoice {
  list: ComplaintList;
  category: ComplaintCategory;
  subType?: ComplaintSubType;
  /** Also open a dispute for the order problem (the complaint does not refund anything). */
  alsoDispute: boolean;
  /** Why this category, and what to do when the form differs. */
  note: string;
}

type Mapping = { category: ComplaintCategory['id']; subType?: string; alsoDispute?: true; note: string };

const TRADING_NOTE =
  'The newer complaint form has no "Trading rules violations": report it under "Other" and open a dispute for any order problem.';

/** Which category (and sub-type) fits a problem, per list. */
const MAPPING: Partial<Record<ProblemReason, { current: Mapping; legacy: Mapping }>> = {
  'pay-outside-platform': {
    current: { category: 'other', note: TRADING_NOTE },
    legacy: { category: 'trading-rules', note: 'Asking to pay outside the platform breaks the trading rules.' },
  },
  'confirm-before-arrival': {
    current: { category: 'other', note: TRADING_NOTE },
    legacy: {
      category: 'trading-rules',
      note: 'Pressing for "Confirm received" before arrival breaks the trading rules.',
    },
  },
  'threats-or-rudeness': {
    current: { category: 'other', note: TRADING_NOTE },
    legacy: { category: 'trading-rules', note: 'Threats and rudeness break the trading rules.' },
  },
  'changed-quantity': {
    current: { category: 'other', alsoDispute: true, note: TRADING_NOTE },
    legacy: {
      category: 'trading-rules',
      alsoDispute: true,
      note: 'Changing the quantity after the order breaks the trading rules.',
    },
  },
  'fake-tracking': {
    current: {
      category: 'other',
      alsoDispute: true,
      note: `${TRADING_NOTE} A fake tracking number is grounds for a "Not received" dispute.`,
    },
    legacy: {
      category: 'trading-rules',
      alsoDispute: true,
      note: 'A fake tracking number breaks the trading rules; open a "Not received" dispute too.',
    },
  },
  spam: {
    current: { category: 'other', note: 'Spam is reported under "Other".' },
    legacy: { category: 'other', note: 'Spam is reported under "Other".' },
  },
  phishing: {
    current: { category: 'other', note: 'Phishing has no form of its own: use "Other".' },
    legacy: { category: 'other', note: 'Phishing has no form of its own: use "Other".' },
  },
  'inflated-price': {
    current: {
      category: 'search-price-manipulation',
      subType: 'prices-too-high',
      note: 'An inflated price is a price manipulation.',
    },
    legacy: {
      category: 'search-price-manipulation',
      subType: 'prices-too-high',
      note: 'An inflated price is a price manipulation.',
    },
  },
  'changed-shipping-cost': {
    current: {
      category: 'search-price-manipulation',
      subType: 'shipping-cost-mismatch',
      alsoDispute: true,
      note: 'Shipping charged differently from the listing.',
    },
    legacy: {
      category: 'search-price-manipulation',
      subType: 'shipping-cost-mismatch',
      alsoDispute: true,
      note: 'Shipping charged differently from the listing.',
    },
  },
  counterfeit: {
    current: { category: 'ipr', alsoDispute: true, note: IPR.note ?? '' },
    legacy: { category: 'ipr', alsoDispute: true, note: IPR.note ?? '' },
  },
};

/** The complaint that fits a problem on the given list, or undefined when a complaint is not the route. */
export function complaintFor(reason: ProblemReason, list: ComplaintList = 'current'): ComplaintChoice | undefined {
  const mapping = MAPPING[reason]?.[list];
  if (mapping === undefined) return undefined;
  // Every mapped category exists on its own list (tested); "Other" is on both.
  const category = complaintCategories(list).find((candidate) => candidate.id === mapping.category) ?? OTHER;
  const subType = category.subTypes.find((candidate) => candidate.id === mapping.subType);
  return {
    list,
    category,
    ...(subType ? { subType } : {}),
    alsoDispute: mapping.alsoDispute === true,
    note: mapping.note,
  };
}
