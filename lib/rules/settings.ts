import { OVERRIDABLE_DAY_RULES, type OverridableRuleId } from './catalog';
import type { Rule } from './rule';

/** Choices the buyer (options page) can make about the rules. Everything optional; defaults are the current rules. */
export interface RuleSettings {
  /** Use a documented alternative value for a timing rule (e.g. protection 120 days in Brazil). */
  overrides?: Partial<Record<OverridableRuleId, number>>;
  /** How the buyer usually pays: decides which chargeback rule applies. */
  paymentMethod?: 'paypal' | 'card' | 'unknown';
  /** Which complaint form the buyer sees: the current one, or the older one with "Trading rules violations". */
  complaintList?: 'current' | 'legacy';
}

/**
 * The number of days a timing rule gives under these settings. An override that is not the rule's
 * value or one of its documented alternatives is ignored: settings choose between sources, they do not
 * invent new values.
 */
export function dayRuleValue(rule: Rule<number>, settings: RuleSettings | undefined): number {
  const id = rule.id as OverridableRuleId;
  const override = OVERRIDABLE_DAY_RULES[id] === rule ? settings?.overrides?.[id] : undefined;
  if (override === undefined) return rule.value;
  return rule.alternatives.some((alternative) => alternative.value === override) ? override : rule.value;
}
