import type { MessageKey } from '../i18n/messages/en/index';
import { buyerWords } from './buyer-words';
import {
  BUYER_PROTECTION_MAX_DAYS,
  CANCEL_AFTER_PROTECTION_IS_FINAL,
  CANCELLED_DISPUTE_RESTARTS_WINDOW,
  CARD_CHARGEBACK_WINDOW_DAYS,
  CONFIRM_RECEIPT_ENDS_PROTECTION,
  DISPUTE_OPENS_AFTER_SHIPPING_DAYS,
  DISPUTE_OPENS_IMMEDIATELY_BELOW_DELIVERY_DAYS,
  DISPUTE_WINDOW_DAYS,
  ESCALATION_AUTO_AFTER_DAYS,
  ESCALATION_POSSIBLE_AFTER_DAYS,
  PAYPAL_DISPUTE_WINDOW_DAYS,
  PAYPAL_ESCALATE_TO_CLAIM_DAYS,
  PROTECTION_AFTER_DELIVERY_DAYS,
  RETURN_SHIP_WITHIN_DAYS,
  SELLER_DISPUTE_RESPONSE_DAYS,
} from './catalog';
import type { Rule, SourceEra } from './rule';

/** "Why this date", in the buyer's words: what the rule says and where it comes from. */
export interface RuleExplanation {
  summary: string;
  source: string;
  note?: string;
}

/** The rules an estimated deadline can name (lib/rules/timeline.ts), each with its buyer-facing words. */
const EXPLAINED: readonly Rule[] = [
  BUYER_PROTECTION_MAX_DAYS,
  PROTECTION_AFTER_DELIVERY_DAYS,
  CONFIRM_RECEIPT_ENDS_PROTECTION,
  CANCELLED_DISPUTE_RESTARTS_WINDOW,
  CANCEL_AFTER_PROTECTION_IS_FINAL,
  DISPUTE_OPENS_AFTER_SHIPPING_DAYS,
  DISPUTE_OPENS_IMMEDIATELY_BELOW_DELIVERY_DAYS,
  DISPUTE_WINDOW_DAYS,
  SELLER_DISPUTE_RESPONSE_DAYS,
  ESCALATION_POSSIBLE_AFTER_DAYS,
  ESCALATION_AUTO_AFTER_DAYS,
  RETURN_SHIP_WITHIN_DAYS,
  PAYPAL_DISPUTE_WINDOW_DAYS,
  CARD_CHARGEBACK_WINDOW_DAYS,
  PAYPAL_ESCALATE_TO_CLAIM_DAYS,
];
const BY_ID: ReadonlyMap<string, Rule> = new Map(EXPLAINED.map((rule) => [rule.id, rule]));

/** Rules whose note matters to the buyer (the others' notes are for docs/RULES.md). */
const WITH_NOTE: ReadonlySet<string> = new Set([
  BUYER_PROTECTION_MAX_DAYS.id,
  PROTECTION_AFTER_DELIVERY_DAYS.id,
  DISPUTE_OPENS_AFTER_SHIPPING_DAYS.id,
  ESCALATION_POSSIBLE_AFTER_DAYS.id,
  CARD_CHARGEBACK_WINDOW_DAYS.id,
]);

const ERAS: ReadonlySet<SourceEra> = new Set(['current', 'legacy', 'seller-side', 'one-guide', 'payment-provider']);

/**
 * The explanation of a rule behind an estimated date, in the buyer's language (`locale`: BCP 47; English
 * by default); undefined for a rule no deadline is estimated from.
 */
export function ruleExplanation(ruleId: string, locale?: string): RuleExplanation | undefined {
  const rule = BY_ID.get(ruleId);
  if (rule === undefined) return undefined;
  const { t } = buyerWords(locale);
  const days = typeof rule.value === 'number' ? rule.value : 0;
  const source = ERAS.has(rule.era) ? t(`rule.era.${rule.era}` as MessageKey) : rule.source;
  return {
    summary: t(`rule.${rule.id}` as MessageKey, { days }),
    source: t('rule.source', { source }),
    ...(WITH_NOTE.has(rule.id) && { note: t(`rule.note.${rule.id}` as MessageKey) }),
  };
}
