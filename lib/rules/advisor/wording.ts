import { dayOfInstant, deadlineDate } from '../../format/deadline-format';
import type { Instant } from '../../model/time';
import type { Advice } from '../advice';
import { lowerFirst } from '../buyer-words';
import type { RefundSuggestion } from '../refund';
import type { Dated } from '../timeline';
import type { Situation } from './situation';

/**
 * How the advice words dates, amounts and lists, in the buyer's language (the catalogs' `advice` area).
 * Dates go through the one deadline formatter, in the buyer's locale and zone, so a date in a sentence
 * is the very date the deadline list shows.
 */

/**
 * A deadline's date with where it comes from ("Dec 3, 3:29 PM (as the order page states)"); a whole day
 * is the day alone. An instant that is no deadline (a decision, an expected refund) reads as its day.
 */
export function day(s: Situation, dated: Dated | Instant): string {
  const options = { timeZone: s.timeZone, ...(s.locale !== undefined && { locale: s.locale }) };
  if (typeof dated === 'number') return dayOfInstant(dated, s.now, options);
  const date = deadlineDate({ dueAt: dated.at, ...(dated.on !== undefined && { dueOn: dated.on }) }, s.now, options);
  return s.words.t('advice.dated', { date, note: s.words.t(`advice.source.${dated.source}`) });
}

export function until(dated: Dated | undefined): Pick<Advice, 'until' | 'untilSource'> {
  return dated === undefined ? {} : { until: dated.at, untilSource: dated.source };
}

/** "a full refund of $40.00", "a partial refund", "a refund". */
export function refundText(s: Situation, refund: RefundSuggestion | undefined): string {
  if (refund === undefined) return s.words.t('advice.refund.any');
  const full = refund.resolution === 'full-refund';
  if (refund.amount === undefined) return s.words.t(full ? 'advice.refund.full' : 'advice.refund.partial');
  return s.words.t(full ? 'advice.refund.fullOf' : 'advice.refund.partialOf', {
    amount: s.words.money(refund.amount),
  });
}

/** The checklist items still missing, as a list inside a sentence. */
export function evidenceList(s: Situation): string {
  return (s.missing ?? [])
    .map((item) => lowerFirst(item.what, s.words.language))
    .join(s.words.t('advice.listSeparator'));
}
