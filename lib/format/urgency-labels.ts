import type { Urgency } from '../model/deadline';
import { deadlineWords } from './deadline-words';

/** The word for each urgency, wherever its colour is shown: the colour is never the only signal. */
export function urgencyLabels(locale?: string): Readonly<Record<Urgency, string>> {
  return deadlineWords(locale).urgency;
}
