import type { DisputeCase } from '../model/dispute';
import type { JournalEntry } from '../model/journal';
import type { Problem } from '../model/problem';
import type { AdviceAction } from '../rules/advice';

/** The steps of a case, in order: seller contacted → dispute opened → seller answered → escalated → decision. */
export const CASE_STEPS = ['contacted', 'opened', 'answered', 'escalated', 'decided'] as const;
export type CaseStep = (typeof CASE_STEPS)[number];

export type CaseStepState = 'done' | 'current' | 'todo';

export interface CaseProgress {
  steps: { step: CaseStep; state: CaseStepState }[];
}

const ANSWERED = new Set<DisputeCase['status']>([
  'seller-responded',
  'seller-accepted',
  'seller-rejected',
  'counter-offer',
]);
/** The step an advised action takes the case to; actions that move no step are not listed. */
const STEP_OF_ACTION: Partial<Record<AdviceAction, CaseStep>> = {
  'contact-seller': 'contacted',
  'ask-extend-protection': 'contacted',
  'open-dispute': 'opened',
  // "Collect the evidence, then open the dispute": the dispute is the step it leads to.
  'add-evidence': 'opened',
  escalate: 'escalated',
};
const ENDED = new Set<DisputeCase['status']>(['decided', 'closed', 'cancelled']);

/**
 * Where the case stands, for the guide's stepper: each step done, the current one (the first not done),
 * or still to come. A later step reached marks the earlier ones done (a dispute opened without a chat,
 * a seller who never answered before escalation): the stepper shows progress, not a checklist. Shown only
 * once there is a case — a problem reported or a dispute known; undefined otherwise.
 *
 * `nextAction`: the advice's next step. The current step is the one that step takes, so the stepper never
 * says "contact the seller" while the advice says "open a dispute" (the steps it skips stay to come, not done).
 */
export function caseProgress(input: {
  problem?: Problem;
  dispute?: DisputeCase;
  journal: readonly Pick<JournalEntry, 'kind'>[];
  nextAction?: AdviceAction;
}): CaseProgress | undefined {
  const { problem, dispute, journal, nextAction } = input;
  const opened = dispute !== undefined && dispute.status !== 'none';
  if (problem === undefined && !opened) return undefined;
  const has = (kind: JournalEntry['kind']) => journal.some((entry) => entry.kind === kind);
  const reached: Record<CaseStep, boolean> = {
    contacted: has('contacted-seller'),
    opened,
    answered:
      opened &&
      (ANSWERED.has(dispute.status) ||
        (dispute.statusHistory ?? []).some((change) => ANSWERED.has(change.status)) ||
        (dispute.offers ?? []).some((offer) => offer.from === 'seller')),
    escalated: opened && (dispute.status === 'escalated' || dispute.escalatedAt !== undefined),
    decided: opened && (ENDED.has(dispute.status) || dispute.refundReceivedAt !== undefined),
  };
  const lastReached = CASE_STEPS.reduce((last, step, index) => (reached[step] ? index : last), -1);
  const advisedStep = nextAction && STEP_OF_ACTION[nextAction];
  const current = Math.max(lastReached + 1, advisedStep ? CASE_STEPS.indexOf(advisedStep) : -1);
  return {
    steps: CASE_STEPS.map((step, index) => ({
      step,
      state: index <= lastReached ? 'done' : index === current ? 'current' : 'todo',
    })),
  };
}
