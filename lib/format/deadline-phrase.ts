import type { Deadline } from '../model/deadline';
import { relativeTime } from './relative-time';

/**
 * A deadline in a few words, as every chip and badge shows it: "Buyer protection ends in 4 days",
 * with "(est.)" when a rule estimated the date rather than the page stating it.
 */
export function deadlinePhrase(deadline: Pick<Deadline, 'label' | 'dueAt' | 'source'>, now: number): string {
  const estimated = deadline.source === 'estimate' ? ' (est.)' : '';
  return `${deadline.label} ${relativeTime(deadline.dueAt, now)}${estimated}`;
}
