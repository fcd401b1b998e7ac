import type { Urgency } from '../model/deadline';
import { DEADLINE_WORDS, deadlineWords } from './deadline-words';

/** The word for each urgency, wherever its colour is shown: the colour is never the only signal. */
export function urgencyLabels(locale?: string): Readonly<Record<Urgency, string>> {
  return deadlineWords(locale).urgency;
}

/** English, for callers that do not pass the buyer's language yet. */
export const URGENCY_LABELS: Readonly<Record<Urgency, string>> = DEADLINE_WORDS.urgency;
