import type { Deadline, DeadlineSource } from '../model/deadline';
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
  /** The deadline of the order's list this route must be taken by, when it has one. */
  until?: Instant;
}

/** Every decision branch of the advisor, grouped by phase (lib/rules/advisor/). Tests reach each one. */
export const ADVICE_BRANCHES = [
  // Not about the goods (advisor/not-an-order-problem.ts)
  'account-question',
  'report-misconduct',
  'refund-in-transit',
  'refund-overdue',
  'payment-problem',
  // In a dispute (advisor/in-dispute.ts)
  'return-window-missed',
  'ship-return',
  'offer-resend',
  'offer-full-refund',
  'offer-fair',
  'offer-low',
  'offer-unreasonable',
  'offer-partial-unclear',
  'offer-return-seller-pays',
  'offer-return-buyer-pays',
  'escalated-add-evidence',
  'escalated-wait',
  'accepted-wait-refund',
  'page-dispute-untracked',
  'opened-add-evidence',
  'opened-wait-seller',
  'seller-silent-auto-refund',
  'negotiation-in-transit',
  'negotiation-add-evidence',
  'escalate-now',
  'wait-for-escalation',
  // The payment provider (advisor/payment-provider.ts)
  'provider-dispute-lapsed',
  'provider-escalate-claim',
  'provider-decides',
  // A finished dispute (advisor/in-dispute.ts, advisor/payment-provider.ts)
  'decided-wait-refund',
  'resolved-feedback',
  'decision-appeal',
  'lost-chargeback',
  'lost-feedback',
  'accepted-closed',
  'reopen-dispute',
  // Before a dispute (advisor/before-dispute.ts)
  'awaiting-payment',
  'order-closed',
  'awaiting-shipment',
  'extension-not-granted',
  'extend-protection',
  'extend-protection-late',
  'protection-ending-open-dispute',
  'in-transit-wait',
  'tracking-silent',
  'delivered-inspect',
  'completed-feedback',
  'status-unknown',
  // After the dispute window (advisor/payment-provider.ts)
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
  /**
   * Always a deadline of the order's own list (`deadline`): for an action, the first date at which the
   * buyer's options get worse (the headline); for "wait", the listed deadline the wait runs to.
   */
  until?: Instant;
  /** Whether `until` was stated by the page, by a rule the page states, or estimated by a rule. */
  untilSource?: DeadlineSource;
  /** The deadline `until` is, as the list has it (render it with lib/format/deadline-format.ts). */
  deadline?: Deadline;
  /**
   * The deadline that matters first: the earliest one still ahead after which the buyer's options get
   * worse ("Act before … — N days N hours left"). For a parcel not arrived: protection's end.
   */
  headline?: Deadline;
  /** Later deadlines still ahead that leave a route open once the headline passes, named as safety nets. */
  safetyNets: Deadline[];
  /** For "wait" on something that is no deadline (a refund, a delivery, a reply): when to look again. Never after the headline. */
  waitUntil?: Instant;
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
