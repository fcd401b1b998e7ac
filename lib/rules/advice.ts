import type { Instant } from '../model/time';
import type { ComplaintChoice } from './complaints';
import type { ChecklistItem } from './evidence-requirements';
import type { RefundSuggestion } from './refund';
import type { Warning } from './warnings';

/** What the advisor can recommend. */
export type AdviceAction =
  | 'wait'
  | 'contact-seller'
  | 'ask-extend-protection'
  | 'open-dispute'
  | 'add-evidence'
  | 'accept-offer'
  | 'reject-offer'
  | 'counter-offer'
  | 'escalate'
  | 'ship-return'
  | 'appeal'
  | 'report-seller'
  | 'chargeback'
  | 'contact-support'
  | 'leave-feedback'
  | 'none';

export interface AdviceOption {
  action: AdviceAction;
  /** Imperative, short ("Open a dispute now"). */
  title: string;
  /** One paragraph: the rule and the date behind it. */
  why: string;
}

/** Every decision branch of the advisor, in the order it checks them. Tests reach each one. */
export const ADVICE_BRANCHES = [
  'account-question',
  'report-misconduct',
  'refund-in-transit',
  'refund-overdue',
  'payment-problem',
  'ship-return',
  'escalated-add-evidence',
  'escalated-wait',
  'offer-resend',
  'offer-full-refund',
  'offer-fair',
  'offer-low',
  'offer-unreasonable',
  'offer-partial-unclear',
  'offer-return-seller-pays',
  'offer-return-buyer-pays',
  'accepted-wait-refund',
  'opened-add-evidence',
  'opened-wait-seller',
  'seller-silent-auto-refund',
  'negotiation-in-transit',
  'negotiation-add-evidence',
  'escalate-now',
  'wait-for-escalation',
  'decided-wait-refund',
  'resolved-feedback',
  'decision-appeal',
  'page-dispute-untracked',
  'lost-chargeback',
  'lost-feedback',
  'reopen-dispute',
  'awaiting-payment',
  'order-closed',
  'awaiting-shipment',
  'extension-not-granted',
  'extend-protection',
  'protection-ending-open-dispute',
  'in-transit-wait',
  'delivered-inspect',
  'completed-feedback',
  'status-unknown',
  'window-closed-chargeback',
  'window-closed-feedback',
  'before-dispute-contact-seller',
  'wait-dispute-opens',
  'not-received-in-transit',
  'open-dispute-urgent',
  'contact-seller-first',
  'wait-seller-reply',
  'collect-evidence',
  'open-dispute',
] as const;
export type AdviceBranch = (typeof ADVICE_BRANCHES)[number];

export interface Advice extends AdviceOption {
  /** Which decision branch produced it (stable id, for tests and diagnostics). */
  branch: AdviceBranch;
  /** For "wait": until when; for an action: the moment it must be done by. */
  until?: Instant;
  /** Whether `until` was stated by the page or estimated by a rule. */
  untilSource?: 'page' | 'estimate';
  /** Rule ids cited (lib/rules/catalog.ts and neighbours). */
  ruleIds: string[];
  /** Other routes still open, best first. */
  alternatives: AdviceOption[];
  /** Warnings to show before the recommended (or a tempting) irreversible step. */
  warnings: Warning[];
  /** report-seller: which complaint category and sub-type. */
  complaint?: ComplaintChoice;
  /** The refund to ask, when one is at stake. */
  refund?: RefundSuggestion;
  /** Required checklist items not yet covered, when evidence matters now. */
  missingEvidence?: ChecklistItem[];
}
