import type { Deadline } from '../model/deadline';
import type { JournalEntry } from '../model/journal';
import type { Order } from '../model/order';
import { isOrderProblem, type Problem } from '../model/problem';
import type { Settings } from '../model/settings';
import type { Advice } from './advice';
import { nextStep } from './advisor';
import { computeDeadlines } from './deadlines';
import { disputeFromJournal } from './dispute-from-journal';
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

/** The dispute the journal tells of, its reason falling back to the buyer's stated problem. */
export function disputeOf({ journal, problem }: Pick<OrderFacts, 'journal' | 'problem'>) {
  const reason = problem && isOrderProblem(problem.reason) ? problem.reason : undefined;
  return disputeFromJournal(journal, reason ? { reason } : {});
}

/** The rules engine's deadlines for an order as stored. */
export function deriveDeadlines(facts: OrderFacts & { now: number; timeZone: string; settings: Settings }): Deadline[] {
  const dispute = disputeOf(facts);
  return computeDeadlines({
    order: facts.order,
    ...(dispute && { dispute }),
    ...(facts.problem && { problem: facts.problem }),
    now: facts.now,
    timeZone: facts.timeZone,
    settings: ruleSettingsOf(facts.settings),
  });
}

/** The advisor's next step for an order as stored. */
export function adviseOrder(
  facts: OrderFacts & { now: number; timeZone: string; settings: Settings; evidenceItemIds?: readonly string[] },
): Advice {
  const dispute = disputeOf(facts);
  return nextStep({
    order: facts.order,
    ...(dispute && { dispute }),
    ...(facts.problem && { problem: facts.problem }),
    journal: facts.journal,
    ...(facts.evidenceItemIds && { evidenceItemIds: facts.evidenceItemIds }),
    now: facts.now,
    timeZone: facts.timeZone,
    settings: ruleSettingsOf(facts.settings),
  });
}
