import * as catalog from './catalog';
import { DISPUTE_LOSS_REASONS, EVIDENCE_REQUIRED_WHEN_RECEIVED } from './evidence-requirements';
import type { Rule } from './rule';

function isRule(value: unknown): value is Rule {
  return typeof value === 'object' && value !== null && 'id' in value && 'era' in value && 'source' in value;
}

/**
 * Every rule constant by its exported name: the table docs/RULES.md documents (a test keeps the two in
 * step) and the UI can show for "why this date" (Deadline.ruleId → RULES_BY_ID).
 */
export const RULES: Readonly<Record<string, Rule>> = Object.freeze(
  Object.fromEntries(
    Object.entries({ ...catalog, EVIDENCE_REQUIRED_WHEN_RECEIVED, DISPUTE_LOSS_REASONS }).filter(([, value]) =>
      isRule(value),
    ),
  ) as Record<string, Rule>,
);

export const RULES_BY_ID: ReadonlyMap<string, Rule> = new Map(Object.values(RULES).map((rule) => [rule.id, rule]));

export function ruleById(id: string): Rule | undefined {
  return RULES_BY_ID.get(id);
}
