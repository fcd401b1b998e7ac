import type { JournalKind } from '../../lib/model/journal';
import type { IrreversibleStep } from '../../lib/rules/warnings';

/**
 * The journal's kinds as the form offers them. Their words are the catalogs' `journal.kind.*`
 * (lib/i18n/messages/<locale>/guide.ts).
 */

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

/** Kinds that carry a proposed resolution. */
export const KINDS_WITH_RESOLUTION: ReadonlySet<JournalKind> = new Set([
  'dispute-opened',
  'offer-received',
  'counter-offer-sent',
]);
