import type { PaymentProvider } from '../../lib/model/dispute';
import type { JournalKind } from '../../lib/model/journal';
import type { IrreversibleStep } from '../../lib/rules/warnings';

/** The journal in the buyer's words. */
export const JOURNAL_LABELS: Readonly<Record<JournalKind, string>> = {
  'contacted-seller': 'I contacted the seller',
  'seller-replied': 'The seller replied',
  'extension-requested': 'I asked to extend buyer protection',
  'protection-extended': 'The seller extended protection',
  'dispute-opened': 'I opened a dispute',
  'evidence-added': 'I added evidence to the dispute',
  'offer-received': 'The seller made an offer',
  'offer-accepted': 'I accepted the seller’s offer',
  'offer-rejected': 'I rejected the seller’s offer',
  'counter-offer-sent': 'I sent a counter-offer',
  'seller-rejected': 'The seller rejected the dispute',
  escalated: 'The dispute was escalated',
  decision: 'AliExpress decided the dispute',
  'return-shipped': 'I shipped the return',
  'refund-received': 'I received the refund',
  'dispute-cancelled': 'I cancelled the dispute',
  'dispute-closed': 'The dispute was closed',
  'complaint-filed': 'I filed a complaint',
  'chargeback-filed': 'I filed a chargeback or PayPal dispute',
  'chargeback-escalated': 'I escalated the PayPal dispute to a claim',
  'feedback-left': 'I left feedback',
  note: 'Note',
};

/** Entries that record a step the buyer cannot take back: the form shows its warning first. */
export const IRREVERSIBLE_KINDS: Partial<Record<JournalKind, IrreversibleStep>> = {
  'offer-accepted': 'accept-offer',
  'dispute-cancelled': 'cancel-dispute',
  'chargeback-filed': 'file-chargeback',
};

/** Kinds that carry an amount (an offer, a refund, a decision). */
export const KINDS_WITH_AMOUNT: ReadonlySet<JournalKind> = new Set([
  'offer-received',
  'counter-offer-sent',
  'refund-received',
  'decision',
  'dispute-opened',
]);

/** Kinds that name the payment provider (PayPal or card), defaulting to the settings' payment method. */
export const KINDS_WITH_PROVIDER: ReadonlySet<JournalKind> = new Set(['chargeback-filed', 'chargeback-escalated']);

export const PROVIDER_WORDS: Readonly<Record<PaymentProvider, string>> = {
  paypal: 'PayPal',
  card: 'Card (bank)',
};

/** The journal form's other words. */
export const JOURNAL_WORDS = {
  when: 'When (empty: now; an earlier date counts from then)',
  provider: 'With',
  futureDate: 'That date is in the future: enter when it happened.',
  fromPage: '· read from the AliExpress page',
} as const;

/** Kinds that carry a proposed resolution. */
export const KINDS_WITH_RESOLUTION: ReadonlySet<JournalKind> = new Set([
  'dispute-opened',
  'offer-received',
  'counter-offer-sent',
]);
