import type { DeadlineKind } from '../model/deadline';
import type { PaymentProvider } from '../model/dispute';

/**
 * Each deadline's one name, the same in every view (badge, list, guide, notification, CSV, evidence
 * summary) whether it is ahead or passed: the formatter says "ended 2 days ago", the name does not
 * change. English; the i18n layer will take these strings from here.
 */
export const DEADLINE_NAMES: Readonly<Record<DeadlineKind, string>> = {
  'dispute-opens': 'Dispute can be opened',
  'buyer-protection-ends': 'Buyer protection ends',
  'dispute-window-closes': 'Last day to open a dispute',
  'auto-confirm': 'Buyer protection ends',
  'seller-response-due': 'Seller must respond to the dispute',
  'buyer-response-due': 'Answer the seller’s proposal',
  'escalation-possible': 'You can escalate the dispute',
  'escalation-due': 'Platform steps in if no agreement',
  'return-ship-by': 'Ship the return',
  'chargeback-window-closes': 'Last day for a chargeback',
  'chargeback-escalation-due': 'Escalate the PayPal dispute to a claim',
};

/** The payment provider's window is named after the provider the buyer pays with. */
const PROVIDER_WINDOW_NAMES: Readonly<Record<PaymentProvider, string>> = {
  paypal: 'Last day for a PayPal dispute',
  card: 'Last day for a card chargeback',
};

/**
 * `locale`: the buyer's language, for the views that already pass it (the settings page). The names are
 * English here until they move to the catalogs with the rest of the deadline words (the guide's part of
 * issue 14), so it is not read yet.
 */
export function deadlineName(kind: DeadlineKind, provider?: PaymentProvider, _locale?: string): string {
  return kind === 'chargeback-window-closes' && provider !== undefined
    ? PROVIDER_WINDOW_NAMES[provider]
    : DEADLINE_NAMES[kind];
}

/**
 * What a deadline's moment means, for how it is worded and how its day is counted:
 * - `opens`: something becomes possible then (a whole day counts from its start: "from Mar 12");
 * - `expected`: something should happen then, nothing is lost when it passes;
 * - `closes`: after it the buyer's options are worse (a whole day is open until its end).
 */
export type DeadlineRole = 'opens' | 'expected' | 'closes';

export const DEADLINE_ROLES: Readonly<Record<DeadlineKind, DeadlineRole>> = {
  'dispute-opens': 'opens',
  'escalation-possible': 'opens',
  'escalation-due': 'expected',
  'seller-response-due': 'expected',
  'buyer-protection-ends': 'closes',
  'auto-confirm': 'closes',
  'dispute-window-closes': 'closes',
  'buyer-response-due': 'closes',
  'return-ship-by': 'closes',
  'chargeback-window-closes': 'closes',
  'chargeback-escalation-due': 'closes',
};

export function deadlineRole(kind: DeadlineKind): DeadlineRole {
  return DEADLINE_ROLES[kind];
}
