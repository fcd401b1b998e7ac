import type { DisputeCase } from '../model/dispute';
import type { JournalEntry } from '../model/journal';
import type { Problem } from '../model/problem';

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
const ENDED = new Set<DisputeCase['status']>(['decided', 'closed', 'cancelled']);

/**
 * Where the case stands, for the guide's stepper: each step done, the current one (the first not done),
 * or still to come. A later step reached marks the earlier ones done (a dispute opened without a chat,
 * a seller who never answered before escalation): the stepper shows progress, not a checklist. Shown only
 * once there is a case — a problem reported or a dispute known; undefined otherwise.
 */
export function caseProgress(input: {
  problem?: Problem;
  dispute?: DisputeCase;
  journal: readonly Pick<JournalEntry, 'kind'>[];
}): CaseProgress | undefined {
  const { problem, dispute, journal } = input;
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
  const current = lastReached + 1;
  return {
    steps: CASE_STEPS.map((step, index) => ({
      step,
      state: index <= lastReached ? 'done' : index === current ? 'current' : 'todo',
    })),
  };
}
