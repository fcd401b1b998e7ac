import type { Order, PageRule, PageRuleAnchor } from '../model/order';
import type { Problem } from '../model/problem';
import type { OrderProblemReason } from '../model/problem-reasons';
import type { Instant, LocalDate } from '../model/time';
import { PAGE_STATED_RULE_WINS } from './catalog';
import { addLocalDays, endOfLocalDay, localDateOfInstant } from './zoned-time';

/** A moment something happened: to the minute (`at`), or known only as a day (`on`, `at` its start). */
export interface Moment {
  at: Instant;
  on?: LocalDate;
}

export type RuleAnchors = Partial<Record<PageRuleAnchor, Moment>>;

/**
 * Problems the page's "if the item you received is defective or not as described, you can open a
 * dispute within 90 days …" covers: an item that arrived and is not what was ordered or does not work.
 */
const DEFECT_OR_NOT_AS_DESCRIBED: ReadonlySet<OrderProblemReason> = new Set<OrderProblemReason>([
  'damaged',
  'not-as-described',
  'quality-problem',
  'does-not-work',
  'wrong-item',
  'counterfeit',
  'size-colour-mismatch',
]);

function applies(rule: PageRule, problem: Problem | undefined): boolean {
  if (rule.kind === 'return-refund-window' || problem === undefined) return true;
  return DEFECT_OR_NOT_AS_DESCRIBED.has(problem.reason as OrderProblemReason);
}

/** The last day a page rule gives, as a whole day: the anchor's local day + N, open until its end. */
export interface PageRuleWindow {
  at: Instant;
  on: LocalDate;
  statedAs: string;
  ruleId: string;
}

/**
 * The last day to ask the platform (return/refund request or dispute: the same "Open dispute" route) by
 * the rules the page states for this order. Only rules whose event date is known count. With a reported
 * problem, the longest window the page grants for it; without one, the earliest (a reminder may be early).
 */
export function pageRuleWindow(
  order: Order,
  problem: Problem | undefined,
  anchors: RuleAnchors,
  timeZone: string,
): PageRuleWindow | undefined {
  const windows = (order.pageRules ?? [])
    .filter((rule) => applies(rule, problem))
    .flatMap((rule): PageRuleWindow[] => {
      const anchor = anchors[rule.anchor];
      if (anchor === undefined) return [];
      const on = addLocalDays(anchor.on ?? localDateOfInstant(anchor.at, timeZone), rule.days);
      return [
        { at: endOfLocalDay(on, timeZone), on, statedAs: rule.raw.slice(0, 500), ruleId: PAGE_STATED_RULE_WINS.id },
      ];
    })
    .sort((a, b) => a.at - b.at);
  return problem === undefined ? windows[0] : windows.at(-1);
}
