import { readFileSync } from 'node:fs';
import { resolve } from 'node:path';
import { describe, expect, it } from 'vitest';
import * as catalog from '../../../lib/rules/catalog';
import { RULES, RULES_BY_ID, ruleById } from '../../../lib/rules/registry';
import { dayRuleValue } from '../../../lib/rules/settings';

const ERAS = [
  'current',
  'help-centre-2020',
  'guide-2019',
  'redesign-2017',
  'legacy',
  'seller-side',
  'regional',
  'one-guide',
  'payment-provider',
  'other-marketplace',
  'buyer-guard',
];

describe('the rules catalog', () => {
  it('every rule has a unique id, a summary, a source and a known era', () => {
    const rules = Object.values(RULES);
    expect(rules.length).toBeGreaterThanOrEqual(38);
    expect(new Set(rules.map((rule) => rule.id)).size).toBe(rules.length);
    for (const rule of rules) {
      expect(rule.id).toMatch(/^[a-z0-9-]+$/);
      expect(rule.summary.length).toBeGreaterThan(20);
      expect(rule.source.length).toBeGreaterThan(5);
      expect(ERAS).toContain(rule.era);
      for (const alternative of rule.alternatives) {
        expect(ERAS).toContain(alternative.era);
        expect(alternative.source.length).toBeGreaterThan(5);
      }
      expect(Object.isFrozen(rule)).toBe(true);
    }
  });

  it('the values in force are the newest sources (table of the brief)', () => {
    const values = Object.fromEntries(Object.values(RULES).map((rule) => [rule.id, rule.value]));
    expect(values).toMatchObject({
      'buyer-protection-max-days': 90,
      'dispute-window-days': 15,
      'dispute-opens-after-shipping-days': 11,
      'dispute-opens-immediately-below-delivery-days': 5,
      'seller-dispute-response-days': 5,
      'escalation-auto-after-days': 7,
      'escalation-possible-after-days': 5,
      'platform-decision-days': 7,
      'return-ship-within-days': 10,
      'refund-arrival-working-days': { min: 1, max: 10 },
      'paypal-dispute-window-days': 180,
      'paypal-escalate-to-claim-days': 20,
      'card-chargeback-window-days': 180,
      'extend-protection-ask-days-before': { earliest: 7, latest: 5 },
      'seller-extension-answer-hours': 48,
      'seller-chat-reply-business-days': 2,
      'platform-reminder-days-before': [5, 2],
      'return-postage-up-to-usd': 50,
      'feedback-abuse-report-days': 30,
      'ipr-review-working-days': { documents: 3, complaint: 7 },
      'consumer-claim-answer-days': 30,
      'protection-after-delivery-days': 5,
      'decision-appealable': true,
    });
  });

  it('older and disagreeing values are kept as alternatives', () => {
    const alternatives = (rule: { alternatives: readonly { value: unknown }[] }) =>
      rule.alternatives.map((a) => a.value);
    expect(alternatives(catalog.BUYER_PROTECTION_MAX_DAYS)).toEqual([60, 90, 120]);
    expect(alternatives(catalog.DISPUTE_OPENS_AFTER_SHIPPING_DAYS)).toEqual([10, 5]);
    expect(alternatives(catalog.SELLER_DISPUTE_RESPONSE_DAYS)).toEqual([15, 7]);
    expect(alternatives(catalog.ESCALATION_AUTO_AFTER_DAYS)).toEqual([16]);
    expect(alternatives(catalog.ESCALATION_POSSIBLE_AFTER_DAYS)).toEqual([3, 4]);
    expect(alternatives(catalog.PLATFORM_DECISION_DAYS)).toEqual([2]);
    expect(alternatives(catalog.PROTECTION_AFTER_DELIVERY_DAYS)).toEqual([7]);
    expect(alternatives(catalog.DECISION_APPEALABLE)).toEqual([false]);
    expect(alternatives(catalog.REFUND_ARRIVAL_WORKING_DAYS)).toEqual([
      { min: 3, max: 20 },
      { min: 7, max: 15 },
    ]);
  });

  it('looks rules up by id (Deadline.ruleId)', () => {
    expect(ruleById('dispute-window-days')).toBe(catalog.DISPUTE_WINDOW_DAYS);
    expect(ruleById('nope')).toBeUndefined();
    expect(RULES_BY_ID.size).toBe(Object.keys(RULES).length);
  });
});

describe('dayRuleValue: settings choose between documented sources', () => {
  it.each([
    [catalog.BUYER_PROTECTION_MAX_DAYS, undefined, 90],
    [catalog.BUYER_PROTECTION_MAX_DAYS, { 'buyer-protection-max-days': 120 }, 120],
    [catalog.BUYER_PROTECTION_MAX_DAYS, { 'buyer-protection-max-days': 100 }, 90],
    [catalog.SELLER_DISPUTE_RESPONSE_DAYS, { 'buyer-protection-max-days': 120 }, 5],
    [catalog.DISPUTE_WINDOW_DAYS, { 'buyer-protection-max-days': 15 }, 15],
  ] as const)('%o with %o → %i', (rule, overrides, expected) => {
    expect(dayRuleValue(rule, overrides ? { overrides } : undefined)).toBe(expected);
  });
});

describe('docs/RULES.md documents every rule', () => {
  const doc = readFileSync(resolve(process.cwd(), 'docs/RULES.md'), 'utf8');
  it.each(Object.entries(RULES))('%s', (name, rule) => {
    expect(doc).toContain(`\`${name}\``);
    expect(doc).toContain(`\`${rule.id}\``);
  });

  it.each([
    'DISPUTE_FORM_REASONS',
    'EVIDENCE_REQUIREMENTS',
    'EVIDENCE_QUALITY_TIPS',
    'COMPLAINT_EVIDENCE_LIMITS',
    'DISPUTE_EVIDENCE_LIMITS',
    'PAYPAL_EVIDENCE_LIMITS',
    'CARD_CHARGEBACK_EVIDENCE_LIMITS',
    'COMPLAINT_CATEGORIES_CURRENT',
    'COMPLAINT_CATEGORIES_LEGACY',
    'COMPLAINT_CHANNELS',
    'IRREVERSIBLE_STEPS',
    'URGENCY_THRESHOLDS',
    'MINOR_DEFECT_PARTIAL_SHARE',
    'ADVICE_BRANCHES',
  ])('data table %s', (name) => {
    expect(doc).toContain(`\`${name}\``);
  });
});
