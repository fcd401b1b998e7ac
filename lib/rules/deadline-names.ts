import { deadlineWords } from '../format/deadline-words';
import { lazy } from '../lazy';
import type { DeadlineKind } from '../model/deadline';
import type { PaymentProvider } from '../model/dispute';

/**
 * Each deadline's one name, the same in every view (badge, list, guide, notification, CSV, evidence
 * summary) whether it is ahead or passed: the formatter says "ended 2 days ago", the name does not
 * change. The words are the catalogs' (lib/i18n/messages/<locale>/deadline.ts); the engine stores the
 * English name (`Deadline.label`) and every view shows it in the buyer's language
 * (lib/format/deadline-format.ts `deadlineName`).
 */
export function deadlineName(kind: DeadlineKind, provider?: PaymentProvider, locale?: string): string {
  return deadlineWords(locale).name(kind, provider);
}

/**
 * What a deadline's moment means, for how it is worded and how its day is counted:
 * - `opens`: something becomes possible then (a whole day counts from its start: "from Mar 12");
 * - `expected`: something should happen then, nothing is lost when it passes;
 * - `closes`: after it the buyer's options are worse (a whole day is open until its end).
 */
export type DeadlineRole = 'opens' | 'expected' | 'closes';

export const DEADLINE_ROLES: Readonly<Record<DeadlineKind, DeadlineRole>> = {
  'dispute-opens': 'opens',
  'escalation-possible': 'opens',
  'escalation-due': 'expected',
  'seller-response-due': 'expected',
  'buyer-protection-ends': 'closes',
  'auto-confirm': 'closes',
  'dispute-window-closes': 'closes',
  'buyer-response-due': 'closes',
  'return-ship-by': 'closes',
  'chargeback-window-closes': 'closes',
  'chargeback-escalation-due': 'closes',
};

/**
 * The English names, as stored (every kind is a key of DEADLINE_ROLES). Worded on first use: wording formats
 * ICU messages, which the worker's start (it imports the database's upgrades) does not need.
 */
export const deadlineNames = lazy(
  () =>
    Object.fromEntries(
      (Object.keys(DEADLINE_ROLES) as DeadlineKind[]).map((kind) => [kind, deadlineName(kind)]),
    ) as Readonly<Record<DeadlineKind, string>>,
);

export function deadlineRole(kind: DeadlineKind): DeadlineRole {
  return DEADLINE_ROLES[kind];
}
