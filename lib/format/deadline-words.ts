/**
 * Every word the deadline formatter writes, in one place for the i18n layer to take over. English for
 * now; dates and times themselves are Intl's, in the buyer's locale.
 */
const plural = (count: number, one: string, many: string) => `${count} ${count === 1 ? one : many}`;

export const DEADLINE_WORDS = {
  byTheEndOf: (day: string) => `by the end of ${day}`,
  from: (day: string) => `from ${day}`,
  days: (count: number) => plural(count, 'day', 'days'),
  hours: (count: number) => plural(count, 'hour', 'hours'),
  minutes: (count: number) => plural(count, 'minute', 'minutes'),
  left: (duration: string) => `${duration} left`,
  lastDayToday: 'last day today',
  lastDayTomorrow: 'last day tomorrow',
  endedYesterday: 'ended yesterday',
  ended: (ago: string) => `ended ${ago} ago`,
  in: (duration: string) => `in ${duration}`,
  today: 'today',
  tomorrow: 'tomorrow',
  possibleNow: 'possible now',
  ago: (duration: string) => `${duration} ago`,
  yesterday: 'yesterday',
  source: {
    page: 'stated by the page',
    'page-rule': 'page-stated rule',
    estimate: 'estimated',
  },
  actBefore: (when: string) => `Act before ${when}`,
  actBy: (when: string) => `Act ${when}`,
  safetyNet: 'Safety net',
  overdue: 'Overdue',
} as const;
