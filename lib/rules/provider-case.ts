import type { ChargebackCase, DisputeCase, PaymentProvider } from '../model/dispute';
import { byJournalOrder, type JournalEntry } from '../model/journal';
import type { RuleSettings } from './settings';

/**
 * The case with the payment provider (a PayPal dispute or claim, a card chargeback), folded from the
 * journal on its own: it runs beside the AliExpress dispute or without one, so a PayPal dispute the
 * buyer records first still gets its deadlines (shared/rules/aliexpress.md "payment provider").
 */

/** Who the buyer paid with when the journal does not say: the settings' payment method, a card when unknown. */
export function defaultProvider(settings: RuleSettings | undefined): PaymentProvider {
  return settings?.paymentMethod === 'paypal' ? 'paypal' : 'card';
}

/** The latest provider case of the journal, in any order of entry: the last filing, escalated when a later entry says so. */
export function chargebackFromJournal(
  entries: readonly JournalEntry[],
  provider: PaymentProvider,
): ChargebackCase | undefined {
  let found: ChargebackCase | undefined;
  for (const entry of [...entries].sort(byJournalOrder)) {
    if (entry.kind === 'chargeback-filed') {
      found = { provider: entry.provider ?? provider, filedAt: entry.at };
    } else if (entry.kind === 'chargeback-escalated' && found !== undefined && found.escalatedAt === undefined) {
      found = { ...found, escalatedAt: entry.at };
    }
  }
  return found;
}

/** The provider case the engine follows: the one the dispute carries, else the journal's. */
export function chargebackOf(input: {
  dispute?: DisputeCase;
  journal?: readonly JournalEntry[];
  settings?: RuleSettings;
}): ChargebackCase | undefined {
  return input.dispute?.chargeback ?? chargebackFromJournal(input.journal ?? [], defaultProvider(input.settings));
}
