import type { Urgency } from '../model/deadline';

/** The word for each urgency, wherever its colour is shown: the colour is never the only signal. */
export const URGENCY_LABELS: Readonly<Record<Urgency, string>> = {
  overdue: 'Overdue',
  urgent: 'Urgent',
  soon: 'Soon',
  upcoming: 'Upcoming',
  none: 'No rush',
};
