import type { Urgency } from '../lib/model/deadline';
import { deadlinePhrase, URGENCY_LABELS } from './format';

interface Props {
  urgency: Urgency;
  label: string;
  dueAt: number;
  now: number;
  estimated?: boolean;
}

/** A deadline in a few words, coloured by urgency; the colour is never the only signal (the text says it). */
export function UrgencyChip({ urgency, label, dueAt, now, estimated }: Props) {
  return (
    <span className={`chip chip-${urgency}`} title={`${URGENCY_LABELS[urgency]}${estimated ? ' · estimated' : ''}`}>
      {deadlinePhrase({ label, dueAt, source: estimated ? 'estimate' : 'page' }, now)}
    </span>
  );
}
