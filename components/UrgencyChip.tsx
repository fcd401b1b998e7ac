import type { Deadline, Urgency } from '../lib/model/deadline';
import { deadlineView, URGENCY_LABELS } from './format';

interface Props {
  urgency: Urgency;
  deadline: Pick<Deadline, 'kind' | 'label' | 'dueAt' | 'dueOn' | 'source'>;
  now: number;
}

/**
 * A deadline in a few words — its name, its date (the one formatter's) and the time left — coloured by
 * urgency; the colour is never the only signal (the text says it).
 */
export function UrgencyChip({ urgency, deadline, now }: Props) {
  const view = deadlineView(deadline, now);
  return (
    <span className={`chip chip-${urgency}`} title={`${URGENCY_LABELS[urgency]} · ${view.source}`}>
      {view.text} · {view.left}
    </span>
  );
}
