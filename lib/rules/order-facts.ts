import type { Deadline } from '../model/deadline';
import type { DisputeCase } from '../model/dispute';
import type { JournalEntry } from '../model/journal';
import type { Order } from '../model/order';
import type { Problem } from '../model/problem';
import type { Settings } from '../model/settings';
import type { Advice } from './advice';
import { nextStep } from './advisor';
import { computeDeadlines } from './deadlines';
import { disputeCaseOf } from './dispute-case';
import type { RuleSettings } from './settings';

/** Everything the rules engine looks at for one order, as storage holds it. */
export interface OrderFacts {
  order: Order;
  journal: readonly JournalEntry[];
  problem?: Problem;
}

export function ruleSettingsOf(settings: Settings): RuleSettings {
  return {
    overrides: settings.ruleOverrides as RuleSettings['overrides'],
    paymentMethod: settings.paymentMethod,
    complaintList: settings.complaintList,
  };
}

/**
 * The dispute case of a stored order: the journal (any order, page entries included) and the dispute
 * facts its pages showed, its reason falling back to the buyer's stated problem.
 */
export function disputeOf(facts: OrderFacts & { timeZone: string; settings?: Settings }): DisputeCase | undefined {
  return disputeCaseOf({
    order: facts.order,
    journal: facts.journal,
    ...(facts.problem && { problem: facts.problem }),
    timeZone: facts.timeZone,
    ...(facts.settings && { settings: ruleSettingsOf(facts.settings) }),
  });
}

/** The rules engine's deadlines for an order as stored. */
export function deriveDeadlines(facts: OrderFacts & { now: number; timeZone: string; settings: Settings }): Deadline[] {
  return computeDeadlines({
    order: facts.order,
    journal: facts.journal,
    ...(facts.problem && { problem: facts.problem }),
    now: facts.now,
    timeZone: facts.timeZone,
    settings: ruleSettingsOf(facts.settings),
  });
}

/** The advisor's next step for an order as stored. */
export function adviseOrder(
  facts: OrderFacts & {
    now: number;
    timeZone: string;
    settings: Settings;
    evidenceItemIds?: readonly string[];
    locale?: string;
  },
): Advice {
  return nextStep({
    order: facts.order,
    ...(facts.problem && { problem: facts.problem }),
    journal: facts.journal,
    ...(facts.evidenceItemIds && { evidenceItemIds: facts.evidenceItemIds }),
    now: facts.now,
    timeZone: facts.timeZone,
    settings: ruleSettingsOf(facts.settings),
    ...(facts.locale !== undefined && { locale: facts.locale }),
  });
}
