/**
 * A rule of the marketplace as Buyer Guard encodes it: the value in force (the newest source),
 * where it comes from, and the older or disagreeing values kept as documented alternatives.
 * Every rule lives once in lib/rules/catalog.ts (or beside the data it governs) and once in docs/RULES.md.
 */

/** Public sources come from several eras; the newest wins (shared/rules/aliexpress.md). */
export type SourceEra =
  | 'current' // current Buyer Protection page and current help centre / dispute UI
  | 'help-centre-2020' // help-centre text c. 2020–22
  | 'guide-2019' // buyer guides of 2019
  | 'redesign-2017' // the 2017 dispute redesign
  | 'legacy' // legacy help c. 2012–16
  | 'seller-side' // seller-side rules
  | 'regional' // a country's variant (RU, BR)
  | 'one-guide' // a single buyer guide, not confirmed elsewhere
  | 'payment-provider' // PayPal / card issuer rules
  | 'other-marketplace' // a rule observed on another marketplace (shared/rules/other-marketplaces.md)
  | 'buyer-guard'; // a choice of this product where no source gives a value

export interface RuleAlternative<V> {
  value: V;
  era: SourceEra;
  source: string;
}

export interface Rule<V = unknown> {
  id: string;
  /** What the rule says, one sentence, English. */
  summary: string;
  value: V;
  unit?: 'days' | 'working-days' | 'business-days' | 'hours' | 'usd';
  era: SourceEra;
  source: string;
  alternatives: readonly RuleAlternative<V>[];
  /** A disagreement left open, or how the engine reads an ambiguous wording. */
  note?: string;
}

/** Call sites are marked pure so bundlers drop rules a bundle does not use (the content script's badges). */
export function defineRule<V>(rule: Rule<V>): Rule<V> {
  return Object.freeze({ ...rule, alternatives: Object.freeze([...rule.alternatives]) });
}
