/**
 * Deadlines, the same words in every view (badge, panel, list, guide, notification, workspace): each
 * deadline's one name, the formatter's words around a date, who stated it, the urgency words. A small
 * area of its own, so the content script's badges bundle these and not the whole catalog.
 */
export const deadline = {
  'deadline.name.dispute-opens': 'Dispute can be opened',
  'deadline.name.buyer-protection-ends': 'Buyer protection ends',
  'deadline.name.dispute-window-closes': 'Last day to open a dispute',
  'deadline.name.auto-confirm': 'Buyer protection ends',
  'deadline.name.seller-response-due': 'Seller must respond to the dispute',
  'deadline.name.buyer-response-due': 'Answer the seller’s proposal',
  'deadline.name.escalation-possible': 'You can escalate the dispute',
  'deadline.name.escalation-due': 'Platform steps in if no agreement',
  'deadline.name.return-ship-by': 'Ship the return',
  'deadline.name.chargeback-window-closes': 'Last day for a chargeback',
  'deadline.name.chargeback-window-closes.paypal': 'Last day for a PayPal dispute',
  'deadline.name.chargeback-window-closes.card': 'Last day for a card chargeback',
  'deadline.name.chargeback-escalation-due': 'Escalate the PayPal dispute to a claim',
  'deadline.byTheEndOf': 'by the end of {day}',
  'deadline.from': 'from {day}',
  'deadline.days': '{count, plural, one {# day} other {# days}}',
  'deadline.hours': '{count, plural, one {# hour} other {# hours}}',
  'deadline.minutes': '{count, plural, one {# minute} other {# minutes}}',
  'deadline.daysAndHours': '{days} {hours}',
  // The same counts after "in", "ago" and "ended … ago" (German and the Slavic languages decline them there).
  'deadline.daysAfter': '{count, plural, one {# day} other {# days}}',
  'deadline.hoursAfter': '{count, plural, one {# hour} other {# hours}}',
  'deadline.minutesAfter': '{count, plural, one {# minute} other {# minutes}}',
  // {count} is the duration's first number, for languages whose verb agrees with it ("queda 1 día").
  'deadline.left': '{count, plural, one {{duration} left} other {{duration} left}}',
  'deadline.lastDayToday': 'last day today',
  'deadline.lastDayTomorrow': 'last day tomorrow',
  'deadline.endedYesterday': 'ended yesterday',
  'deadline.ended': 'ended {duration} ago',
  'deadline.in': 'in {duration}',
  'deadline.today': 'today',
  'deadline.tomorrow': 'tomorrow',
  'deadline.yesterday': 'yesterday',
  'deadline.possibleNow': 'possible now',
  'deadline.ago': '{duration} ago',
  'deadline.source.page': 'stated by the page',
  'deadline.source.page-rule': 'page-stated rule',
  'deadline.source.estimate': 'estimated',
  'deadline.text': '{name}: {when}',
  'deadline.line': '{text} — {left} ({source})',
  'deadline.actBefore': 'Act before {when}',
  'deadline.actByEndOf': 'Act by the end of {day}',
  'deadline.safetyNet': 'Safety net',
  'deadline.overdue': 'Overdue',
  'urgency.overdue': 'Overdue',
  'urgency.urgent': 'Urgent',
  'urgency.soon': 'Soon',
  'urgency.upcoming': 'Upcoming',
  'urgency.none': 'No rush',
} as const;

export type DeadlineMessages = Readonly<Record<keyof typeof deadline, string>>;
