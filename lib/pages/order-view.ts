import type { OrderDetail } from '../db/queries';
import type { DeadlineRow, EvidenceRow } from '../db/records';
import type { DisputeCase } from '../model/dispute';
import type { Settings } from '../model/settings';
import type { Advice } from '../rules/advice';
import { type Draft, draftsFor } from '../rules/compose/drafts';
import { type ChecklistItem, evidenceRequirements } from '../rules/evidence-requirements';
import { adviseOrder, disputeOf, ruleSettingsOf } from '../rules/order-facts';
import type { RuleSettings } from '../rules/settings';
import { type CaseProgress, caseProgress } from './case-progress';

export type EvidenceMetaRow = Omit<EvidenceRow, 'blob'>;

export interface ChecklistEntry {
  item: ChecklistItem;
  /** Evidence files linked to this item. */
  files: EvidenceMetaRow[];
}

/** Everything a page shows about one order, derived from what storage holds. */
export interface OrderView {
  detail: OrderDetail;
  /** By due date, the timeline's order. */
  deadlines: DeadlineRow[];
  dispute?: DisputeCase;
  advice: Advice;
  checklist: ChecklistEntry[];
  /** Required items covered / required items. */
  checklistProgress: { covered: number; required: number };
  drafts: Draft[];
  /** The rule choices in force (for warnings computed on demand). */
  ruleSettings: RuleSettings;
  /** Where the case stands (the guide's stepper); absent while there is no case. */
  progress?: CaseProgress;
}

/**
 * Derives the view of one order: the advisor's step, the evidence checklist with its files, the drafts,
 * where the case stands. `locale` (BCP 47) is the buyer's language for every text (English by default).
 */
export function buildOrderView(
  detail: OrderDetail,
  settings: Settings,
  now: number,
  timeZone: string,
  locale?: string,
): OrderView {
  const { row, journal, problem, evidence } = detail;
  const covered = evidence.flatMap((file) => file.checklistItemIds);
  const facts = { order: row.order, journal, ...(problem && { problem }) };
  const advice = adviseOrder({
    ...facts,
    ...(problem && { evidenceItemIds: covered }),
    now,
    timeZone,
    settings,
    ...(locale !== undefined && { locale }),
  });
  const dispute = disputeOf({ ...facts, timeZone, settings });
  const checklist = (problem ? evidenceRequirements(problem.reason, locale) : []).map((item) => ({
    item,
    files: evidence.filter((file) => file.checklistItemIds.includes(item.id)),
  }));
  const required = checklist.filter((entry) => entry.item.required);
  const progress = caseProgress({
    ...(problem && { problem }),
    ...(dispute && { dispute }),
    journal,
    nextAction: advice.action,
  });
  return {
    ...(progress && { progress }),
    detail,
    // By date; at the same moment the page's own statement before an estimate.
    deadlines: [...detail.deadlines].sort(
      (a, b) => a.dueAt - b.dueAt || (a.source === b.source ? 0 : a.source === 'page' ? -1 : 1),
    ),
    ...(dispute && { dispute }),
    advice,
    checklist,
    checklistProgress: {
      covered: required.filter((entry) => entry.files.length > 0).length,
      required: required.length,
    },
    ruleSettings: ruleSettingsOf(settings),
    drafts: draftsFor({
      order: row.order,
      ...(problem && { problem }),
      ...(dispute && { dispute }),
      advice,
      timeZone,
      settings: ruleSettingsOf(settings),
      evidence: evidence.map((file) => file.caption || file.name),
      ...(locale !== undefined && { locale }),
    }),
  };
}
