import type { MessageKey } from '../../lib/i18n/messages/en/index';
import type { OverridableRuleId } from '../../lib/rules/catalog';
import type { SourceEra } from '../../lib/rules/rule';

/**
 * Which country an older regional value is for (lib/rules/catalog.ts names it in the alternative's source:
 * "older regional value for Brazil", "Russian help"), so the settings page can say it in the buyer's
 * language. Keyed by rule and value.
 */
const REGIONS: Readonly<Record<string, 'ru' | 'br'>> = {
  'buyer-protection-max-days:90': 'ru',
  'buyer-protection-max-days:120': 'br',
  'protection-after-delivery-days:7': 'ru',
};

/** Where a value comes from, in plain words: the source's era ("older AliExpress help pages (about 2012–16)"). */
export function sourceWords(ruleId: OverridableRuleId, value: number, era: SourceEra): MessageKey {
  const region = era === 'regional' ? REGIONS[`${ruleId}:${value}`] : undefined;
  return region ? `settings.era.regional.${region}` : `settings.era.${era}`;
}

/** Rules whose value needs a word of explanation beside the choice. */
export const RULE_NOTES: Partial<Record<OverridableRuleId, MessageKey>> = {
  'protection-after-delivery-days': 'settings.rule.note.protection-after-delivery-days',
  'escalation-possible-after-days': 'settings.rule.note.escalation-possible-after-days',
};
